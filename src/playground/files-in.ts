/**
 * Files from the author's computer → the workspace's sources, read as `ladder build` reads them: files
 * as given (in natural order), or a folder's source files (its `.md` files, else its `.csv`/`.tsv`/
 * `.html`; not its sub-folders) named `folder/file` with the folder's name as the ladder's. Nothing is
 * uploaded: the browser hands the files to the page. Sizes are bounded; anything left out is said.
 */
import { folderSources } from '../markdown/compile/index.js';
import type { SourceFile } from '../markdown/compile/types.js';
import { plural } from './dom.js';
import { baseNameOf } from './workspace.js';

export interface Opened {
  files: SourceFile[];
  /** The ladder's fallback name: the folder's, else the first file's base name. */
  name: string;
  /** What was left out, and why, for the author. */
  notes: string[];
}

const MAX_FILE = 2 * 1024 * 1024;
const MAX_TOTAL = 5 * 1024 * 1024;
const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

async function read(entries: { path: string; file: File }[], name: string, notes: string[]): Promise<Opened> {
  const files: SourceFile[] = [];
  let total = 0;
  for (const { path, file } of entries) {
    if (file.size > MAX_FILE || total + file.size > MAX_TOTAL) {
      notes.push(`${path} left out: ${Math.ceil(file.size / 1024)} KB is more than this page reads (2 MB a file, 5 MB in all).`);
      continue;
    }
    total += file.size;
    files.push({ path, text: await file.text() });
  }
  return { files, name, notes };
}

/** Files picked or dropped one by one: all of them, in natural order of their names. */
function loose(list: File[]): Promise<Opened> {
  const sorted = [...list].sort((a, b) => naturalOrder(a.name, b.name));
  return read(
    sorted.map((file) => ({ path: file.name, file })),
    baseNameOf(sorted[0]?.name ?? 'ladder'),
    [],
  );
}

/** The files of one folder (`folder` is its name, `names` its direct children): what `ladder build folder` reads. */
function folder(folderName: string, children: File[], deeper: string): Promise<Opened> {
  const byName = new Map(children.map((f) => [f.name, f]));
  const chosen = folderSources([...byName.keys()]);
  const notes: string[] = [];
  const left = children.length - chosen.length;
  if (left > 0)
    notes.push(
      `${plural(left, 'file')} of ${folderName} left out, as \`ladder build\` leaves them: not a ladder source, hidden, or not Markdown when the folder has Markdown.`,
    );
  if (deeper) notes.push(`${deeper} in ${folderName} left out: a folder's own files are its ladder, not its sub-folders'.`);
  return read(
    chosen.map((n) => ({ path: `${folderName}/${n}`, file: byName.get(n) as File })),
    folderName,
    notes,
  );
}

/** From `<input type="file" multiple>` or `<input type="file" webkitdirectory>` (whose files carry their relative paths). */
export function fromFileList(list: FileList | File[]): Promise<Opened> {
  const files = [...list];
  const relative = files.map((f) => f.webkitRelativePath ?? '');
  if (files.length > 0 && relative.every((p) => p.includes('/'))) {
    const top = relative[0]?.split('/')[0] ?? '';
    const direct = files.filter((_, i) => relative[i]?.split('/').length === 2 && relative[i]?.startsWith(`${top}/`));
    return folder(top, direct, files.length > direct.length ? `${plural(files.length - direct.length, 'file')} of sub-folders` : '');
  }
  return loose(files);
}

const entryFile = (entry: FileSystemFileEntry): Promise<File> => new Promise((resolve, reject) => entry.file(resolve, reject));

async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  // readEntries answers in batches; an empty batch is the end. Bounded: a folder of ladder sources is small.
  for (let i = 0; i < 100; i++) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    out.push(...batch);
  }
  return out;
}

/** A drop: one folder (read as a folder), or files. Entries must be taken during the drop event, so call this from it. */
export function fromDrop(data: DataTransfer): Promise<Opened> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  const dir = entries.length === 1 && entries[0]?.isDirectory ? (entries[0] as FileSystemDirectoryEntry) : undefined;
  if (!dir) return loose([...data.files]);
  return (async () => {
    const kids = await children(dir);
    const files = await Promise.all(kids.filter((k) => k.isFile).map((k) => entryFile(k as FileSystemFileEntry)));
    const subs = kids.filter((k) => k.isDirectory).length;
    return folder(dir.name, files, subs ? plural(subs, 'sub-folder') : '');
  })();
}
