import { ContextRoot } from '@lit/context';
import { defineElement } from '../../internal/define.js';
import { HzReportElement } from './hz-report.element.js';

// Elements defined before their <hz-report> (separate entry points, late scripts) still find it.
if (!(globalThis as { hzVizContextRoot?: boolean }).hzVizContextRoot) {
  (globalThis as { hzVizContextRoot?: boolean }).hzVizContextRoot = true;
  new ContextRoot().attach(document.documentElement);
}

defineElement('hz-report', HzReportElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-report': HzReportElement;
  }
}

export { HzReportElement };
