import { define } from '../shared/define.js';
import { LadderChecklistElement } from './checklist.element.js';
// A dependency: "Open side by side instead" (before an import) shows a <ladder-review>.
import '../review/review.js';

export { LadderChecklistElement };

define('ladder-checklist', LadderChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-checklist': LadderChecklistElement;
  }
}
