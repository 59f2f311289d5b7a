/**
 * The embed page's URL parameters → the element to show, or the list of problems with them. Pure:
 * no DOM and no globals (the page's URL comes in as arguments), so Node tests run it directly.
 *   ?view=card|compare|checklist&ladder=engineering&level=L4&levels=L3,L4&mode=delta&theme=dark
 */

const VIEWS = { card: 'ladder-level-card', compare: 'ladder-compare', checklist: 'ladder-checklist' } as const;
type View = keyof typeof VIEWS;

/** Parameters each view accepts, and the attribute each one becomes. */
const COMMON = { ladder: 'ladder', src: 'src', theme: 'theme', view: '' } as const;
const PARAMS: Record<View, Record<string, string>> = {
  card: { ...COMMON, level: 'level', compact: 'compact', 'show-inherited': 'show-inherited' },
  compare: { ...COMMON, levels: 'levels', mode: 'mode' },
  checklist: { ...COMMON, level: 'level', 'storage-key': 'storage-key' },
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
export function parseEmbedParams(search: string, baseUrl: string): { config?: EmbedConfig; problems: string[] } {
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
    } else if (name === 'src') {
      let url: URL | undefined;
      try {
        url = new URL(value, baseUrl);
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
