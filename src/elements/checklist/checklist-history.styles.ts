import { css } from 'lit';

/** The save state, the guarded confirmation, the undo, and the history panel (changes since a snapshot, the trend chart). */
export const checklistHistoryStyles = css`
  .save-state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .save-state.warning {
    color: var(--_text);
  }
  .save-location {
    overflow-wrap: anywhere;
  }
  .save-words {
    color: var(--_text);
  }
  .feedback {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .confirm-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* A freshly placed confirming button (in a frame that cannot report its visibility): one of four places. */
  .confirm-buttons.slot-1 {
    padding-inline-start: 6em;
  }
  .confirm-buttons.slot-2 {
    padding-inline-start: 12em;
  }
  .confirm-buttons.slot-3 {
    flex-direction: row-reverse;
    justify-content: flex-end;
  }
  .confirm-hint {
    color: var(--_red-flag);
  }
  .history {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .history-title {
    font-weight: 700;
    font-size: 1.05em;
  }
  .since {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .since select {
    min-height: 2em;
    max-width: 100%;
  }
  .changes {
    display: grid;
    gap: 0.25em;
  }
  .change-kind,
  .trend-title {
    font-weight: 600;
  }
  .change-list {
    padding-inline-start: 1.25em;
  }
  .trend {
    display: grid;
    grid-template-columns: minmax(8em, auto) auto 1fr;
    align-items: center;
    gap: 0.35em 0.75em;
    list-style: none;
    padding: 0;
    font-size: 0.9em;
  }
  .trend li {
    display: contents;
  }
  .trend-chart {
    display: block;
    height: 2.5em;
    width: auto;
  }
  @media print {
    .save-state button,
    .feedback button,
    .since {
      display: none;
    }
  }
`;
