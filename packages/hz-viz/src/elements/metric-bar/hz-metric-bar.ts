import { defineElement } from '../../internal/define.js';
import { HzMetricBarElement } from './hz-metric-bar.element.js';

defineElement('hz-metric-bar', HzMetricBarElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-metric-bar': HzMetricBarElement;
  }
}

export { HzMetricBarElement };
