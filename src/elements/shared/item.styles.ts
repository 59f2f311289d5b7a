import { css } from 'lit';

/**
 * The pieces every element draws the same way: titles, link-buttons, section headings with their
 * kind badges, item lists with their kind markers, replacement notes, choice pills, disclosure
 * chevrons. One visual change is one edit here.
 */
export const itemStyles = css`
  .title {
    font-size: 1.4em;
    font-weight: 700;
    line-height: 1.25;
  }
  .title:focus {
    outline: none;
  }
  .muted {
    color: var(--_muted);
  }
  button.link {
    min-height: 0;
    border: 0;
    padding: 0;
    background: none;
    color: var(--_accent);
    font-weight: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .section-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    font-weight: 700;
    font-size: 1.05em;
  }
  .kind-badge {
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-size: 0.75em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .kind-badge.kind-red-flag,
  .kind-red-flag .marker {
    color: var(--_red-flag);
  }
  .kind-badge.kind-example,
  .kind-example .marker {
    color: var(--_example);
  }
  .kind-badge.kind-red-flag {
    background: var(--_red-flag-bg);
  }
  .kind-badge.kind-example {
    background: var(--_example-bg);
  }
  .items {
    list-style: none;
    display: grid;
    margin: 0;
    padding: 0;
  }
  .item.kind-example {
    font-style: italic;
  }
  .marker {
    flex: none;
    margin-inline-end: 0.4em;
  }
  .details,
  .examples ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
    font-size: 0.95em;
  }
  .examples {
    margin-block-start: 0.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .examples-label {
    font-weight: 600;
  }
  .replaces {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .replaced-text {
    font-weight: 400;
    text-decoration: line-through;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* Each choice is a target of at least 2em (32px at the default size; WCAG 2.5.8 asks for 24px). */
  .choice {
    position: relative;
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
  /*
   * The chosen and the focused choice, marked from the input's own state through its label text. Only
   * repainted, never laid out again: a checklist has thousands of choices in one column, and a click
   * that changed a label's size (bold text), added a box (a pseudo-element appearing) or restyled every
   * label (:has(:checked)) would lay them all out again. The ring, over the label's border, is always
   * there and only changes colour (restyling the label text as well makes Blink rebuild the ring's box).
   */
  .choice > span::after {
    content: '';
    position: absolute;
    inset: -1px;
    border: 1px solid transparent;
    border-radius: 1em;
    pointer-events: none;
  }
  .choice > input:checked + span::after {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice > input:focus-visible + span::after {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  .choice > input:disabled,
  .choice > input:disabled + span {
    cursor: default;
  }
  .choice input {
    margin: 0;
    accent-color: var(--_accent);
  }
  .choice input:focus-visible {
    outline: none;
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
    .item {
      break-inside: avoid;
    }
  }
`;
