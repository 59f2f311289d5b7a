import { css } from 'lit';

export const checklistStyles = css`
  .header,
  .section,
  .group,
  .summary,
  .overall {
    display: grid;
    gap: 0.5em;
  }
  .intro,
  .section-description {
    color: var(--_muted);
  }
  .compare,
  .actions,
  .confirm,
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  button {
    min-height: 2em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
    color: var(--_accent);
    font-weight: 600;
  }
  .messages:empty {
    display: none;
  }
  .messages,
  .confirm,
  .fallback {
    display: grid;
    gap: 0.5em;
  }
  .warning,
  .orphans,
  .confirm {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_red-flag);
    border-radius: var(--_radius);
    background: var(--_red-flag-bg);
  }
  .orphans {
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .confirm {
    display: flex;
    border-inline-start-color: var(--_accent);
    background: var(--_subtle);
  }
  .confirm p {
    flex-basis: 100%;
  }
  .fallback textarea {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.85em;
  }
  .summary {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .summary-title {
    font-weight: 700;
    font-size: 1.05em;
  }
  .bar {
    display: block;
    width: 100%;
    height: 0.75em;
  }
  .swatch {
    width: 0.75em;
    height: 0.75em;
    vertical-align: -0.05em;
  }
  .track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 0.05;
  }
  .point {
    fill: var(--_accent);
  }
  .na {
    fill: var(--_muted);
  }
  .flag {
    fill: var(--_red-flag);
  }
  .done {
    fill: var(--_example);
  }
  .legend,
  .per-section {
    list-style: none;
    padding: 0;
    font-size: 0.9em;
  }
  .legend {
    gap: 0.25em 1em;
  }
  .per-section {
    display: grid;
    grid-template-columns: minmax(8em, auto) minmax(6em, 1fr) auto;
    align-items: center;
    gap: 0.35em 0.75em;
  }
  .per-section li {
    display: contents;
  }
  .readiness {
    display: grid;
    gap: 0.35em;
    padding-block-start: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .readiness ul {
    padding-inline-start: 1.25em;
  }
  .readiness.met strong {
    color: var(--_new);
  }
  .sections {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .items {
    /* A column of flex boxes, not grid rows: a change in one row (or above the list) lays out that row, not every row's track. */
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .items.collapsed {
    display: none;
  }
  .item {
    padding: 0.5em 0.75em;
    /* Rows off screen are not laid out or painted until they come near (a long checklist renders fast). */
    content-visibility: auto;
    contain-intrinsic-size: auto 8em;
  }
  .row {
    display: grid;
    gap: 0.4em;
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .text {
    padding: 0;
    overflow-wrap: anywhere;
  }
  .choice input {
    width: 1.1em;
    height: 1.1em;
  }
  .note {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .note-label {
    padding-block-start: 0.3em;
  }
  textarea {
    flex: 1;
    min-width: 0;
    min-height: 2em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    field-sizing: content;
    resize: vertical;
  }
  .group {
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .group-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-size: 0.95em;
  }
  @media print {
    .checklist {
      border: 0;
      padding: 0;
    }
    .actions,
    .compare button,
    .confirm,
    .fallback,
    .chevron {
      display: none;
    }
    .items.collapsed {
      display: grid;
    }
    .group-toggle {
      border: 0;
      padding: 0;
      background: none;
      color: inherit;
    }
    .summary {
      break-inside: avoid;
    }
    textarea {
      border: 0;
      padding: 0;
      resize: none;
    }
    .note:has(textarea:placeholder-shown) {
      display: none;
    }
  }
`;
