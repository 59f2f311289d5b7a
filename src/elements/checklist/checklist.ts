import { define } from '../shared/define.js';
import { LadderChecklistElement } from './checklist.element.js';

export { LadderChecklistElement };

define('ladder-checklist', LadderChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-checklist': LadderChecklistElement;
  }
}
