import { defineElement } from '../../internal/define.js';
import { HzBarListElement } from './hz-bar-list.element.js';

defineElement('hz-bar-list', HzBarListElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-bar-list': HzBarListElement;
  }
}

export { HzBarListElement };
