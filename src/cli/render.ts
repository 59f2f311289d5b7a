/**
 * `ladder render <element>`: an element's static HTML for a ladder and level, its shadow root as
 * declarative shadow DOM (src/ssr/render-element.ts), so static sites and intranet pages can ship
 * the ladder as searchable HTML that the elements' script takes over when it loads.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { getRegisteredLadder, registeredLadderIds } from '../data/registry.js';
import { COMPARE_MODES } from '../model/compare-view.js';
import { parseJsonText } from '../model/json-text.js';
import type { Ladder } from '../model/types.js';
import { parseLadder } from '../model/validate.js';
import { type ElementOptions, type RenderableTag, renderElementHtml } from '../ssr/render-element.js';
import { parseArgs } from './args.js';
import type { Io } from './ladder.js';
import { UsageError } from './sources.js';

const TAGS: Record<string, RenderableTag> = {
  card: 'ladder-level-card',
  'level-card': 'ladder-level-card',
  compare: 'ladder-compare',
  checklist: 'ladder-checklist',
};

/** Thrown for a ladder or level that cannot be rendered (exit 1, like validation errors). */
class RenderError extends Error {}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function readLadder(value: string, cwd: string): Promise<Ladder> {
  const path = resolve(cwd, value);
  if (!existsSync(path)) {
    const bundled = getRegisteredLadder(value);
    if (bundled) return bundled;
    throw new UsageError(`--ladder: no such file, and no bundled ladder "${value}" (bundled: ${registeredLadderIds().join(', ')})`);
  }
  const parsed = parseJsonText(new TextDecoder().decode(await readFile(path)));
  if (!parsed.ok)
    throw new RenderError(`${value}:${parsed.error.line}: invalid JSON: ${parsed.error.reason} (column ${parsed.error.column})`);
  const result = parseLadder(parsed.value);
  if (!result.ok) throw new RenderError(result.errors.map((e) => `${value}: ${e.path}: ${e.message}`).join('\n'));
  return result.ladder;
}

function checkLevel(ladder: Ladder, id: string, flag: string): void {
  if (!ladder.levels.some((l) => l.id === id))
    throw new RenderError(`${flag}: ladder "${ladder.id}" has no level "${id}" (it has ${ladder.levels.map((l) => l.id).join(', ')})`);
}

function page(fragment: string, title: string, script: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(script)}"></script>
</head>
<body>
${fragment}
</body>
</html>
`;
}

export async function renderCommand(args: string[], io: Io): Promise<number> {
  const { inputs, flags } = parseArgs(
    args,
    ['--ladder', '--level', '--levels', '--mode', '--storage-key', '--theme', '--src', '--script', '--out'],
    ['--show-inherited', '--compact'],
  );
  const [name, ...extra] = inputs;
  const tag = name === undefined ? undefined : (TAGS[name] ?? TAGS[name.replace(/^ladder-/, '')]);
  if (!tag || extra.length) throw new UsageError(`render needs one element: ${Object.keys(TAGS).join(', ')}`);
  const theme = flags.get('--theme');
  if (theme !== undefined && theme !== 'light' && theme !== 'dark') throw new UsageError('--theme is light or dark');
  const mode = flags.get('--mode');
  if (mode !== undefined && !(COMPARE_MODES as readonly string[]).includes(mode))
    throw new UsageError(`--mode is ${COMPARE_MODES.join(' or ')}`);
  try {
    const ladder = await readLadder(flags.get('--ladder') ?? 'engineering', io.cwd);
    const level = flags.get('--level');
    if (tag !== 'ladder-compare' && level === undefined)
      throw new UsageError(`render ${name} needs --level (one of ${ladder.levels.map((l) => l.id).join(', ')})`);
    if (level !== undefined) checkLevel(ladder, level, '--level');
    const levels = flags.get('--levels');
    for (const id of levels?.split(/[\s,]+/).filter(Boolean) ?? []) checkLevel(ladder, id, '--levels');
    const options: ElementOptions = {
      ladder,
      ...(level !== undefined ? { level } : {}),
      ...(levels !== undefined ? { levels } : {}),
      ...(mode !== undefined ? { mode } : {}),
      ...(flags.has('--show-inherited') ? { showInherited: true } : {}),
      ...(flags.has('--compact') ? { compact: true } : {}),
      ...(flags.has('--storage-key') ? { storageKey: flags.get('--storage-key') } : {}),
      ...(theme !== undefined ? { theme: theme as 'light' | 'dark' } : {}),
      ...(flags.has('--src') ? { src: flags.get('--src') } : {}),
    };
    const fragment = renderElementHtml(tag, options);
    const script = flags.get('--script');
    const text = script === undefined ? `${fragment}\n` : page(fragment, ladder.title, script);
    const out = flags.get('--out');
    if (out === undefined) io.stdout.write(text);
    else {
      await mkdir(dirname(resolve(io.cwd, out)), { recursive: true });
      await writeFile(resolve(io.cwd, out), text);
      io.stdout.write(`wrote ${out}\n`);
    }
    return 0;
  } catch (e) {
    if (!(e instanceof RenderError)) throw e;
    io.stderr.write(`${e.message}\n`);
    return 1;
  }
}
