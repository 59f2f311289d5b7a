/**
 * Filter matches marked in DOM that is already rendered: each text node's matches wrapped in
 * `<mark part="match">`, exactly as `renderMarkdown(text, { highlight })` marks them (the same regular
 * expression and split, text node by text node: a match never spans two text nodes there either).
 * The comparison draws an item once and marks a copy of it on each keystroke of its filter, instead of
 * rendering its Markdown again. Only text is split; nothing from the text becomes markup.
 */
import { safeDocument } from '../platform/safe-document.js';
import { highlighter } from './to-templates.js';

/** Marks the matches of `needle` inside `root` (in place). */
export function markMatches(root: Node, needle: string): void {
  const hl = highlighter({ highlight: needle });
  if (!hl) return;
  const texts: Text[] = [];
  const walker = safeDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const parts = text.data.split(hl);
    if (parts.length === 1) continue;
    const nodes = parts.map((part, i) => {
      if (i % 2 === 0) return part;
      const mark = safeDocument.createElement('mark');
      mark.setAttribute('part', 'match');
      mark.textContent = part;
      return mark;
    });
    text.replaceWith(...nodes.filter((n) => n !== ''));
  }
}
