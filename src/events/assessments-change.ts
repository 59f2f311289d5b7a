import type { ReviewAssessment } from '../model/review.js';

/**
 * Fired by <ladder-review> when the user changes what it shows: opens files, renames an assessment
 * or removes one. Never fired when `assessments` is set from code.
 */
export class LadderAssessmentsChangeEvent extends Event {
  static readonly eventName = 'ladder-assessments-change' as const;

  constructor(
    /** The assessments now shown (the element's `assessments`); opened files carry their parsed JSON, or their text when it is not JSON. */
    readonly assessments: readonly ReviewAssessment[],
  ) {
    super(LadderAssessmentsChangeEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ladder-assessments-change': LadderAssessmentsChangeEvent;
  }
}
