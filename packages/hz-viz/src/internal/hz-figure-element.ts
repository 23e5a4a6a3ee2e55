import type { Figure, FigureFields } from '@hz-viz/schema';
import { figureFromAttributes, needsNumerals, numeralReader } from './figure-input.js';
import type { Resolved } from './hz-element.js';
import { HzElement } from './hz-element.js';
import { LazyPart } from './lazy-part.js';
import type { MetricFromReport } from './figure-report.js';

/** The validator for a figure given as an object (zod): loaded the first time an element is given one. */
const figureValidator = new LazyPart(() => import('./figure-property.js'));

/**
 * The report code of figure elements (figure-report.ts: following the nearest report, looking ids up
 * in it): loaded the first time one is given an id, which waits for its report anyway. Exported for tests.
 * @internal
 */
export const reportLinkPart = new LazyPart(() => import('./figure-report.js'));

/**
 * The elements that draw one figure (<hz-metric-card>, <hz-metric-bar>, <hz-metric-grid>'s items):
 * HzElement, and the three ways a figure arrives. Its own class so the elements that draw trees,
 * lists and honors do not carry the figure-text reader. The report is read only for an id, with
 * code loaded then (`reportLinkPart`).
 */
export abstract class HzFigureElement<View> extends HzElement<View> {
  /**
   * The figure a `metric` input names, the three ways every figure element takes it: an object
   * (property), an id in the surrounding report (attribute), or else the `fields` attributes.
   * A `label` attribute renames a figure that came from an object or a report. Problems are
   * under `at`: the attribute (`metric`), or an item of a list (`metrics[3]`).
   */
  protected resolveMetric(metric: unknown, fields: FigureFields, at = 'metric'): Resolved<{ figure: Figure } & Partial<MetricFromReport>> {
    let resolved: Resolved<{ figure: Figure } & Partial<MetricFromReport>>;
    if (metric !== undefined && metric !== null && typeof metric === 'object') {
      const validator = this.need(figureValidator);
      if (!validator) return this.partMissing(figureValidator, at, 'the figure validator');
      const read = validator.figureFromProperty(at, metric);
      resolved = 'problems' in read ? read : { view: { figure: read.figure } };
    } else if (typeof metric === 'string' && metric !== '') {
      const link = this.need(reportLinkPart);
      resolved = link ? link.metricFromReport(this, at, metric, this.locale) : this.partMissing(reportLinkPart, at, 'the report link');
    } else {
      const read = this.figureFromAttributes(fields);
      return 'figure' in read ? { view: { figure: read.figure } } : read;
    }
    if ('view' in resolved && fields.label) resolved = { view: { ...resolved.view, figure: { ...resolved.view.figure, label: fields.label, labelEn: fields.label } } };
    return resolved;
  }

  /**
   * A figure from attribute strings. Text that may hold a Chinese numeral (三家) waits, as a quiet
   * placeholder, for the reader that knows them; `problemAt` names the attribute if it cannot load.
   */
  protected figureFromAttributes(fields: FigureFields, problemAt = 'value'): ReturnType<typeof figureFromAttributes> | { pending: true } {
    if (!needsNumerals(fields)) return figureFromAttributes(fields);
    const numerals = this.need(numeralReader);
    if (numerals) return figureFromAttributes(fields, numerals.readFigureText);
    return this.partMissing(numeralReader, problemAt, 'the Chinese numeral reader');
  }

}
