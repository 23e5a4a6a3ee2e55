import { defineElement } from '../../internal/define.js';
import { HzMetricGridElement } from './hz-metric-grid.element.js';

defineElement('hz-metric-grid', HzMetricGridElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-metric-grid': HzMetricGridElement;
  }
}

export { HzMetricGridElement };
