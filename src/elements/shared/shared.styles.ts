import { css } from 'lit';

/** The light theme's defaults, as fixed values: print uses them whatever the page overrides. */
const lightTokens = css`
  --_accent: #1f5fbf;
  --_text: #1d2330;
  --_muted: #586274;
  --_surface: #ffffff;
  --_subtle: #f3f5f9;
  --_border: #d3d9e3;
  --_red-flag: #b42318;
  --_red-flag-bg: #fdf0ef;
  --_example: #6a3fb5;
  --_example-bg: #f4effc;
  --_new: #17703a;
  --_new-bg: #eaf6ee;
  --_focus: #1f5fbf;
  color-scheme: light;
`;

/** The dark theme's defaults, used for theme="dark", a page that says it is dark, and readers who prefer dark. */
const darkTokens = css`
  --_accent: var(--ladder-accent, #8db4ff);
  --_text: var(--ladder-text, #e7eaf0);
  --_muted: var(--ladder-muted, #a7b0c0);
  --_surface: var(--ladder-surface, #181c24);
  --_subtle: var(--ladder-subtle, #222833);
  --_border: var(--ladder-border, #3a4252);
  --_red-flag: var(--ladder-red-flag, #ff9b92);
  --_red-flag-bg: var(--ladder-red-flag-background, #3a1f1f);
  --_example: var(--ladder-example, #c9b1ff);
  --_example-bg: var(--ladder-example-background, #2c2340);
  --_new: var(--ladder-new, #7fd99e);
  --_new-bg: var(--ladder-new-background, #1d3326);
  --_focus: var(--ladder-focus, #8db4ff);
  color-scheme: dark;
`;

/**
 * The theme every element shares. Public knobs are `--ladder-*` custom properties (documented with
 * @cssprop on each element); the private `--_*` locals hold the resolved values for light and dark.
 * `all: initial` on the host stops the page's inherited styles (line-height, letter-spacing,
 * text-transform, colour…) from leaking in; only the font family is inherited on purpose, so the
 * widget looks at home in a wiki. Sizes are in em so a host's `html { font-size }` cannot shrink them.
 */
/** How the elements' secondary buttons look (Show more, the actions, the card's toggles): one place for it. */
export const buttonLook = css`
  min-height: 2em;
  padding: 0.25em 0.75em;
  border: 1px solid var(--_border);
  border-radius: var(--_radius);
  background: var(--_subtle);
  color: var(--_accent);
  font-weight: 600;
`;

export const sharedStyles = css`
  :host {
    all: initial;
    display: block;
    font-family: var(--ladder-font-family, inherit);

    --_accent: var(--ladder-accent, #1f5fbf);
    --_text: var(--ladder-text, #1d2330);
    --_muted: var(--ladder-muted, #586274);
    --_surface: var(--ladder-surface, #ffffff);
    --_subtle: var(--ladder-subtle, #f3f5f9);
    --_border: var(--ladder-border, #d3d9e3);
    --_red-flag: var(--ladder-red-flag, #b42318);
    --_red-flag-bg: var(--ladder-red-flag-background, #fdf0ef);
    --_example: var(--ladder-example, #6a3fb5);
    --_example-bg: var(--ladder-example-background, #f4effc);
    --_new: var(--ladder-new, #17703a);
    --_new-bg: var(--ladder-new-background, #eaf6ee);
    --_focus: var(--ladder-focus, #1f5fbf);
    --_radius: var(--ladder-radius, 0.5em);
    --_space: var(--ladder-spacing, 1em);
  }
  /* Set here rather than on :host, where a page rule for the element (even the universal selector) would win. */
  .root {
    box-sizing: border-box;
    font-family: var(--ladder-font-family, inherit);
    font-size: var(--ladder-font-size, medium);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
    color: var(--_text);
    visibility: visible;
  }
  :host([hidden]) {
    display: none;
  }
  /* The palette: .root carries "light", "dark" or "auto" (see ThemeController); "auto" follows the reader. */
  .root {
    color-scheme: light;
  }
  .root.dark {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    .root.auto {
      ${darkTokens}
    }
  }
  /* Print is always the default light palette (text at 4.5:1 or more on its background), whatever the
     theme, the reader's setting or the page's overrides: a dark box or light text on paper helps no one. */
  @media print {
    .root.root {
      ${lightTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  li,
  figure,
  blockquote {
    margin: 0;
    padding: 0;
    font: inherit;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  button {
    cursor: pointer;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 0.15em solid var(--_focus);
    outline-offset: 0.1em;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The outer box of the card and the checklist. */
  .panel {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: var(--_space);
  }

  /* Items of every element: red flags and examples differ by more than colour (each element adds a text label and an icon). */
  .item {
    border-radius: calc(var(--_radius) / 2);
    border-inline-start: 0.25em solid var(--_border);
  }
  .item.kind-red-flag {
    border-inline-start-color: var(--_red-flag);
    background: var(--_red-flag-bg);
  }
  .item.kind-example {
    border-inline-start-color: var(--_example);
    background: var(--_example-bg);
  }

  /* "Showing 1,000 of 100,000 items. [Show 1,000 more]" */
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
  }
  .more button {
    ${buttonLook}
  }

  .status {
    padding: var(--_space);
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error {
    padding: var(--_space);
    border: 1px solid var(--_red-flag);
    border-inline-start-width: 0.35em;
    border-radius: var(--_radius);
    background: var(--_red-flag-bg);
    color: var(--_text);
  }
  .error strong {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .error .retry {
    margin-block-start: 0.5em;
    min-height: 2em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .error ul {
    margin-block-start: 0.5em;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
`;
