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
  .title {
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.25;
  }
  .title:focus {
    outline: none;
  }
  .intro,
  .muted,
  .replaces,
  .section-description {
    color: var(--_muted);
  }
  .replaces {
    font-size: 0.85em;
  }
  .replaced-text {
    text-decoration: line-through;
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
  button.link {
    border: 0;
    background: none;
    text-decoration: underline;
    text-underline-offset: 0.15em;
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
  .summary-title,
  .section-title {
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
  .per-section,
  .items {
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
  .section-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .kind-badge {
    font-size: 0.75em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    border: 1px solid currentColor;
  }
  .kind-red-flag .kind-badge,
  .kind-red-flag .marker {
    color: var(--_red-flag);
  }
  .kind-example .kind-badge,
  .kind-example .marker {
    color: var(--_example);
  }
  .items {
    display: grid;
    gap: 0.5em;
    font-size: 1em;
  }
  .items.collapsed {
    display: none;
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
  .marker {
    margin-inline-end: 0.4em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  /* Each choice is a target of at least 2em (32px at the default size; WCAG 2.5.8 asks for 24px). */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2em;
    padding: 0.2em 0.7em 0.2em 0.45em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  .choice input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice:has(:focus-visible) {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  .choice input:focus-visible {
    outline: none;
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
  .chevron::before {
    content: '▸';
    display: inline-block;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron::before {
    transform: rotate(90deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron::before {
      transition: none;
    }
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
    .item,
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
