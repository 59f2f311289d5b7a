import { css } from 'lit';
import { buttonLook } from '../shared/shared.styles.js';

export const levelCardStyles = css`
  .header {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
  }
  .header-main {
    flex: 1;
    min-width: 0;
    display: grid;
    gap: 0.4em;
  }
  .summary {
    color: var(--_muted);
  }
  .builds-on {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .section {
    display: grid;
    gap: 0.5em;
  }
  h4.section-title {
    font-size: 0.95em;
  }
  .counts {
    padding: 0;
    margin: 0;
  }
  .items {
    gap: 0.35em;
  }
  .item {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.35em 0.5em;
  }
  .item.targeted {
    outline: 0.15em solid var(--_accent);
  }
  .marker {
    width: 1.2em;
    margin: 0;
    text-align: center;
  }
  .item-body {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .replaces {
    margin-block-start: 0.2em;
  }
  /* Quiet but legible: the muted colour at full strength (4.5:1 or more on every row kind, both themes), never faded with opacity. */
  .copy {
    flex: none;
    min-width: 1.75em;
    min-height: 1.75em;
    border: 1px solid transparent;
    border-radius: 0.3em;
    background: none;
    color: var(--_muted);
  }
  .item:hover .copy,
  .copy:focus-visible {
    color: var(--_accent);
    border-color: var(--_border);
  }
  .inherited {
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
    display: grid;
    gap: var(--_space);
  }
  .inherited-toggle,
  .details-toggle {
    justify-self: start;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    ${buttonLook}
  }
  .inherited-body {
    display: none;
    gap: var(--_space);
  }
  .inherited-body.open {
    display: grid;
  }
  .inherited-group {
    background: var(--_subtle);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    display: grid;
    gap: 0.75em;
  }
  .inherited-heading {
    font-weight: 700;
    color: var(--_muted);
  }
  .inherited-section {
    display: grid;
    gap: 0.35em;
  }
  .counts {
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .counts li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 1em;
    border-bottom: 1px dotted var(--_border);
    padding-block: 0.2em;
  }
  .count {
    margin-inline-start: auto;
    white-space: nowrap;
    text-align: end;
  }
  .counts .kind-red-flag .count-title {
    color: var(--_red-flag);
  }
  .counts .kind-example .count-title {
    color: var(--_example);
  }
  .back {
    font-size: 0.9em;
  }
  .copy-fallback {
    display: grid;
    gap: 0.2em;
    margin-block-start: 0.35em;
    font-size: 0.85em;
    font-style: normal;
    color: var(--_muted);
  }
  .copy-fallback input {
    inline-size: 100%;
    min-inline-size: 0;
    padding: 0.25em 0.4em;
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  @media print {
    .card {
      border: 0;
      padding: 0;
    }
    .copy,
    .copy-fallback,
    .back,
    .details-toggle,
    .inherited-toggle {
      display: none;
    }
    .inherited-body {
      display: grid;
    }
  }
`;
