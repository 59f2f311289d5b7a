/**
 * An item of the comparison is drawn once and copied into each column where it appears: a cumulative
 * comparison shows an L1 item in every column, and cloning finished DOM is far cheaper than building
 * one Lit template instance per column. A filter's highlight is marked on a copy of the drawing
 * (markMatches) rather than drawing the item again, so a keystroke costs a copy per item shown. Each
 * (item, column) keeps its copy across renders, so an update that changes nothing touches nothing.
 * Without a filter nothing but the copies on the page is kept; everything is dropped when what it
 * shows changes (the ladder's strings, the mode), the copies also when the highlight does. Items
 * hold no listeners, so copies need none.
 */
import { type ElementPart, noChange, render, type TemplateResult } from 'lit';
import { Directive, directive, type PartInfo, PartType } from 'lit/directive.js';
import { markMatches } from '../../markdown/mark-matches.js';
import type { ResolvedItem } from '../../model/types.js';
import { safeDocument } from '../../platform/safe-document.js';

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.length === b.length && a.every((v, i) => v === b[i]);

type Placed = Map<string, { node: Node; variant: string }>;

export class ItemNodes {
  private key?: readonly unknown[];
  private highlight = '';
  /** Per item, by column: the copy placed there (and which variant it is: "own" column or "carried"). */
  private placed = new Map<ResolvedItem, Placed>();
  /** Unmarked drawings by item and variant, kept while a filter is on (without one, the placed copies serve). */
  private plain = new Map<ResolvedItem, Map<string, Element>>();
  /** With the filter on: the drawings with its matches marked. */
  private marked = new Map<ResolvedItem, Map<string, { node: Element; used: boolean }>>();

  /** Keeps the drawings while `key` (what they depend on) stays the same, and the copies while the highlight does too. */
  use(key: readonly unknown[], highlight: string): void {
    if (!same(this.key, key)) {
      this.placed.clear();
      this.plain.clear();
      this.marked.clear();
    } else if (highlight !== this.highlight) {
      // A filter starts: the unmarked copies on the page become the drawings to mark (they are about to be replaced).
      if (!this.highlight) {
        for (const [item, columns] of this.placed) {
          const drawn = new Map<string, Element>();
          for (const { node, variant } of columns.values()) if (!drawn.has(variant)) drawn.set(variant, node as Element);
          this.plain.set(item, drawn);
        }
      }
      this.placed.clear();
      this.marked.clear();
    }
    this.key = key;
    this.highlight = highlight;
  }

  /** The DOM of `item` in column `column`: `draw()` (without highlight) runs once per item and variant. */
  node(item: ResolvedItem, column: string, variant: string, draw: () => TemplateResult): Node {
    let placed = this.placed.get(item);
    if (!placed) this.placed.set(item, (placed = new Map()));
    const there = placed.get(column);
    if (there) return there.node;
    let node: Node;
    if (!this.highlight) {
      const sibling = [...placed.values()].find((p) => p.variant === variant);
      const drawn = this.plain.get(item)?.get(variant);
      if (sibling) node = sibling.node.cloneNode(true);
      else if (drawn) {
        // Back from a filter: the drawing itself goes on the page, and the placed copies serve from now on.
        node = drawn;
        this.plain.get(item)!.delete(variant);
      } else node = this.draw(draw);
    } else {
      let marks = this.marked.get(item);
      if (!marks) this.marked.set(item, (marks = new Map()));
      let mark = marks.get(variant);
      if (!mark) {
        let drawings = this.plain.get(item);
        if (!drawings) this.plain.set(item, (drawings = new Map()));
        let plain = drawings.get(variant);
        if (!plain) drawings.set(variant, (plain = this.draw(draw)));
        const copy = plain.cloneNode(true) as Element;
        const text = copy.querySelector('.text');
        if (text) markMatches(text, this.highlight);
        marks.set(variant, (mark = { node: copy, used: false }));
      }
      // The first column takes the marked copy itself, the others a copy of it.
      node = mark.used ? mark.node.cloneNode(true) : mark.node;
      mark.used = true;
    }
    placed.set(column, { node, variant });
    return node;
  }

  /** Renders an item once into detached DOM, without Lit's markers (a drawing is never updated: copies are smaller without them). */
  private draw(template: () => TemplateResult): Element {
    const box = safeDocument.createElement('ul');
    render(template(), box);
    const drawn = box.firstElementChild!;
    const walker = safeDocument.createTreeWalker(drawn, NodeFilter.SHOW_COMMENT);
    const markers: Node[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) markers.push(node);
    for (const marker of markers) marker.parentNode?.removeChild(marker);
    return drawn;
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
