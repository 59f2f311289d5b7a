// Build time (the drop-in only, from vite.config.ts): the whitespace of Lit's html`` and svg``
// templates made shorter. Each run of whitespace that holds a line break (the source's indentation)
// becomes one space; no run is ever removed, and nothing else changes, so no two words are joined
// and no text changes where the CSS collapses whitespace, which is everywhere in these templates but
// <pre> and <textarea> (a template holding either is left as it is). test/node/squeeze-html.test.ts
// checks that over every template in src/: the same words, the same number of whitespace runs.

/** A run of whitespace (HTML's: space, tab, LF, FF, CR) that holds a line break. */
const INDENT = /[ \t\n\f\r]*\n[ \t\n\f\r]*/g;
/** Where whitespace is shown as it is. */
const VERBATIM = /<(pre|textarea)\b/i;

/** An ESTree node, as far as this module reads it. */
interface Node {
  type?: string;
  tag?: { type: string; name?: string };
  quasi?: { quasis: { start: number; end: number }[] };
  [key: string]: unknown;
}
type Quasi = NonNullable<Node['quasi']>;

/** The html``/svg`` tagged templates of `program` (an ESTree AST), in source order. */
function* litTemplates(node: unknown): Generator<Quasi> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* litTemplates(child);
    return;
  }
  const n = node as Node;
  if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && (n.tag.name === 'html' || n.tag.name === 'svg') && n.quasi)
    yield n.quasi;
  for (const [key, value] of Object.entries(n)) if (key !== 'tag' && typeof value === 'object') yield* litTemplates(value);
}

/**
 * `code` (JavaScript) with its Lit templates' indentation squeezed; `parse` is an ESTree parser whose
 * node positions are UTF-16 offsets into `code` (Vite's parseAst, or a plugin's this.parse).
 * Returns `code` itself when it has nothing to squeeze.
 */
export function squeezeHtmlTemplates(code: string, parse: (code: string) => unknown): string {
  if (!/\b(html|svg)`/.test(code)) return code;
  const edits: { start: number; end: number; squeezed: string }[] = [];
  for (const quasi of litTemplates(parse(code))) {
    const parts = quasi.quasis.map((q) => ({ start: q.start, end: q.end, raw: code.slice(q.start, q.end) }));
    if (parts.some((p) => VERBATIM.test(p.raw))) continue;
    for (const part of parts) {
      const squeezed = part.raw.replace(INDENT, ' ');
      if (squeezed !== part.raw) edits.push({ start: part.start, end: part.end, squeezed });
    }
  }
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.squeezed + out.slice(edit.end);
  return out;
}

/** The raw text of each html``/svg`` template of `code`, part by part (what lies between its `${}`s). */
export function templateParts(code: string, parse: (code: string) => unknown): string[][] {
  return [...litTemplates(parse(code))].map((quasi) => quasi.quasis.map((q) => code.slice(q.start, q.end)));
}
