// <ladder-level-card> where links must survive (#17): "Builds on …" recorded in the page's history
// with a way back, level ids in any case, copied links pointing at the page the card is shown on,
// and the inherited toggle saying what it does.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/elements/level-card/level-card.js';
import type { LadderLevelCardElement } from '../src/elements/level-card/level-card.element.js';
import type { LadderLevelSelectEvent } from '../src/events/level-select.js';
import { $, $$, shadow, text, until } from './helpers.js';

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);
const title = (el: Element) => text($(el, '[part="title"]'));
const back = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="back-button"]');

async function card(template: ReturnType<typeof html>): Promise<LadderLevelCardElement> {
  const el = await fixture<LadderLevelCardElement>(template);
  await el.updateComplete;
  return el;
}

/** Goes back in the page's history and waits until the card has followed. */
async function browserBack(el: LadderLevelCardElement): Promise<void> {
  const changed = oneEvent(window, 'popstate');
  history.back();
  await changed;
  await el.updateComplete;
}

describe('<ladder-level-card> history and links', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('records "Builds on …" in the page history: the browser’s Back returns, and so does "Back to …"', async () => {
    const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
    const entries = history.length;
    expect(back(el)).to.equal(null);
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    expect(title(el)).to.equal('Engineer L3');
    expect(location.hash).to.equal('#ladder-card=L3');
    expect(history.length).to.equal(entries + 1);
    expect(text(back(el))).to.equal('← Back to Engineer L4');
    await until(() => shadow(el).activeElement === $(el, '[part="title"]'), 'focus on the new title');
    await expect(el).to.be.accessible();

    // Two steps down, then the browser's Back, then the card's own "Back to …".
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    expect(title(el)).to.equal('Engineer L2');
    expect(text(back(el))).to.equal('← Back to Engineer L3');
    await browserBack(el);
    expect(title(el)).to.equal('Engineer L3');
    expect(location.hash).to.equal('#ladder-card=L3');
    expect(text(back(el))).to.equal('← Back to Engineer L4');
    back(el)!.click();
    await until(() => el.level === 'L4', 'the card back at L4');
    await el.updateComplete;
    expect(title(el)).to.equal('Engineer L4');
    expect(location.hash).to.equal('');
    expect(back(el)).to.equal(null);
  });

  it('"Back to …" fires ladder-level-select (cancelable) like any level the reader picks', async () => {
    const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    setTimeout(() => back(el)!.click());
    const event = (await oneEvent(el, 'ladder-level-select')) as unknown as LadderLevelSelectEvent;
    expect([event.levelId, event.fromLevelId]).to.deep.equal(['L4', 'L3']);
    el.addEventListener('ladder-level-select', (e) => e.preventDefault());
    await until(() => el.level === 'L4', 'the card back at L4');
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    expect(el.level).to.equal('L4');
  });

  it('opens at the level a link names (#ladder-card=L2), with the way back to the page’s level', async () => {
    history.replaceState(null, '', '#other=1&ladder-card=l2');
    const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
    expect(title(el)).to.equal('Engineer L2');
    expect(text(back(el))).to.equal('← Back to Engineer L4');
    back(el)!.click();
    await el.updateComplete;
    expect(title(el)).to.equal('Engineer L4');
    expect(location.hash).to.equal('#other=1');
  });

  it('keys the hash by the card’s id, and no-history keeps the walk in the card only', async () => {
    const el = await card(html`<ladder-level-card id="side" level="L3"></ladder-level-card>`);
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    expect(location.hash).to.equal('#ladder-card-side=L2');
    clearHash();

    const quiet = await card(html`<ladder-level-card level="L4" no-history></ladder-level-card>`);
    const entries = history.length;
    $(quiet, '[part="builds-on"] button').click();
    await quiet.updateComplete;
    expect(title(quiet)).to.equal('Engineer L3');
    expect([location.hash, history.length]).to.deep.equal(['', entries]);
    back(quiet)!.click();
    await quiet.updateComplete;
    expect(title(quiet)).to.equal('Engineer L4');
    expect(back(quiet)).to.equal(null);
  });

  it('a level set by the page is the new starting point: no way back to the old one', async () => {
    const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
    $(el, '[part="builds-on"] button').click();
    await el.updateComplete;
    el.level = 'L5';
    await el.updateComplete;
    expect(back(el)).to.equal(null);
  });

  it('matches the level id in any case, and uses the ladder’s own id for anchors and events', async () => {
    const probe = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
    const third = $$(probe, '.section [part="item"]')[2]!.id;
    // An item link written in another case still finds its item.
    history.replaceState(null, '', `#${third.replace(/^L4-/, 'l4-')}`);
    const el = await card(html`<ladder-level-card level="l4"></ladder-level-card>`);
    expect(title(el)).to.equal('Engineer L4');
    expect($$(el, '.section [part="item"]')[0]!.id).to.match(/^L4-/);
    await until(() => shadow(el).querySelector('.targeted')?.id === third, 'the item named in the URL');
    setTimeout(() => $(el, '[part="builds-on"] button').click());
    const event = (await oneEvent(el, 'ladder-level-select')) as unknown as LadderLevelSelectEvent;
    expect(event.fromLevelId).to.equal('L4');
  });

  it('copies links to the page-url it is given (an embed’s host page), and to this page for anything but http(s)', async () => {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void written.push(t) },
    });
    try {
      const el = await card(
        html`<ladder-level-card level="L4" page-url="https://wiki.example/spaces/ENG/ladder?x=1#old"></ladder-level-card>`,
      );
      const first = $$(el, '[part="item"]')[0]!;
      (first.querySelector('[part="copy-button"]') as HTMLElement).click();
      await until(() => written.length === 1, 'the clipboard write');
      expect(written[0]).to.equal(`https://wiki.example/spaces/ENG/ladder?x=1#${first.id}`);
      el.pageUrl = 'javascript:alert(1)';
      await el.updateComplete;
      (first.querySelector('[part="copy-button"]') as HTMLElement).click();
      await until(() => written.length === 2, 'the second clipboard write');
      expect(written[1]).to.equal(`${location.href.split('#')[0]}#${first.id}`);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('the inherited toggle says "Hide …" while open', async () => {
    const el = await card(html`<ladder-level-card level="L2"></ladder-level-card>`);
    const toggle = $(el, '[part="inherited-toggle"]');
    expect(text(toggle)).to.match(/^Show \d+ inherited expectations$/);
    toggle.click();
    await el.updateComplete;
    expect(text(toggle)).to.match(/^Hide \d+ inherited expectations$/);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
  });
});
