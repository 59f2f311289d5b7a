import { css } from 'lit';
import { buttonLook } from './shared.styles.js';

/** What the checklist and the review share around their actions: the buttons, an empty message area, the copy-by-hand fallback. */
export const actionsStyles = css`
  button {
    ${buttonLook}
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
