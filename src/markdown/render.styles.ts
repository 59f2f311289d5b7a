import { css } from 'lit';

/** Styles for the output of `renderMarkdown` / `renderInlineMarkdown` (add to a component's styles). */
export const markdownStyles = css`
  p,
  ul,
  ol,
  pre,
  blockquote,
  table {
    margin: 0 0 0.5em;
  }
  :is(p, ul, ol, pre, blockquote, table):last-child {
    margin-bottom: 0;
  }
  ul,
  ol {
    padding-inline-start: 1.5em;
  }
  pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.92em;
  }
  blockquote {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    padding: 0.2em 0.5em;
    text-align: start;
  }
  a {
    color: var(--_accent, var(--ladder-accent, #1f5fbf));
  }
  /* A light highlight in both themes, so its text stays dark whatever the theme's text colour. */
  mark[part~='match'] {
    background: var(--ladder-highlight, #ffe58a);
    color: var(--ladder-highlight-text, #1d2330);
    border-radius: 2px;
  }
  [part~='refused-link'] {
    text-decoration: underline dotted;
    cursor: help;
  }
`;
