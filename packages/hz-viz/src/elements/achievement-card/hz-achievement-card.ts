import '../rank-badge/hz-rank-badge.js';
import { defineElement } from '../../internal/define.js';
import { HzAchievementCardElement } from './hz-achievement-card.element.js';

defineElement('hz-achievement-card', HzAchievementCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-achievement-card': HzAchievementCardElement;
  }
}

export { HzAchievementCardElement };
