import { define } from '../shared/define.js';
import { LadderLevelCardElement } from './level-card.element.js';

export { LadderLevelCardElement };

define('ladder-level-card', LadderLevelCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-level-card': LadderLevelCardElement;
  }
}
