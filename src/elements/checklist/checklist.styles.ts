import { css } from 'lit';
import { checklistWorkStyles } from './checklist-work.styles.js';

export const checklistStyles = css`
  :host {
    container-type: inline-size;
  }
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
  .side-by-side-actions,
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
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
  .side-by-side {
    display: grid;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .side-by-side-title {
    font-weight: 700;
  }
  .side-by-side-title:focus {
    outline: none;
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
  .legend,
  .per-section {
    list-style: none;
    padding: 0;
    font-size: 0.9em;
  }
  .legend {
    gap: 0.25em 1em;
  }
  /* Title, bar and count side by side where there is room; no column has a fixed minimum, so a
     narrow column wraps the texts instead of overflowing. */
  .per-section {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(3em, 1fr) minmax(0, max-content);
    align-items: center;
    gap: 0.35em 0.75em;
  }
  .per-section li {
    display: contents;
  }
  .per-section-title,
  .per-section-count {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  /* In a narrow column (a wiki sidebar, a phone) each section is title and count, then its bar. */
  @container (max-width: 30em) {
    .per-section {
      grid-template-columns: minmax(0, 1fr);
    }
    .per-section li {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, max-content);
      grid-template-areas: 'title count' 'bar bar';
      gap: 0.15em 0.75em;
    }
    .per-section-title {
      grid-area: title;
    }
    .per-section-count {
      grid-area: count;
    }
    .per-section .bar {
      grid-area: bar;
    }
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
    /* Block boxes, not grid rows nor a flex column: after a change in one row, the list's layout steps over every other row (1,000 rows: 2.5 ms block, 3.8 ms flex), and grid would lay out every row's track. */
    display: block;
  }
  .run > .item + .item,
  .run + .run {
    margin-block-start: 0.5em;
  }
  .items.collapsed {
    display: none;
  }
  /* A run of 20 rows (checklist-rows.ts) is laid out only near the view; the last, maybe shorter, always. */
  .run:not(:last-child) {
    content-visibility: auto;
    contain-intrinsic-size: auto 70em;
  }
  .item {
    padding: 0.5em 0.75em;
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
  .print-meta {
    display: none;
  }
  @media print {
    .checklist {
      border: 0;
      padding: 0;
    }
    .print-meta {
      display: block;
    }
    .actions,
    .compare button,
    [part~='compare'][role='group'],
    .confirm,
    .side-by-side,
    .fallback,
    .chevron {
      display: none;
    }
    /* The same selection as the Markdown export: what was rated or noted, unless export-all. */
    :host(:not([export-all])) :is(.item.unmarked, .group:not(:has(.item:not(.unmarked))), .section:not(:has(.item:not(.unmarked)))) {
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
  ${checklistWorkStyles}
`;
