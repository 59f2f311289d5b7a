import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearLadderCache } from '../src/data/load-ladder.js';
import { getRegisteredLadder } from '../src/data/registry.js';
import type { LadderLevelSelectEvent } from '../src/events/level-select.js';
import '../src/elements/level-card/level-card.js';
import '../src/elements/provider/provider.js';
import '../src/elements/compare/compare.js';
import '../src/elements/checklist/checklist.js';
import type { LadderLevelCardElement } from '../src/elements/level-card/level-card.element.js';
import { resolveLevel } from '../src/model/resolve.js';
import { defaultStrings, setLadderStrings } from '../src/i18n/strings.js';
import { branchingLadder } from './fixtures/ladders.js';
import { $, $$, shadow, text, until, watchConsole } from './helpers.js';
import { installFetchDouble } from './support/fetch-double.js';

const engineering = getRegisteredLadder('engineering')!;

async function card(template: ReturnType<typeof html>): Promise<LadderLevelCardElement> {
  const el = await fixture<LadderLevelCardElement>(template);
  await el.updateComplete;
  return el;
}

/** Waits until the card left its loading state. */
async function settled(el: LadderLevelCardElement): Promise<void> {
  await until(() => !shadow(el).querySelector('[part="status"]'), 'the card to finish loading');
  await el.updateComplete;
}

const itemTexts = (el: Element, scope = '') => $$(el, `${scope} [part="item"] .text`).map(text);

describe('<ladder-level-card>', () => {
  let consoleWatch: ReturnType<typeof watchConsole>;
  beforeEach(() => {
    consoleWatch = watchConsole();
    clearLadderCache();
  });
  afterEach(function () {
    consoleWatch.restore();
    // Opening another level records it in the hash (#ladder-card=L3): the next test starts from a clean URL.
    history.replaceState(null, '', location.pathname + location.search);
    const title = this.currentTest?.fullTitle() ?? '';
    setLadderStrings(defaultStrings);
    // Lit prints dev-mode warnings (e.g. a change-in-update) through console.warn.
    expect(consoleWatch.messages.filter((m) => !m.includes('Lit is in dev mode')).join('\n'), title).to.equal('');
  });

  describe('with the bundled ladder', () => {
    it('renders every item of the seed L4, word for word, in the ladder section order', async () => {
      const seed = await (await fetch('/ladders/engineering/L4.md')).text();
      const bullets = seed
        .split('\n')
        .filter((line) => line.startsWith('* '))
        .map((line) => line.slice(2).replace(/\s+/g, ' ').trim());
      expect(bullets.length).to.equal(22);
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('Engineer L4');
      expect(text($(el, '[part="summary"]'))).to.match(/^You are capable of running your own startup/);
      expect(itemTexts(el, '.section')).to.deep.equal(bullets);
      expect($$(el, '.section h3').map(text)).to.deep.equal([
        'Should have',
        'Is expected to',
        // The kind's name is not repeated where the title says it (#17: not "⚑ RED FLAG Red flags").
        '⚑ Red flags',
        '◆ Practical examples',
      ]);
      await expect(el).to.be.accessible();
    });

    it('uses the default bundled ladder with no ladder input at all', async () => {
      const el = await card(html`<ladder-level-card level="L2"></ladder-level-card>`);
      expect(text($(el, '[part="title"]'))).to.equal(engineering.levels[1]!.title);
    });

    it('says "Builds on" the inherited level', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      expect(text($(el, '[part="builds-on"]'))).to.equal('Builds on Engineer L3');
    });

    it('marks red flags and examples in text, not colour alone', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      const redFlag = $(el, '.item.kind-red-flag');
      expect(text(redFlag.querySelector('.visually-hidden'))).to.equal('Red flag:');
      expect(text(redFlag.querySelector('.marker'))).to.equal('⚑');
      expect(text($(el, '.item.kind-example .visually-hidden'))).to.equal('Example:');
      expect(getComputedStyle(redFlag).borderInlineStartColor).to.not.equal(
        getComputedStyle($(el, '.item.kind-expectation')).borderInlineStartColor,
      );
    });
  });

  describe('inheritance', () => {
    it('reveals inherited items grouped by level, nearest first, collapsed by default', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      const toggle = $(el, '[part="inherited-toggle"]');
      const resolved = resolveLevel(engineering, 'L4');
      const inheritedCount = resolved.sections.reduce((n, s) => n + s.inherited.length, 0);
      expect(text(toggle)).to.equal(`Show ${inheritedCount} inherited expectations`);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#inherited-body').checkVisibility()).to.equal(false);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(el.hasAttribute('show-inherited')).to.equal(true);
      expect($(el, '#inherited-body').checkVisibility()).to.equal(true);
      expect($$(el, '.inherited-heading').map((h) => text(h))).to.deep.equal([
        'From L3 · Engineer L3',
        'From L2 · Engineer L2',
        'From L1 · Engineer L1',
      ]);
      const l1Items = Object.values(engineering.levels[0]!.items)
        .flat()
        .map((i) => i.text.replace(/\s+/g, ' '));
      const l1Group = $$(el, '.inherited-group')[2]!;
      expect([...l1Group.querySelectorAll('[part="item"] .text')].map(text)).to.deep.equal(
        l1Items.map((t) =>
          t
            .replace(/`/g, '')
            .replace(/\*\*/g, '')
            .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
        ),
      );
      await expect(el).to.be.accessible();
    });

    it('opens with show-inherited', async () => {
      const el = await card(html`<ladder-level-card level="L2" show-inherited></ladder-level-card>`);
      expect($(el, '[part="inherited-toggle"]').getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '#inherited-body').checkVisibility()).to.equal(true);
    });

    it('shows what a replacement replaces, and hides the replaced item', async () => {
      const el = await card(html`<ladder-level-card .ladder=${branchingLadder()} level="L3" show-inherited></ladder-level-card>`);
      const c1 = $(el, '[id="L3-c1"]');
      expect(text(c1.querySelector('.replaces'))).to.equal('Replaces (L2): Moderate scope');
      expect($$(el, '[part="item"]').map((li) => li.id)).to.not.include('L3-b1');
      expect($$(el, '[part="item"]').map((li) => li.id)).to.not.include('L3-a1');
    });

    it('has no inherited control for a root level', async () => {
      const el = await card(html`<ladder-level-card level="L1"></ladder-level-card>`);
      expect(shadow(el).querySelector('[part="inherited"]')).to.equal(null);
      expect(shadow(el).querySelector('[part="builds-on"]')).to.equal(null);
    });
  });

  describe('details and examples attached to an item', () => {
    it('shows them with the item, in the card, the comparison and the checklist', async () => {
      const ladder = branchingLadder();
      const item = ladder.levels[0]!.items.skills![0]!;
      item.details = ['Unit tests for **new** code', 'Integration tests where it counts'];
      item.examples = ['Added tests to the billing service'];
      const el = await card(html`<ladder-level-card level="L1" .ladder=${ladder}></ladder-level-card>`);
      const row = $$(el, '[part="item"]')[0]!;
      expect([...row.querySelectorAll('.details li')].map(text)).to.deep.equal([
        'Unit tests for new code',
        'Integration tests where it counts',
      ]);
      expect(row.querySelector('.details strong')).to.exist;
      expect(text(row.querySelector('.examples'))).to.equal('For example Added tests to the billing service');
      await expect(el).to.be.accessible();
      const compare = await fixture<HTMLElement>(html`<ladder-compare levels="L1" filter="billing" .ladder=${ladder}></ladder-compare>`);
      await (compare as unknown as LadderLevelCardElement).updateComplete;
      expect($$(compare, '[part="item"]').map((li) => text(li.querySelector('.examples')))).to.deep.equal([
        'For example Added tests to the billing service',
      ]);
      const checklist = await fixture<HTMLElement>(
        html`<ladder-checklist level="L1" storage-key="details" .ladder=${ladder}></ladder-checklist>`,
      );
      await (checklist as unknown as LadderLevelCardElement).updateComplete;
      expect($$(checklist, '[part="item"] .details li').length).to.equal(2);
    });
  });

  describe('level selection', () => {
    it('fires ladder-level-select and shows the picked level', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      const button = $(el, '[part="builds-on"] button');
      const fired = oneEvent(el, 'ladder-level-select');
      button.click();
      const event = (await fired) as unknown as LadderLevelSelectEvent;
      expect(event.levelId).to.equal('L3');
      expect(event.fromLevelId).to.equal('L4');
      await el.updateComplete;
      expect(el.level).to.equal('L3');
      expect(text($(el, '[part="title"]'))).to.equal('Engineer L3');
    });

    it('lets the host take over when it cancels the event', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      el.addEventListener('ladder-level-select', (e) => e.preventDefault());
      $(el, '[part="builds-on"] button').click();
      await el.updateComplete;
      expect(el.level).to.equal('L4');
    });

    it('renders level references as links with level-href, and only safe ones', async () => {
      const el = await card(html`<ladder-level-card level="L4" level-href="?level={level}#top"></ladder-level-card>`);
      const a = $(el, '[part="builds-on"] a') as HTMLAnchorElement;
      expect(a.getAttribute('href')).to.equal('?level=L3#top');
      el.addEventListener('ladder-level-select', (e) => e.preventDefault());
      a.click(); // cancelled: no navigation, the test page stays
      const bad = await card(html`<ladder-level-card level="L4" level-href="javascript:alert('{level}')"></ladder-level-card>`);
      expect(shadow(bad).querySelector('[part="builds-on"] a')).to.equal(null);
      expect(shadow(bad).querySelector('[part="builds-on"] button')).to.not.equal(null);
    });

    it('fires no event when the level is set from code', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      let fired = 0;
      el.addEventListener('ladder-level-select', () => fired++);
      el.level = 'L2';
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('keyboard', () => {
    it('reaches the inherited toggle and the level link with Tab and works them with Enter and Space', async () => {
      const el = await card(html`<ladder-level-card level="L3"></ladder-level-card>`);
      const builds = $(el, '[part="builds-on"] button');
      builds.focus();
      expect(shadow(el).activeElement).to.equal(builds);
      // One tab stop per list of copy-link buttons (#17: not one per item), then the toggle.
      const lists = $$(el, '.section ul.items');
      expect(lists.length).to.be.greaterThan(1);
      for (const list of lists) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(list.querySelector('[part="copy-button"]'));
      }
      // Inside a list the arrow keys move, End and Home jump, and Tab then leaves from where focus is.
      const buttons = [...lists[0]!.querySelectorAll<HTMLElement>('[part="copy-button"]')];
      buttons[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
      await sendKeys({ press: 'End' });
      expect(shadow(el).activeElement).to.equal(buttons.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(shadow(el).activeElement).to.equal(buttons.at(-1));
      await sendKeys({ press: 'Home' });
      await sendKeys({ press: 'ArrowRight' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
      expect(buttons.map((b) => b.tabIndex)).to.deep.equal(buttons.map((_, i) => (i === 1 ? 0 : -1)));
      // The tab stop stays where the reader left it across a re-render.
      el.requestUpdate();
      await el.updateComplete;
      expect(buttons[1]!.tabIndex).to.equal(0);
      for (const list of lists.slice(1)) {
        await sendKeys({ press: 'Tab' });
        expect(shadow(el).activeElement).to.equal(list.querySelector('[part="copy-button"]'));
      }
      await sendKeys({ press: 'Tab' });
      const toggle = $(el, '[part="inherited-toggle"]');
      expect(shadow(el).activeElement).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.showInherited).to.equal(true);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.showInherited).to.equal(false);
      builds.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.level).to.equal('L2');
      // Focus moves to the new title so keyboard and screen-reader users know where they are.
      await aTimeout(0);
      expect(shadow(el).activeElement).to.equal($(el, '[part="title"]'));
    });
  });

  describe('anchors and copy link', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('gives each item a stable anchor #<level>-<itemId>', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      const ids = $$(el, '.section [part="item"]').map((li) => li.id);
      const own = Object.values(engineering.levels[3]!.items)
        .flat()
        .map((i) => `L4-${i.id}`);
      expect(ids).to.deep.equal(own);
    });

    it('copies the item link and announces it', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (t: string) => void written.push(t) },
      });
      try {
        const first = $$(el, '[part="item"]')[0]!;
        (first.querySelector('[part="copy-button"]') as HTMLElement).click();
        await until(() => written.length === 1, 'the clipboard write');
        expect(written[0]).to.equal(`${location.href.split('#')[0]}#${first.id}`);
        await until(() => text($(el, '[role="status"][aria-live]')) === 'Link copied.', 'the announcement');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (original) expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.exist;
      }
    });

    it('shows the link to copy next to its button, focused and selected, when the clipboard is not allowed', async () => {
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new Error('denied')) },
      });
      try {
        const second = $$(el, '[part="item"]')[1]!;
        (second.querySelector('[part="copy-button"]') as HTMLElement).click();
        await until(() => !!shadow(el).querySelector('[part="copy-fallback"]'), 'the fallback text');
        const fallback = $(el, '[part="copy-fallback"]');
        // In the item's own row, right beside the button that was pressed (#17: not at the bottom of the card).
        expect(fallback.closest('[part="item"]')).to.equal(second);
        const button = second.querySelector('[part="copy-button"]')!.getBoundingClientRect();
        const box = fallback.getBoundingClientRect();
        expect(Math.abs(box.top - button.top)).to.be.below(120);
        expect(text(fallback)).to.equal('Copying is not allowed here. Copy the link:');
        const input = fallback.querySelector('input')!;
        expect(input.value).to.equal(`${location.href.split('#')[0]}#${second.id}`);
        expect(input.readOnly).to.equal(true);
        expect(shadow(el).activeElement).to.equal(input);
        expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
        await expect(el).to.be.accessible();
        // Escape closes it and gives focus back to the button.
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect(shadow(el).querySelector('[part="copy-fallback"]')).to.equal(null);
        expect(shadow(el).activeElement).to.equal(second.querySelector('[part="copy-button"]'));
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('scrolls to and marks the item named in the page URL, opening inherited items when needed', async () => {
      const l1Item = Object.values(engineering.levels[0]!.items).flat()[0]!;
      history.replaceState(null, '', `#L4-${l1Item.id}`);
      const el = await card(html`<ladder-level-card level="L4"></ladder-level-card>`);
      await until(() => !!shadow(el).querySelector('.targeted'), 'the targeted item');
      expect($(el, '.targeted').id).to.equal(`L4-${l1Item.id}`);
      expect(el.showInherited).to.equal(true);
    });
  });

  describe('compact', () => {
    it('shows title, summary and a count per section', async () => {
      const el = await card(html`<ladder-level-card level="L4" compact></ladder-level-card>`);
      expect($$(el, '[part="counts"] li').map(text)).to.deep.equal(
        resolveLevel(engineering, 'L4').sections.map(
          (s) =>
            `${s.section.kind === 'red-flag' ? '⚑ ' : s.section.kind === 'example' ? '◆ ' : ''}${s.section.title} ${s.own.length} item${s.own.length === 1 ? '' : 's'} +${s.inherited.length} inherited`,
        ),
      );
      expect(shadow(el).querySelector('[part="item"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('inputs', () => {
    it('takes a bundled ladder by id', async () => {
      const el = await card(html`<ladder-level-card ladder="engineering" level="L5"></ladder-level-card>`);
      expect(text($(el, '[part="title"]'))).to.equal(engineering.levels[4]!.title);
    });

    it('takes a ladder object through the .ladder property', async () => {
      const el = await card(html`<ladder-level-card .ladder=${branchingLadder()} level="M1"></ladder-level-card>`);
      expect(text($(el, '[part="title"]'))).to.equal('Engineering manager');
      expect(itemTexts(el, '.section')).to.deep.equal(['Grows people', 'Micromanages']);
    });

    it('fetches and validates a ladder from src', async () => {
      const el = await card(html`<ladder-level-card src="/test/fixtures/test-ladder.json" level="IC4"></ladder-level-card>`);
      await settled(el);
      expect(text($(el, '[part="title"]'))).to.equal('Staff engineer');
      await expect(el).to.be.accessible();
    });

    it('uses the ladder of an enclosing provider', async () => {
      const wrapper = await fixture(html`<ladder-provider src="/test/fixtures/test-ladder.json">
        <ladder-level-card level="L2"></ladder-level-card>
        <ladder-level-card level="M1"></ladder-level-card>
      </ladder-provider>`);
      const [a, b] = [...wrapper.querySelectorAll('ladder-level-card')] as LadderLevelCardElement[];
      await settled(a!);
      await settled(b!);
      expect(text($(a!, '[part="title"]'))).to.equal('Engineer L2');
      expect(text($(b!, '[part="title"]'))).to.equal('Engineering manager');
    });

    it('prefers its own input over the provider', async () => {
      const wrapper = await fixture(html`<ladder-provider .ladder=${branchingLadder()}>
        <ladder-level-card ladder="engineering" level="L2"></ladder-level-card>
      </ladder-provider>`);
      const el = wrapper.querySelector('ladder-level-card')!;
      await el.updateComplete;
      expect(text($(el, '[part="title"]'))).to.equal(engineering.levels[1]!.title);
    });

    it('follows a provider whose ladder changes', async () => {
      const wrapper = await fixture<HTMLElement & { ladder: unknown }>(html`<ladder-provider ladder="engineering">
        <ladder-level-card level="L2"></ladder-level-card>
      </ladder-provider>`);
      const el = wrapper.querySelector('ladder-level-card')!;
      await el.updateComplete;
      wrapper.ladder = branchingLadder();
      await until(
        () => text(shadow(el).querySelector('[part="title"]')) === 'Engineer L2' && !!shadow(el).querySelector('[id="L2-b1"]'),
        'the new ladder',
      );
    });
  });

  describe('loading and errors', () => {
    it('shows a loading state while src is on its way', async () => {
      const fetches = installFetchDouble();
      try {
        const el = await card(html`<ladder-level-card src="/slow.json" level="L1"></ladder-level-card>`);
        expect(text($(el, '[part="status"]'))).to.equal('Loading ladder…');
        expect($(el, '[part="status"]').getAttribute('role')).to.equal('status');
        await expect(el).to.be.accessible();
        fetches.calls[0]!.respond(JSON.stringify(branchingLadder()));
        await settled(el);
        expect(text($(el, '[part="title"]'))).to.equal('Engineer L1');
      } finally {
        fetches.restore();
      }
    });

    const errorCases: [string, () => ReturnType<typeof html>, RegExp | string][] = [
      [
        'an HTTP error',
        () => html`<ladder-level-card src="/test/fixtures/missing.json" level="L1"></ladder-level-card>`,
        /^Could not load the ladder from http:\/\/localhost:\d+\/test\/fixtures\/missing\.json: the server answered HTTP 404 Not Found\.$/,
      ],
      [
        'invalid JSON',
        () => html`<ladder-level-card src="/test/fixtures/broken.json" level="L1"></ladder-level-card>`,
        /^The ladder at http:\/\/localhost:\d+\/test\/fixtures\/broken\.json is not valid JSON \(line 4, column 1\): unexpected "}"; expected a value after ","; trailing commas are not allowed$/,
      ],
      [
        'an unknown bundled ladder',
        () => html`<ladder-level-card ladder="nope" level="L1"></ladder-level-card>`,
        'There is no ladder "nope". Available ladders: engineering.',
      ],
      [
        'an unknown level',
        () => html`<ladder-level-card level="L9"></ladder-level-card>`,
        'There is no level "L9" in this ladder. Known levels: L1, L2, L3, L4, L5.',
      ],
      [
        'no level',
        () => html`<ladder-level-card></ladder-level-card>`,
        'No level chosen: set the level attribute, for example level="L3".',
      ],
    ];
    for (const [name, template, message] of errorCases) {
      it(`says what went wrong for ${name}`, async () => {
        const el = await card(template());
        await settled(el);
        const alert = $(el, '[part="error"]');
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(text(alert.querySelector('strong'))).to.equal('This ladder cannot be shown');
        const p = text(alert.querySelector('p'));
        if (typeof message === 'string') expect(p).to.equal(message);
        else expect(p).to.match(message);
        await expect(el).to.be.accessible();
      });
    }

    it('offers "Try again" where another attempt can help: a failed request, not a file that is broken JSON', async () => {
      const missing = await card(html`<ladder-level-card src="/test/fixtures/missing.json" level="L1"></ladder-level-card>`);
      const broken = await card(html`<ladder-level-card src="/test/fixtures/broken.json" level="L1"></ladder-level-card>`);
      await settled(missing);
      await settled(broken);
      expect(shadow(missing).querySelector('[part="retry-button"]')).to.exist;
      expect(shadow(broken).querySelector('[part="retry-button"]')).to.equal(null);
    });

    it('lists validation errors with their JSON paths', async () => {
      const el = await card(html`<ladder-level-card src="/test/fixtures/invalid-ladder.json" level="L1"></ladder-level-card>`);
      await settled(el);
      const alert = $(el, '[part="error"]');
      expect(text(alert.querySelector('p'))).to.match(/^The ladder at .*invalid-ladder\.json is not valid: 2 problems found\.$/);
      expect([...alert.querySelectorAll('li')].map(text)).to.deep.equal([
        '$.levels[1].items.skills[0].text: must be a string, not a number',
        '$.levels[1].inherits: unknown level "L0"; known levels: L1, L2',
      ]);
      await expect(el).to.be.accessible();
    });

    it('validates a .ladder object too', async () => {
      const bad = branchingLadder() as unknown as Record<string, unknown>;
      bad.schemaVersion = 3;
      const el = await card(html`<ladder-level-card .ladder=${bad} level="L1"></ladder-level-card>`);
      expect(text($(el, '[part="error"] p'))).to.equal('The ladder given to the element is not valid: 1 problem found.');
      expect(text($(el, '[part="error"] li'))).to.equal(
        '$.schemaVersion: unsupported schemaVersion "3"; this version of ladder-elements reads schemaVersion 1',
      );
    });

    it('reports a network failure in plain words', async () => {
      const fetches = installFetchDouble();
      try {
        const el = await card(html`<ladder-level-card src="/offline.json" level="L1"></ladder-level-card>`);
        fetches.calls[0]!.fail(new TypeError('Failed to fetch'));
        await settled(el);
        expect(text($(el, '[part="error"] p'))).to.match(
          /the request failed \(offline, blocked by the server's CORS policy, or the server cannot be reached\)\.$/,
        );
      } finally {
        fetches.restore();
      }
    });
    it('tries again on "Try again" and when the browser comes back online', async () => {
      const fetches = installFetchDouble();
      try {
        const el = await card(html`<ladder-level-card src="/flaky.json" level="L1"></ladder-level-card>`);
        fetches.calls[0]!.fail(new TypeError('Failed to fetch'));
        await settled(el);
        $(el, '[part="retry-button"]').click();
        await el.updateComplete;
        expect(fetches.calls.length).to.equal(2);
        expect(text($(el, '[part="status"]'))).to.equal('Loading ladder…');
        fetches.calls[1]!.respond('not found', { status: 503 });
        await settled(el);
        expect(text($(el, '[part="error"] p'))).to.match(/HTTP 503/);
        window.dispatchEvent(new Event('online'));
        await el.updateComplete;
        expect(fetches.calls.length).to.equal(3);
        fetches.calls[2]!.respond(JSON.stringify(branchingLadder()));
        await settled(el);
        expect(text($(el, '[part="title"]'))).to.equal('Engineer L1');
      } finally {
        fetches.restore();
      }
    });

    it('offers no retry for a ladder that is invalid', async () => {
      const el = await card(html`<ladder-level-card src="/test/fixtures/invalid-ladder.json" level="L1"></ladder-level-card>`);
      await settled(el);
      expect(shadow(el).querySelector('[part="retry-button"]')).to.equal(null);
    });
  });

  describe('src races and sharing', () => {
    it('aborts the old request when src changes, and a late answer never wins', async () => {
      // The "server" ignores the abort (as behind a host's fetch wrapper that drops `signal`): the old
      // answer really arrives, and only the element's own guard (the task's latest run wins) drops it.
      const fetches = installFetchDouble({ onAbort: 'ignore' });
      try {
        const el = await card(html`<ladder-level-card src="/a.json" level="L1"></ladder-level-card>`);
        el.src = '/b.json';
        await el.updateComplete;
        expect(fetches.calls.map((c) => new URL(c.url).pathname)).to.deep.equal(['/a.json', '/b.json']);
        expect(fetches.calls[0]!.signal?.aborted).to.equal(true);
        const b = branchingLadder();
        b.levels[0]!.title = 'From B';
        fetches.calls[1]!.respond(JSON.stringify(b));
        await settled(el);
        const a = branchingLadder();
        a.levels[0]!.title = 'From A';
        // Once read, every step after the body (parse, validate, the task's handler) has run: the
        // stale ladder has reached the element, which must drop it.
        await fetches.calls[0]!.respond(JSON.stringify(a));
        await el.updateComplete;
        expect(text($(el, '[part="title"]'))).to.equal('From B');
      } finally {
        fetches.restore();
      }
    });

    it('shares one request and one parse among elements asking for the same src', async () => {
      const fetches = installFetchDouble();
      try {
        const wrapper = await fixture(html`<div>
          <ladder-level-card src="/shared.json" level="L1"></ladder-level-card>
          <ladder-level-card src="/shared.json" level="L2"></ladder-level-card>
          <ladder-level-card src="${location.origin}/shared.json" level="L3"></ladder-level-card>
        </div>`);
        expect(fetches.calls.length).to.equal(1);
        fetches.calls[0]!.respond(JSON.stringify(branchingLadder()));
        const cards = [...wrapper.querySelectorAll('ladder-level-card')];
        for (const c of cards) await settled(c);
        expect(cards.map((c) => text($(c, '[part="title"]')))).to.deep.equal(['Engineer L1', 'Engineer L2', 'Engineer L3']);
        // One parse: every element holds the very same ladder object.
        expect(new Set(cards.map((c) => c.resolvedLadder)).size).to.equal(1);
      } finally {
        fetches.restore();
      }
    });

    it('keeps a shared request alive while another element still waits for it', async () => {
      const fetches = installFetchDouble();
      try {
        const wrapper = await fixture(html`<div>
          <ladder-level-card src="/kept.json" level="L1"></ladder-level-card>
          <ladder-level-card src="/kept.json" level="L2"></ladder-level-card>
        </div>`);
        const [first, second] = [...wrapper.querySelectorAll('ladder-level-card')];
        first!.src = '/other.json';
        await first!.updateComplete;
        expect(fetches.calls[0]!.signal?.aborted).to.equal(false);
        fetches.calls[0]!.respond(JSON.stringify(branchingLadder()));
        await settled(second!);
        expect(text($(second!, '[part="title"]'))).to.equal('Engineer L2');
      } finally {
        fetches.restore();
      }
    });
  });

  describe('theming and strings', () => {
    it('switches colours with theme="dark" and keeps the host page font family', async () => {
      const wrapper =
        await fixture(html`<div style="font-family: Georgia, serif; line-height: 7; letter-spacing: 3px; text-transform: uppercase">
        <ladder-level-card level="L1" theme="light"></ladder-level-card>
        <ladder-level-card level="L1" theme="dark"></ladder-level-card>
      </div>`);
      const [light, dark] = [...wrapper.querySelectorAll('ladder-level-card')];
      await light!.updateComplete;
      await dark!.updateComplete;
      const lightCard = getComputedStyle($(light!, '[part="card"]'));
      const darkCard = getComputedStyle($(dark!, '[part="card"]'));
      expect(lightCard.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(darkCard.backgroundColor).to.equal('rgb(24, 28, 36)');
      expect(lightCard.fontFamily).to.equal('Georgia, serif');
      // The host page's other inherited styles do not leak in.
      expect(lightCard.letterSpacing).to.equal('normal');
      expect(lightCard.textTransform).to.equal('none');
      expect(Number.parseFloat(lightCard.lineHeight) / Number.parseFloat(lightCard.fontSize)).to.be.closeTo(1.5, 0.01);
      await expect(dark!).to.be.accessible();
    });

    it('reads --ladder-* custom properties', async () => {
      const wrapper = await fixture(html`<div style="--ladder-surface: rgb(1, 2, 3); --ladder-radius: 0">
        <ladder-level-card level="L1" theme="light"></ladder-level-card>
      </div>`);
      const el = wrapper.querySelector('ladder-level-card')!;
      await el.updateComplete;
      const style = getComputedStyle($(el, '[part="card"]'));
      expect(style.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(style.borderTopLeftRadius).to.equal('0px');
    });

    it('takes replacement strings for the page and per element', async () => {
      const el = await card(html`<ladder-level-card level="L3"></ladder-level-card>`);
      setLadderStrings({ buildsOn: 'Baut auf', cardInheritedToggle: (n: number) => `${n} geerbte Erwartungen zeigen` });
      await el.updateComplete;
      expect(text($(el, '[part="builds-on"]'))).to.equal('Baut auf Engineer L2');
      expect(text($(el, '[part="inherited-toggle"]'))).to.match(/^\d+ geerbte Erwartungen zeigen$/);
      el.strings = { buildsOn: 'Bygger på' };
      await el.updateComplete;
      expect(text($(el, '[part="builds-on"]'))).to.equal('Bygger på Engineer L2');
    });
  });

  it('is defined once even when its module is evaluated again', async () => {
    const { LadderLevelCardElement } = await import('../src/elements/level-card/level-card.element.js');
    const { define } = await import('../src/elements/shared/define.js');
    expect(() => define('ladder-level-card', class extends LadderLevelCardElement {})).to.not.throw();
    expect(customElements.get('ladder-level-card')).to.equal(LadderLevelCardElement);
    await elementUpdated(document.body);
  });
});
