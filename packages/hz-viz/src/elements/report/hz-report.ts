import { attachContextRoot } from '../../internal/context-root.js';
import { defineElement } from '../../internal/define.js';
import { HzReportElement } from './hz-report.element.js';

// Elements defined before their <hz-report> (separate entry points, late scripts) still find it.
attachContextRoot();

defineElement('hz-report', HzReportElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-report': HzReportElement;
  }
}

export { HzReportElement };
