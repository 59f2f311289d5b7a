import type { ReviewAssessment } from '../model/review.js';

/**
 * Fired by <ladder-checklist> when the user, about to import a ratings file, picks "Open side by side
 * instead". Cancelable: a page that shows reviews its own way (a dialog, a side panel) calls
 * `preventDefault()` and sets `assessments` on its own <ladder-review>; otherwise the checklist shows
 * a <ladder-review> of the two in place of its import question. Nothing is imported either way.
 */
export class LadderReviewRequestEvent extends Event {
  static readonly eventName = 'ladder-review-request' as const;

  constructor(
    /** What to show side by side: the checklist's own ratings first, then the file's (labelled with its name). */
    readonly assessments: readonly ReviewAssessment[],
    /** The level the checklist shows (a <ladder-review>'s `level`). */
    readonly level: string,
  ) {
    super(LadderReviewRequestEvent.eventName, { bubbles: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ladder-review-request': LadderReviewRequestEvent;
  }
}
