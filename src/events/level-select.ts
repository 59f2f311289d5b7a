/**
 * Fired by <ladder-level-card> when the reader picks another level from it (the level it builds
 * on, or the level an inherited group comes from). Cancelable: without `preventDefault()` the card
 * shows the picked level itself (or follows its `level-href` link).
 */
export class LadderLevelSelectEvent extends Event {
  static readonly eventName = 'ladder-level-select' as const;

  constructor(
    /** The level the reader picked. */
    readonly levelId: string,
    /** The level the card showed. */
    readonly fromLevelId: string,
  ) {
    super(LadderLevelSelectEvent.eventName, { bubbles: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ladder-level-select': LadderLevelSelectEvent;
  }
}
