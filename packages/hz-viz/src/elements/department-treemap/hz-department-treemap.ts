import { defineElement } from '../../internal/define.js';
import { HzDepartmentTreemapElement } from './hz-department-treemap.element.js';

defineElement('hz-department-treemap', HzDepartmentTreemapElement);

declare global {
  interface HTMLElementTagNameMap {
    'hz-department-treemap': HzDepartmentTreemapElement;
  }
}

export { HzDepartmentTreemapElement };
