/**
 * What the author is working on: the source files (one or several, as a folder of levels), which one
 * is open, and the build options the CLI has flags for (`--id`, `--cumulative`, the ladder's name).
 * Kept in localStorage so that a reload loses nothing; when storage is blocked or full the work stays
 * in the page and `save` says so. Saved data this version cannot read is set aside, never overwritten.
 */
import type { CompileOptions, SourceFile } from '../markdown/compile/types.js';

export interface Workspace {
  files: SourceFile[];
  /** Index into files. */
  active: number;
  /** What the ladder is called when nothing in it says (the CLI passes the folder's or first file's name). */
  name: string;
  /** `--id`; '' for the default. */
  id: string;
  cumulative: boolean;
}

export const STORAGE_KEY = 'ladder-elements:playground';
const VERSION = 1;

export const baseNameOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};

/** A workspace of one file; its name (the ladder's fallback name) from the file's, as `ladder build file` does. */
export function single(path: string, text: string): Workspace {
  return { files: [{ path, text }], active: 0, name: baseNameOf(path), id: '', cumulative: false };
}

/** The options `ladder build` would get for this workspace. */
export function compileOptions(w: Workspace): CompileOptions {
  return { name: w.name, ...(w.id.trim() ? { id: w.id.trim() } : {}), ...(w.cumulative ? { cumulative: true } : {}) };
}

/**
 * The `ladder build` command that writes the same JSON: the files as the page names them, or their
 * folder when the ladder is named after one (a folder opened as such).
 */
export function cliCommand(w: Workspace, out: string): string {
  const quote = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`);
  const first = w.files[0]?.path ?? '';
  const inputs = baseNameOf(first) === w.name ? w.files.map((f) => f.path) : [w.name];
  const flags = [...(w.id.trim() ? ['--id', w.id.trim()] : []), ...(w.cumulative ? ['--cumulative'] : [])];
  return ['npx ladder build', ...inputs.map(quote), ...flags.map(quote), '--out', quote(out)].join(' ');
}

const isFile = (f: unknown): f is SourceFile =>
  !!f && typeof f === 'object' && typeof (f as SourceFile).path === 'string' && typeof (f as SourceFile).text === 'string';

/**
 * The saved workspace; `undefined` when there is none. Data this version cannot read is copied aside
 * (`…:corrupt-<time>`) first: `'set-aside'`; when even that fails, `'locked'`: the page must not save
 * over it.
 */
export function load(storage: Storage | undefined): Workspace | 'set-aside' | 'locked' | undefined {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  try {
    const data = JSON.parse(raw) as Partial<Workspace> & { version?: number };
    const files = Array.isArray(data.files) ? data.files.filter(isFile).map((f) => ({ path: f.path, text: f.text })) : [];
    if (data.version === VERSION && files.length > 0) {
      return {
        files,
        active:
          Number.isInteger(data.active) && (data.active as number) >= 0 && (data.active as number) < files.length
            ? (data.active as number)
            : 0,
        name: typeof data.name === 'string' && data.name ? data.name : baseNameOf(files[0]?.path ?? 'ladder'),
        id: typeof data.id === 'string' ? data.id : '',
        cumulative: data.cumulative === true,
      };
    }
  } catch {
    // Not JSON: set aside below.
  }
  try {
    storage?.setItem(`${STORAGE_KEY}:corrupt-${Date.now()}`, raw);
  } catch {
    return 'locked';
  }
  return 'set-aside';
}

/** Saves the workspace; false when the browser refused (storage blocked or full). */
export function save(storage: Storage | undefined, w: Workspace): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORAGE_KEY, JSON.stringify({ version: VERSION, ...w }));
    return true;
  } catch {
    return false;
  }
}

export function forget(storage: Storage | undefined): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing saved, nothing to forget.
  }
}
