/**
 * Which files of a folder `ladder build` reads, and in what order: its `.md` files (or, without any,
 * its other source files), hidden files left out, in natural order (L2 before L10). Pure, so the CLI
 * (which walks the file system) and the playground (which gets a folder from the browser) agree.
 */
import { extension } from './text.js';

/** The extensions `compileLadder` reads; anything else is read as Markdown. */
export const SOURCE_EXTENSIONS = ['.md', '.markdown', '.csv', '.tsv', '.html', '.htm'];

const MARKDOWN = ['.md', '.markdown'];

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;

/** The names (of files directly in one folder) that a build of the folder reads, in reading order. */
export function folderSources(names: string[]): string[] {
  const candidates = names.filter((n) => !n.startsWith('.') && SOURCE_EXTENSIONS.includes(extension(n)));
  const markdown = candidates.filter((n) => MARKDOWN.includes(extension(n)));
  return (markdown.length ? markdown : candidates).sort(naturalOrder);
}
