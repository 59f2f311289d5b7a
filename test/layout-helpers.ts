/**
 * Layout and colour checks for the browser tests, measured as a reader meets them: what sticks out
 * of an element's box, and the contrast of text against what is really painted behind it.
 */

/** The parent in the flat tree (slots and shadow hosts included). */
function parentOf(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Every element of a shadow tree, nested shadow trees included. */
function* walk(root: ParentNode): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
  }
}

const label = (el: Element) =>
  `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;

/** Whether `el` sits inside a region of `host` that clips or scrolls sideways on its own. */
function insideScroller(el: Element, host: Element): boolean {
  for (let node = parentOf(el); node && node !== host; node = parentOf(node)) {
    if (getComputedStyle(node).overflowX !== 'visible') return true;
  }
  return false;
}

/**
 * What does not fit in `host`'s width: the host scrolling sideways, a region inside it scrolling
 * sideways (unless it matches `mayScroll`: the comparison's table region, in a wide layout), and
 * every visible element whose box sticks out of the host's left or right edge (and so would be cut
 * off by the page's column). Inside a scrolling region only the region itself is checked: the rest
 * is reached by scrolling it. Visually hidden text is left out.
 */
export function overflowProblems(host: HTMLElement, mayScroll?: string): string[] {
  const problems: string[] = [];
  if (host.scrollWidth > host.clientWidth) problems.push(`${host.localName} scrolls sideways: ${host.scrollWidth} > ${host.clientWidth}`);
  const box = host.getBoundingClientRect();
  for (const el of walk(host.shadowRoot ?? host)) {
    if (el.closest('.visually-hidden') || !el.checkVisibility()) continue;
    const scrolls = el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
    if (scrolls && !(mayScroll && el.matches(mayScroll)))
      problems.push(`${label(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
    if (insideScroller(el, host)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
      problems.push(
        `${label(el)} sticks out: ${Math.round(r.left - box.left)}…${Math.round(r.right - box.left)} of ${Math.round(box.width)}`,
      );
    }
  }
  return problems;
}

type RGBA = [number, number, number, number];

export function parseColor(value: string): RGBA {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) throw new Error(`not an rgb() colour: ${value}`);
  const [r = 0, g = 0, b = 0, a = 1] = m[1]!
    .split(/[,\s/]+/)
    .filter(Boolean)
    .map(Number);
  return [r, g, b, a];
}

const over = (top: RGBA, bottom: RGBA): RGBA => {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
};

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** What is painted behind `el`: the backgrounds of it and its ancestors, composited, over the page (white). */
export function backgroundOf(el: Element): RGBA {
  const layers: RGBA[] = [];
  for (let node: Element | null = el; node; node = parentOf(node)) {
    const bg = parseColor(getComputedStyle(node).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] === 1) break;
  }
  return layers.reduceRight<RGBA>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The contrast of `el`'s text colour (with its and its ancestors' opacity) against its background. */
export function textContrast(el: Element): number {
  let fg = parseColor(getComputedStyle(el).color);
  for (let node: Element | null = el; node; node = parentOf(node))
    fg = [fg[0], fg[1], fg[2], fg[3] * Number(getComputedStyle(node).opacity)];
  const bg = backgroundOf(el);
  return contrast(over(fg, bg), bg);
}

/** Large text (WCAG: 18pt, or 14pt bold) may have 3:1 where other text needs 4.5:1. */
function isLargeText(el: Element): boolean {
  const style = getComputedStyle(el);
  const px = Number.parseFloat(style.fontSize);
  return px >= 24 || (px >= 18.66 && Number(style.fontWeight) >= 700);
}

/**
 * Every element of `host`'s shadow tree (or, without one, of its subtree) that shows text of its own
 * with a contrast under `minimum` (`large` for large text), as "label: ratio". Text that is visually
 * hidden, not rendered, or in a disabled control (which WCAG exempts) is not looked at.
 */
export function lowContrastText(host: HTMLElement, minimum: number, large = minimum): string[] {
  const found: string[] = [];
  for (const el of walk(host.shadowRoot ?? host)) {
    if (el.closest('.visually-hidden, :disabled, [aria-disabled="true"]') || !el.checkVisibility()) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own) continue;
    const ratio = textContrast(el);
    if (ratio < (isLargeText(el) ? large : minimum)) found.push(`${label(el)}: ${ratio.toFixed(2)}:1`);
  }
  return found;
}
