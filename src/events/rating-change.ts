import type { RatingEntry } from '../model/ratings.js';
import type { RatingsSummary } from '../model/readiness.js';

/**
 * Fired by <ladder-checklist> when the user changes an item: a rating, a red flag's "applies to me",
 * an example's "done", or a note (once the note field loses focus). Never fired for changes made from
 * code, by another tab, or by an import.
 */
export class LadderRatingChangeEvent extends Event {
  static readonly eventName = 'ladder-rating-change' as const;

  constructor(
    /** The item that changed. */
    readonly itemId: string,
    /** Its rating: a scale value, `"na"` (not applicable) or undefined (red flags, examples, unrated). */
    readonly value: string | undefined,
    /** The item's whole entry after the change (value, applies, done, note, updatedAt). */
    readonly entry: RatingEntry,
    /** Counts and readiness for the items the checklist shows, after the change. */
    readonly summary: RatingsSummary,
  ) {
    super(LadderRatingChangeEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ladder-rating-change': LadderRatingChangeEvent;
  }
}
