/**
 * Server-side rendering of the ladder elements with @lit-labs/ssr: an element's HTML with its shadow
 * root as declarative shadow DOM (`<template shadowrootmode="open">`), readable and searchable
 * before any script runs, and hydratable by @lit-labs/ssr-client. Node only (`ladder render`, tests,
 * a host's own server): importing it installs Lit's server DOM shim and defines the tags there.
 */
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing, type TemplateResult } from 'lit';
import { registerLadder } from '../data/registry.js';
import { provideValidator } from '../data/validator.js';
import '../define.js';
import { useParser } from '../markdown/lex.js';
import { markedLex } from '../markdown/marked-lexer.js';
import type { Ladder } from '../model/types.js';
import * as validateLadder from '../model/validate-ladder.js';

// A server render cannot wait for code loaded on demand (a browser page can): marked and the validator are here at once.
useParser(markedLex);
provideValidator(validateLadder);

let connected = false;

/**
 * Ladder elements get their connectedCallback on the server, as in a browser: that is when their
 * context consumers ask for a provider, so a `<ladder-provider .ladder=${…}>`'s ladder reaches the
 * elements inside it. Pages that render with @lit-labs/ssr themselves call this once, too.
 */
export function connectLadderElementsOnServer(): void {
  if (connected) return;
  connected = true;
  LitElementRenderer.renderOptions.push((element) => (element.localName.startsWith('ladder-') ? { connectedCallback: true } : undefined));
}

/** The elements `renderElementHtml` renders. */
export const RENDERABLE = ['ladder-level-card', 'ladder-compare', 'ladder-checklist'] as const;
export type RenderableTag = (typeof RENDERABLE)[number];

export interface ElementOptions {
  /** The ladder the server renders. */
  ladder: Ladder;
  /**
   * What the page's script loads after upgrade: `src` (the URL the ladder JSON is served at) or, by
   * default, `ladder="<id>"` (a bundled ladder, or one the page registers with registerLadder).
   */
  src?: string;
  level?: string;
  /** ladder-compare: level ids, e.g. `L3 L4`. */
  levels?: string;
  /** ladder-compare: `delta` or `cumulative`. */
  mode?: string;
  /** ladder-level-card */
  showInherited?: boolean;
  compact?: boolean;
  /** ladder-checklist */
  storageKey?: string;
  theme?: 'light' | 'dark';
}

/**
 * The element's template, with the attributes the page will carry. With `src`, the server renders
 * the ladder given as a property and the browser loads `src`; without, both read `ladder="<id>"`.
 */
export function elementTemplate(tag: RenderableTag, o: ElementOptions): TemplateResult {
  const object = o.src ? o.ladder : nothing;
  const id = o.src ? nothing : o.ladder.id;
  const src = o.src ?? nothing;
  const theme = o.theme ?? nothing;
  const level = o.level ?? nothing;
  if (tag === 'ladder-compare')
    return html`<ladder-compare
      .ladder=${object}
      ladder=${id}
      src=${src}
      levels=${o.levels ?? nothing}
      mode=${o.mode ?? nothing}
      theme=${theme}
    ></ladder-compare>`;
  if (tag === 'ladder-checklist')
    return html`<ladder-checklist
      .ladder=${object}
      ladder=${id}
      src=${src}
      level=${level}
      storage-key=${o.storageKey ?? nothing}
      theme=${theme}
    ></ladder-checklist>`;
  return html`<ladder-level-card
    .ladder=${object}
    ladder=${id}
    src=${src}
    level=${level}
    ?show-inherited=${o.showInherited}
    ?compact=${o.compact}
    theme=${theme}
  ></ladder-level-card>`;
}

/** Any template (ladder elements inside a provider, say) as HTML with declarative shadow DOM and hydration markers. */
export function renderHtml(template: TemplateResult): string {
  connectLadderElementsOnServer();
  return collectResultSync(render(template));
}

/** One element's HTML for a ladder and level, e.g. for a static page. */
export function renderElementHtml(tag: RenderableTag, options: ElementOptions): string {
  if (!options.src) registerLadder(options.ladder);
  return renderHtml(elementTemplate(tag, options));
}
