import { HzElement } from './hz-element.js';
import type { Resolved } from './hz-element.js';
import type { ReportState } from './report-context.js';
import type { ReportIndex } from './report-index.js';
import { lookUp, reportOf } from './report-link.js';

/**
 * The elements that read the surrounding report whenever they are inside one (<hz-department-treemap>,
 * <hz-bar-list>, <hz-achievement-card>, <hz-rank-badge>): HzElement, following the nearest
 * `<hz-report>` from the moment they connect, with the report code imported statically, so inside a
 * ready report they draw in their first update. Figure elements read a report only for an id and
 * load the same code then (figure-report.ts).
 */
export abstract class HzReportReader<View> extends HzElement<View> {
  /** The state of the report this element is inside, if any (its consumer updates the element on every change). */
  protected get reportState(): ReportState | undefined {
    return reportOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    reportOf(this);
  }

  /** Looks an id up in the surrounding report (report-link.ts `lookUp`): pending while it loads, a problem when there is none. */
  protected fromReport<T>(attribute: string, id: string, pick: (index: ReportIndex) => T | undefined, what: string): Resolved<T> {
    return lookUp(this, { attribute, id, what, pick }, this.locale);
  }
}
