import { defineElement } from '../../internal/define.js';
import { HzMetricCardElement } from './hz-metric-card.element.js';

defineElement('hz-metric-card', HzMetricCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-metric-card': HzMetricCardElement;
  }
}

export { HzMetricCardElement };
