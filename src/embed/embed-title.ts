/**
 * A real document title and `h1` for each view of the embed page: "Engineer L4 — Engineering
 * ladder" for a card, the checklist's title, "Compare L3, L4" for a comparison. The `h1` is visually
 * hidden, as each element shows its own title; it names the view for assistive technology and the
 * page outline. Read from what the element shows, so it follows the reader's changes and the strings
 * in force.
 */

import { embedStrings } from '../i18n/embed.js';
const FALLBACK = embedStrings.embedFallbackTitle;

interface Shown extends HTMLElement {
  resolvedLadder?: { title: string };
  levels?: string[];
}

/** The view's heading and the ladder's title, from what the element shows now (undefined while it loads or shows an error). */
function headingOf(el: Shown): { heading: string; ladder: string } | undefined {
  const ladder = el.resolvedLadder?.title;
  const root = el.shadowRoot;
  if (!ladder || !root || root.querySelector('[part~="error"][role="alert"]')) return undefined;
  const text = (selector: string) => root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  if (el.localName === 'ladder-compare') {
    const levels = [...root.querySelectorAll<HTMLElement>('thead [part~="level-heading"]')].map((th) => th.dataset.level);
    return levels.length ? { heading: `Compare ${levels.join(', ')}`, ladder } : undefined;
  }
  const title = text('[part~="title"]');
  return title ? { heading: title, ladder } : undefined;
}

/** Sets the document title and the h1 from the element; for the error page, from the problem. */
export function updateTitle(h1: HTMLElement, el: Element | undefined, problem?: string): void {
  if (problem) {
    h1.textContent = problem;
    h1.classList.remove('visually-hidden');
    document.title = `${problem} — ${FALLBACK}`;
    return;
  }
  const shown = el ? headingOf(el as Shown) : undefined;
  const heading = shown?.heading ?? FALLBACK;
  if (h1.textContent !== heading) h1.textContent = heading;
  const title = shown ? `${shown.heading} — ${shown.ladder}` : FALLBACK;
  if (document.title !== title) document.title = title;
}
