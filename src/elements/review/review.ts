import { define } from '../shared/define.js';
import { LadderReviewElement } from './review.element.js';

export { LadderReviewElement };

define('ladder-review', LadderReviewElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-review': LadderReviewElement;
  }
}
