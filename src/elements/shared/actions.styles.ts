import { css } from 'lit';

/** What the checklist and the review share around their actions: the buttons, an empty message area, the copy-by-hand fallback. */
export const actionsStyles = css`
  button {
    min-height: 2em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_accent);
    font-weight: 600;
  }
  button:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .messages:empty {
    display: none;
  }
  .fallback textarea {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
`;
