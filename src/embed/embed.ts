/**
 * The iframe page (dist/embed.html) for hosts that only allow iframes. Configured by its URL:
 *   embed.html?view=card|compare|checklist&ladder=engineering&level=L4&levels=L3,L4&mode=delta&theme=dark
 *   (checklist: &storage-key=…, or &store-url=https://… to save on a server; the checklist shows where)
 * Posts { type: 'ladder-elements:resize', height } to the parent whenever its content height changes
 * (dist/embed-host.js applies it). No inline script or style, so it runs under a strict CSP.
 */

import { storeUrlProblem } from '../data/stores/http-store.js';

export const RESIZE_MESSAGE = 'ladder-elements:resize';

const VIEWS = { card: 'ladder-level-card', compare: 'ladder-compare', checklist: 'ladder-checklist' } as const;
type View = keyof typeof VIEWS;

/** Parameters each view accepts, and the attribute each one becomes. */
const COMMON = { ladder: 'ladder', src: 'src', theme: 'theme', view: '' } as const;
const PARAMS: Record<View, Record<string, string>> = {
  card: { ...COMMON, level: 'level', compact: 'compact', 'show-inherited': 'show-inherited' },
  compare: { ...COMMON, levels: 'levels', mode: 'mode' },
  checklist: { ...COMMON, level: 'level', 'storage-key': 'storage-key', 'store-url': 'store-url' },
};
const BOOLEAN = new Set(['compact', 'show-inherited']);
const LEVEL_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export interface EmbedConfig {
  tag: string;
  attributes: [string, string][];
}

/** Reads the page's URL parameters into the element to show, or the list of problems with them. */
export function parseEmbedParams(search: string): { config?: EmbedConfig; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const view = (params.get('view') ?? 'card') as View;
  // Own keys only: "constructor" or "__proto__" are in every object, and must not pass as a view or a parameter.
  if (!Object.hasOwn(VIEWS, view)) {
    return { problems: [`"view" must be one of: ${Object.keys(VIEWS).join(', ')} (it is "${params.get('view')}").`] };
  }
  const known = PARAMS[view];
  const attributes: [string, string][] = [];
  for (const [name, value] of params) {
    const attribute = Object.hasOwn(known, name) ? known[name] : undefined;
    if (attribute === undefined) {
      problems.push(`Unknown parameter "${name}" for view=${view}. Known parameters: ${Object.keys(known).join(', ')}.`);
      continue;
    }
    if (!attribute) continue;
    if (BOOLEAN.has(name)) {
      if (!['', 'true', '1', 'false', '0'].includes(value)) problems.push(`"${name}" is a switch: use ${name}=true or leave it out.`);
      else if (value === '' || value === 'true' || value === '1') attributes.push([attribute, '']);
      continue;
    }
    if (name === 'theme' && !['light', 'dark'].includes(value)) problems.push(`"theme" must be light or dark (it is "${value}").`);
    else if (name === 'mode' && !['delta', 'cumulative'].includes(value))
      problems.push(`"mode" must be delta or cumulative (it is "${value}").`);
    else if (name === 'level' && !LEVEL_ID.test(value)) problems.push(`"level" must be a level id such as L4 (it is "${value}").`);
    else if (name === 'levels') {
      const ids = value.split(/[,\s]+/).filter(Boolean);
      const bad = ids.filter((id) => !LEVEL_ID.test(id));
      if (ids.length === 0 || bad.length)
        problems.push(`"levels" must be level ids separated by commas, such as L3,L4 (it is "${value}").`);
      else attributes.push([attribute, ids.join(' ')]);
      continue;
    } else if (name === 'store-url') {
      // Checked here as the checklist checks it, so that a wrong one is named before anything is shown;
      // http: only on this page's origin, as the page's CSP (connect-src 'self' https:) allows no other.
      let problem = storeUrlProblem(value, location.href);
      const url = problem ? undefined : new URL(value, location.href);
      if (url?.protocol === 'http:' && url.origin !== location.origin)
        problem = 'it must be an https: URL (or http: on this page’s own origin)';
      if (problem) problems.push(`"store-url" cannot be used: ${problem} (it is "${value}").`);
      else attributes.push([attribute, url!.href]);
      continue;
    } else if (name === 'src') {
      let url: URL | undefined;
      try {
        url = new URL(value, location.href);
      } catch {
        // reported below
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
        problems.push(`"src" must be an http(s) URL of a ladder JSON file (it is "${value}").`);
      else attributes.push([attribute, url.href]);
      continue;
    }
    attributes.push([attribute, value]);
  }
  if ((view === 'card' || view === 'checklist') && !params.get('level')) problems.push(`view=${view} needs a level, e.g. &level=L4.`);
  return problems.length ? { problems } : { config: { tag: VIEWS[view], attributes }, problems };
}

function showProblems(root: HTMLElement, problems: string[]): void {
  const box = document.createElement('div');
  box.className = 'embed-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('strong');
  heading.textContent = 'This embed link has a problem';
  const list = document.createElement('ul');
  for (const problem of problems) {
    const li = document.createElement('li');
    li.textContent = problem;
    list.append(li);
  }
  const help = document.createElement('p');
  help.textContent = 'Example: embed.html?view=card&ladder=engineering&level=L4';
  box.append(heading, list, help);
  root.replaceChildren(box);
}

/** Tells the parent page the content height each time it changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  send();
}

function start(): void {
  const root = document.getElementById('embed');
  if (!root) return;
  const { config, problems } = parseEmbedParams(location.search);
  if (!config) showProblems(root, problems);
  else {
    const el = document.createElement(config.tag);
    for (const [name, value] of config.attributes) el.setAttribute(name, value);
    const theme = config.attributes.find(([n]) => n === 'theme')?.[1];
    document.documentElement.classList.add(theme ? `theme-${theme}` : 'follow-scheme');
    root.replaceChildren(el);
  }
  reportHeight();
}

start();
