/**
 * The embed page's URL parameters → the element to show, or the list of problems with them. Pure:
 * no DOM and no globals (the page's URL comes in as arguments), so Node tests run it directly.
 *   ?view=card|compare|checklist&ladder=engineering&level=L4&levels=L3,L4&mode=delta&theme=dark
 *   (checklist: &storage-key=…, or &store-url=https://… to save on a server; the checklist shows where)
 */

import { storeUrlProblem } from '../data/stores/store-url.js';
import { embedStrings as T } from '../i18n/embed.js';

const VIEWS = { card: 'ladder-level-card', compare: 'ladder-compare', checklist: 'ladder-checklist' } as const;
export type View = keyof typeof VIEWS;

/** Parameters each view accepts, and the attribute each one becomes. */
// `page-url`: the page the embed is shown on (only the card makes links to it).
const COMMON = { ladder: 'ladder', src: 'src', theme: 'theme', view: '', 'page-url': '' } as const;
const PARAMS: Record<View, Record<string, string>> = {
  card: { ...COMMON, level: 'level', compact: 'compact', 'show-inherited': 'show-inherited', 'page-url': 'page-url' },
  compare: { ...COMMON, levels: 'levels', mode: 'mode' },
  checklist: { ...COMMON, level: 'level', 'storage-key': 'storage-key', 'store-url': 'store-url' },
};
const BOOLEAN = new Set(['compact', 'show-inherited']);
const LEVEL_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface EmbedConfig {
  tag: string;
  attributes: [string, string][];
}

/**
 * Reads the page's query string (`search`) into the element to show, or the list of problems with
 * it. A relative `src` is resolved against `baseUrl`, the page's own URL.
 */
export interface EmbedParams {
  config?: EmbedConfig;
  problems: string[];
  /** The view asked for, when it is one (its example goes with the problems). */
  view?: View;
  /** Parameters this view does not know (`utm_source`, which link tools add): ignored, and listed in the console. */
  ignored: string[];
}

/** `page-url`: an absolute http(s) URL, or undefined. */
function pageUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function parseEmbedParams(search: string, baseUrl: string): EmbedParams {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const ignored: string[] = [];
  const view = (params.get('view') ?? 'card') as View;
  // Own keys only: "constructor" or "__proto__" are in every object, and must not pass as a view or a parameter.
  if (!Object.hasOwn(VIEWS, view)) {
    return { problems: [T.embedView(Object.keys(VIEWS).join(', '), params.get('view'))], ignored };
  }
  const known = PARAMS[view];
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    const attribute = Object.hasOwn(known, name) ? known[name] : undefined;
    if (attribute === undefined) {
      ignored.push(name);
      continue;
    }
    if (name === 'page-url') {
      const url = pageUrl(value);
      if (!url) problems.push(T.embedPageUrl(value));
      else if (attribute) attributes.push([attribute, url]);
      continue;
    }
    if (!attribute) continue;
    if (BOOLEAN.has(name)) {
      if (!['', 'true', '1', 'false', '0'].includes(value)) problems.push(T.embedSwitch(name));
      else if (value === '' || value === 'true' || value === '1') attributes.push([attribute, '']);
      continue;
    }
    if (name === 'theme' && !['light', 'dark'].includes(value)) problems.push(T.embedTheme(value));
    else if (name === 'mode' && !['delta', 'cumulative'].includes(value)) problems.push(T.embedMode(value));
    else if (name === 'level' && !LEVEL_ID.test(value)) problems.push(T.embedLevel(value));
    else if (name === 'levels') {
      const ids = value.split(/[,\s]+/).filter(Boolean);
      const bad = ids.filter((id) => !LEVEL_ID.test(id));
      if (ids.length === 0 || bad.length) problems.push(T.embedLevels(value));
      else attributes.push([attribute, ids.join(' ')]);
      continue;
    } else if (name === 'store-url') {
      // Checked here as the checklist checks it, so that a wrong one is named before anything is shown;
      // http: only on this page's origin, as the page's CSP (connect-src 'self' https:) allows no other.
      let problem = storeUrlProblem(value, baseUrl);
      const url = problem ? undefined : new URL(value, baseUrl);
      if (url?.protocol === 'http:' && url.origin !== new URL(baseUrl).origin) problem = T.embedStoreUrlHttp;
      if (problem) problems.push(T.embedStoreUrl(problem, value));
      else attributes.push([attribute, url!.href]);
      continue;
    } else if (name === 'src') {
      let url: URL | undefined;
      try {
        url = new URL(value, baseUrl);
      } catch {
        // reported below
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) problems.push(T.embedSrc(value));
      else attributes.push([attribute, url.href]);
      continue;
    }
    attributes.push([attribute, value]);
  }
  if ((view === 'card' || view === 'checklist') && !params.get('level')) problems.push(T.embedNeedsLevel(view));
  return problems.length ? { problems, view, ignored } : { config: { tag: VIEWS[view], attributes }, problems, view, ignored };
}
