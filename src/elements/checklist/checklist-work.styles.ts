import { css } from 'lit';

/**
 * Working through the list: the sticky progress bar, the rows' "Clear rating" and "Add note", the
 * filtered groups' plain headings. Part of checklistStyles.
 *
 * The bar sticks at the top of the viewport (or `--ladder-sticky-top`, below a host page's fixed
 * header) only while the checklist's own box is there: it never leaves the element. Its z-index
 * stacks it above the rows only: the host is a stacking context of its own (the layout containment
 * of its container type), so a host page's header with a z-index, or one after it, stays above the
 * whole checklist. Rows and their controls keep a scroll margin of the bar's height, so an item
 * scrolled or tabbed to is never left under it.
 */
export const checklistWorkStyles = css`
  .progress {
    position: sticky;
    top: var(--ladder-sticky-top, 0px);
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.75em;
    min-width: 0;
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.15em 0.5em rgb(0 0 0 / 0.08);
  }
  .progress-count {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .progress .bar {
    flex: 1 1 6em;
    min-width: 3em;
  }
  .progress-message {
    flex-basis: 100%;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .progress-message:empty {
    display: none;
  }
  .sections .item,
  .sections :is(input, button, textarea) {
    scroll-margin-block: calc(var(--ladder-sticky-top, 0px) + 4em) 1em;
  }
  /* The choices and the row's tools share a line where there is room. */
  .row {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .row > * {
    grid-column: 1 / -1;
  }
  .row > .choices {
    grid-column: 1;
  }
  .row > .row-tools {
    grid-column: 2;
    align-self: center;
  }
  .row-tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.35em;
  }
  .row-tool {
    padding: 0.1em 0.6em;
    background: var(--_surface);
    font-size: 0.85em;
  }
  /* "Clear rating" follows the radios (no render needed): only while one of them is checked. */
  .row-tool.clear {
    display: none;
  }
  .row:has(.choices input[type='radio']:checked) .row-tool.clear {
    display: inline-block;
  }
  .group-label {
    font-size: 0.95em;
    font-weight: 600;
  }
  /* Narrow columns and phones: the bar's two lines and the row's tools under its choices. */
  @container (max-width: 30em) {
    /* Smaller and without the chart (its count says the same), so it takes two lines of a phone's screen, not four. */
    .progress {
      gap: 0.3em 0.5em;
      padding: 0.3em 0.5em;
      font-size: 0.9em;
    }
    .progress .bar {
      display: none;
    }
    .sections .item,
    .sections :is(input, button, textarea) {
      scroll-margin-block-start: calc(var(--ladder-sticky-top, 0px) + 7em);
    }
    .row > .choices,
    .row > .row-tools {
      grid-column: 1 / -1;
    }
    .row-tools {
      justify-content: flex-start;
    }
  }
  @media print {
    .progress,
    .row-tools {
      display: none;
    }
  }
`;
