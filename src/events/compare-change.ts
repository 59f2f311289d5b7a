import type { CompareMode } from '../model/compare-view.js';

export type { CompareMode };

/**
 * Fired by <ladder-compare> when the reader adds or removes a level or switches the mode — never
 * when `levels` or `mode` are set from code, nor when the page URL restores them (`sync-url`).
 */
export class LadderCompareChangeEvent extends Event {
  static readonly eventName = 'ladder-compare-change' as const;

  constructor(
    /** The levels now compared, in ladder order. */
    readonly levels: string[],
    /** The mode now shown. */
    readonly mode: CompareMode,
  ) {
    super(LadderCompareChangeEvent.eventName, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ladder-compare-change': LadderCompareChangeEvent;
  }
}
