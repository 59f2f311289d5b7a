import { css } from 'lit';

export const compareStyles = css`
  :host {
    container-type: inline-size;
  }
  .compare {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* ------------------------------------------------------------------ controls */
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1.5em;
  }
  legend,
  .field > span {
    padding: 0;
    margin-block-end: 0.25em;
    font-weight: 600;
    font-size: 0.9em;
  }
  .choice:has(:checked) {
    background: var(--_subtle);
  }
  .field {
    display: grid;
  }
  .field input,
  .field select {
    inline-size: 14em;
    max-inline-size: 100%;
    padding: 0.3em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    background: var(--_surface);
  }
  .picker {
    display: none;
  }

  /* --------------------------------------------------------------------- table */
  .scroller {
    overflow: auto;
    max-block-size: var(--ladder-compare-max-height, 80vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .grid {
    inline-size: 100%;
    margin: 0;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    padding: 0.6em 0.75em;
    font-weight: 700;
    font-size: 1.1em;
    text-align: start;
  }
  /* Child combinators: tables inside item Markdown keep their own look. */
  .grid > * > tr > * {
    padding: 0.6em 0.75em;
    border: 0;
    border-block-start: 1px solid var(--_border);
    border-inline-start: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  .grid > * > tr > :first-child {
    border-inline-start: 0;
  }
  .grid > * > tr > .col {
    min-width: var(--ladder-compare-column-width, 14em);
  }
  .grid > thead > tr > * {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    background: var(--_surface);
    font-weight: 400;
  }
  .grid > tbody > tr > th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 7em;
    max-width: 12em;
    background: var(--_subtle);
    font-weight: 700;
  }
  .grid > thead > tr > .corner {
    inset-inline-start: 0;
    z-index: 3;
    font-weight: 700;
  }
  .level-id {
    display: block;
    font-weight: 700;
    font-size: 1.1em;
  }
  .level-title,
  .builds-on {
    display: block;
    font-size: 0.9em;
  }
  .builds-on,
  .compared {
    color: var(--_muted);
  }
  .compared {
    display: block;
    font-size: 0.8em;
  }
  .notice,
  .legend {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .notice {
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 0.35em solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_text);
  }

  .kind-badge {
    display: block;
    inline-size: fit-content;
    margin-block-end: 0.25em;
  }

  /* --------------------------------------------------------------------- items */
  .items {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .item {
    padding: 0.3em 0.5em;
    border-inline-start: 0.25em solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    /* Items scrolled out of the table's view are not laid out or painted (a filter keystroke stays cheap). */
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5em;
  }
  .kind-red-flag .item {
    border-inline-start-color: var(--_red-flag);
    background: var(--_red-flag-bg);
  }
  .kind-example .item {
    border-inline-start-color: var(--_example);
    background: var(--_example-bg);
    font-style: italic;
  }
  .item.new {
    background: var(--_new-bg);
  }
  .item.carried {
    color: var(--_muted);
  }
  .tag {
    margin: 0.2em 0 0;
    font-size: 0.8em;
    font-weight: 600;
    font-style: normal;
  }
  .tag.new,
  .tag.replaces {
    color: var(--_new);
  }
  .tag.carried {
    font-weight: 400;
  }
  mark {
    background: var(--ladder-highlight, #ffe58f);
    color: #1d2330;
  }
  .empty,
  .no-matches {
    margin: 0;
    color: var(--_muted);
    font-style: italic;
  }
  .no-matches {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  /* One level at a time where the element is narrow (a wiki column, a phone). */
  @container (max-width: 40em) {
    .picker {
      display: grid;
    }
    .grid .col:not(.active) {
      display: none;
    }
    .grid > * > tr > * {
      min-width: 0;
      padding: 0.5em;
    }
    .grid > * > tr > .col {
      min-width: 0;
    }
    .grid > tbody > tr > th {
      position: static;
      inline-size: 6.5em;
      min-width: 0;
    }
  }
`;
