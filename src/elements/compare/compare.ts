import { define } from '../shared/define.js';
import { LadderCompareElement } from './compare.element.js';

export { LadderCompareElement };

define('ladder-compare', LadderCompareElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-compare': LadderCompareElement;
  }
}
