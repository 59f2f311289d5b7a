/**
 * What each kind of page loads from the drop-in, in gzip bytes: the autoloader, then each element's
 * chunk and every chunk it imports, and the bundled ladder's chunk when the page shows it. Computed
 * from the build's chunk graph (printed by `npm run build`); test/node/size.test.ts loads such pages
 * in Chromium and checks what arrives against the budgets in package.json: `config.gzipBudgets` are
 * enforced (today's weights: the page may not grow), `gzipTargets` and `gzipAims` are issue 20's goals,
 * printed with the gap.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface PageKind {
  /** Key in package.json's config.gzipBudgets / gzipAims. */
  key: string;
  label: string;
  tags: string[];
}

export const PAGE_KINDS: PageKind[] = [
  { key: 'all', label: 'card, compare and checklist', tags: ['ladder-level-card', 'ladder-compare', 'ladder-checklist'] },
  { key: 'card', label: 'a card only', tags: ['ladder-level-card'] },
  { key: 'compare', label: 'a comparison only', tags: ['ladder-compare'] },
];

export const ELEMENT_SOURCES: Record<string, string> = {
  'ladder-provider': 'src/elements/provider/provider.ts',
  'ladder-level-card': 'src/elements/level-card/level-card.ts',
  'ladder-compare': 'src/elements/compare/compare.ts',
  'ladder-checklist': 'src/elements/checklist/checklist.ts',
  'ladder-review': 'src/elements/review/review.ts',
};
export const BUNDLED_LADDER_SOURCE = 'ladders/engineering.json';
/** What a `src` ladder needs besides the elements: the validator. */
export const SRC_LADDER_SOURCE = 'src/model/validate-ladder.ts';

export const { gzipBudgets, gzipTargets, gzipAims } = JSON.parse(readFileSync('package.json', 'utf8')).config as {
  gzipBudgets: Record<string, number>;
  gzipTargets: Record<string, number>;
  gzipAims: Record<string, number>;
};

export const gzipSize = (bytes: string | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
export const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** The parts of a Rollup/Rolldown output chunk this module reads. */
interface ChunkInfo {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  moduleIds?: readonly string[];
  imports?: readonly string[];
  code?: string;
}

/** The files a page with `tags` (and, with `bundledLadder`, the bundled ladder) loads, entry first. */
export function pageFiles(bundle: Record<string, ChunkInfo>, tags: readonly string[], bundledLadder: boolean): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const holding = (source: string) => chunks.find((c) => c.moduleIds?.some((id) => id.replaceAll('\\', '/').endsWith(source)));
  const files = new Set<string>();
  const add = (chunk: ChunkInfo | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const imported of chunk.imports ?? []) add(bundle[imported]);
  };
  add(chunks.find((c) => c.isEntry));
  for (const tag of tags) add(holding(ELEMENT_SOURCES[tag]!));
  add(holding(bundledLadder ? BUNDLED_LADDER_SOURCE : SRC_LADDER_SOURCE));
  return [...files];
}

/** "within budget 27.0 KB; target 20.0 KB: 6.6 KB over" — the budget is enforced, the target is the goal. */
export function weightVerdict(key: string, bytes: number): string {
  const budget = gzipBudgets[key]!;
  const target = gzipTargets[key]!;
  const gap = bytes - target;
  return `${bytes <= budget ? 'within' : 'OVER'} budget ${kb(budget)}; target ${kb(target)}${gap > 0 ? `: ${kb(gap)} over` : ' met'} (aim ${kb(gzipAims[key]!)})`;
}

/** The table `npm run build` prints: each page kind's gzip bytes against its budget. */
export function reportPageWeights(dir: string, bundle: Record<string, ChunkInfo>): string {
  const size = (file: string) => gzipSize(bundle[file]?.code ?? readFileSync(`${dir}/${file}`));
  const lines = ['JavaScript a page loads from the drop-in (gzip), by what it shows (its own ladder by src; the bundled example ladder):'];
  for (const page of PAGE_KINDS) {
    const weigh = (bundled: boolean) => pageFiles(bundle, page.tags, bundled).reduce((n, f) => n + size(f), 0);
    const own = weigh(false);
    lines.push(
      `  ${page.label.padEnd(30)} ${kb(own).padStart(8)}  (${own} bytes) ${weightVerdict(page.key, own)}; ${kb(weigh(true))} with the example ladder`,
    );
  }
  return lines.join('\n');
}
