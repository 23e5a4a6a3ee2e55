import { defineElement } from '../../internal/define.js';
import { HzRankBadgeElement } from './hz-rank-badge.element.js';

defineElement('hz-rank-badge', HzRankBadgeElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-rank-badge': HzRankBadgeElement;
  }
}

export { HzRankBadgeElement };
