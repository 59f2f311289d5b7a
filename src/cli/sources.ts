/**
 * The files `ladder build` reads: files as given, and folders' source files in natural order. A
 * symbolic link in a folder is read like the file it points to; a link to a folder, a dangling link
 * or a link loop is skipped with a warning (never followed into a cycle). Each file's identity
 * (device and inode, so links, hard links and other spellings of a path meet) lets `--out` refuse to
 * overwrite an input.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { folderSources, SOURCE_EXTENSIONS, type SourceFile } from '../markdown/compile/index.js';

export class UsageError extends Error {}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
};

export interface Sources {
  files: SourceFile[];
  /** `dev:ino` of every file read. */
  identities: Set<string>;
  /** The ladder's fallback name: the first folder's name, else the first file's base name. */
  name?: string;
}

export const identity = (info: { dev: number | bigint; ino: number | bigint }): string => `${info.dev}:${info.ino}`;

export async function collectSources(inputs: string[], cwd: string, warn: (message: string) => void): Promise<Sources> {
  const out: Sources = { files: [], identities: new Set() };
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${input}`);
    let paths: { shown: string; absolute: string }[];
    if (info.isDirectory()) {
      const entries = await readdir(absolute, { withFileTypes: true });
      const candidates: { name: string; ext: string }[] = [];
      for (const e of entries) {
        const ext = extensionOf(e.name);
        if (e.name.startsWith('.') || !SOURCE_EXTENSIONS.includes(ext)) continue;
        if (e.isFile()) candidates.push({ name: e.name, ext });
        else if (e.isSymbolicLink()) {
          // stat follows the link: a loop or a dangling link fails (ELOOP, ENOENT) instead of hanging.
          const target = await stat(join(absolute, e.name)).catch((error: NodeJS.ErrnoException) => error.code ?? 'unreadable');
          if (typeof target === 'string') warn(`skipped ${join(input, e.name)}: a symbolic link that leads nowhere (${target})`);
          else if (target.isFile()) candidates.push({ name: e.name, ext });
          else warn(`skipped ${join(input, e.name)}: a symbolic link to a folder (folders are not read recursively)`);
        }
      }
      const names = folderSources(candidates.map((c) => c.name));
      if (names.length === 0) throw new UsageError(`no .md files in folder ${input}`);
      paths = names.map((n) => ({ shown: join(input, n), absolute: join(absolute, n) }));
      out.name ??= basename(absolute);
    } else {
      paths = [{ shown: input, absolute }];
      const base = basename(absolute);
      const ext = extensionOf(base);
      out.name ??= ext ? base.slice(0, -ext.length) : base;
    }
    for (const path of paths) {
      const id = identity(await stat(path.absolute));
      if (out.identities.has(id)) continue;
      out.identities.add(id);
      out.files.push({ path: path.shown, text: await readFile(path.absolute, 'utf8') });
    }
  }
  return out;
}

/** Refuses an `--out` that is one of the inputs, however it is spelled (relative, absolute, through a link, a hard link). */
export async function checkOut(out: string, cwd: string, sources: Sources): Promise<string> {
  const target = resolve(cwd, out);
  const info = await stat(target).catch(() => undefined);
  if (info?.isDirectory()) throw new UsageError(`--out ${out} is a folder: name the JSON file to write`);
  if (info && sources.identities.has(identity(info))) {
    throw new UsageError(`--out ${out} is one of the input files: it would be overwritten with JSON; write the ladder to another file`);
  }
  return target;
}
