/**
 * An item of the comparison is drawn once and copied into each column where it appears: a cumulative
 * comparison shows an L1 item in every column, and cloning finished DOM is far cheaper than building
 * one Lit template instance per column. A filter's highlight is marked on a copy of the drawing
 * (markMatches) rather than drawing the item again, so a keystroke costs a copy per item shown. Each
 * (item, column) keeps its copy across renders, so an update that changes nothing touches nothing.
 * Drawings are dropped when what they show changes (the strings, the mode); copies also when the
 * highlight does. Items hold no listeners, so copies need none.
 */
import { type ElementPart, noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { markMatches } from '../../markdown/mark-matches.js';
import type { ResolvedItem } from '../../model/types.js';
import { safeDocument } from '../../platform/safe-document.js';

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.length === b.length && a.every((v, i) => v === b[i]);

export class ItemNodes {
  private key?: readonly unknown[];
  private highlight = '';
  /** Per item and variant (an item is "new" in its own column, "from L2" elsewhere): its drawing. */
  private drawings = new WeakMap<ResolvedItem, Map<string, Element>>();
  /** Per item: the drawings with this highlight marked (by variant), and the copies placed (by column). */
  private copies = new WeakMap<ResolvedItem, { marked: Map<string, Element>; placed: Map<string, Node>; used: Set<Element> }>();

  /** Keeps the drawings while `key` (what they depend on) stays the same, and the copies while the highlight does too. */
  use(key: readonly unknown[], highlight: string): void {
    if (!same(this.key, key)) this.drawings = new WeakMap();
    if (!same(this.key, key) || highlight !== this.highlight) this.copies = new WeakMap();
    this.key = key;
    this.highlight = highlight;
  }

  /** The DOM of `item` in column `column`: `draw()` (without highlight) runs once per item and variant. */
  node(item: ResolvedItem, column: string, variant: string, draw: () => TemplateResult): Node {
    let copies = this.copies.get(item);
    if (!copies) this.copies.set(item, (copies = { marked: new Map(), placed: new Map(), used: new Set() }));
    let placed = copies.placed.get(column);
    if (placed) return placed;
    let drawn = this.drawings.get(item);
    if (!drawn) this.drawings.set(item, (drawn = new Map()));
    let plain = drawn.get(variant);
    if (!plain) {
      const box = safeDocument.createElement('ul');
      render(draw(), box);
      plain = box.firstElementChild!;
      // Lit's markers are bookkeeping for updates, and a drawing is never updated: copies are smaller without them.
      const walker = safeDocument.createTreeWalker(plain, NodeFilter.SHOW_COMMENT);
      const markers: Node[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) markers.push(node);
      for (const marker of markers) marker.parentNode?.removeChild(marker);
      drawn.set(variant, plain);
    }
    let source = plain;
    if (this.highlight) {
      let marked = copies.marked.get(variant);
      if (!marked) {
        marked = plain.cloneNode(true) as Element;
        const text = marked.querySelector('.text');
        if (text) markMatches(text, this.highlight);
        copies.marked.set(variant, marked);
      }
      source = marked;
    }
    // The first column takes the marked copy itself; the plain drawing always stays aside, to be marked again.
    const own = source !== plain && !copies.used.has(source);
    if (own) copies.used.add(source);
    placed = own ? source : source.cloneNode(true);
    copies.placed.set(column, placed);
    return placed;
  }
}

/**
 * `<ul ${children(nodes)}>`: the element's children are exactly `nodes`, replaced in one DOM call when
 * the list changes (a filter keystroke replaces hundreds of items; one by one, Lit would remove and
 * insert each). The element must have no other content in the template.
 */
class ChildrenDirective extends Directive {
  private last: readonly Node[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('children() goes on an element');
  }

  render(_nodes: readonly Node[]): unknown {
    return noChange;
  }

  override update(part: ElementPart, [nodes]: [readonly Node[]]): unknown {
    if (nodes.length !== this.last.length || nodes.some((n, i) => n !== this.last[i])) part.element.replaceChildren(...nodes);
    this.last = nodes;
    return noChange;
  }
}

export const children = directive(ChildrenDirective);
