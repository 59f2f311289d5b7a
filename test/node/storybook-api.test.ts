// Storybook's API tables and controls, as its docs pages build them: Storybook's own extraction from
// custom-elements.json (@storybook/web-components), then .storybook/api-table.ts. Every element's
// table lists every attribute, writable property, method, event, slot, CSS part and CSS custom
// property, once, and each property has the control its type calls for. (test/node/storybook.test.ts
// opens every story and docs page in Chromium.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { InputType } from 'storybook/internal/types';
import { controlsAndMethods, forStorybook } from '../../.storybook/api-table.js';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
interface Named {
  name: string;
  kind?: string;
  readonly?: boolean;
  static?: boolean;
  fieldName?: string;
}
const declaration = (tag: string) =>
  (manifest.modules as { declarations?: (Named & Record<string, Named[] | undefined>)[] }[])
    .flatMap((m) => m.declarations ?? [])
    .find((d) => (d as unknown as { tagName?: string }).tagName === tag)!;

let extract: (tag: string) => Record<string, InputType>;

before(async () => {
  // Storybook's browser entry reads `window` when it loads.
  (globalThis as { window?: unknown }).window ??= globalThis;
  const { setCustomElementsManifest } = await import('@storybook/web-components');
  // The preview entry Storybook loads for web components (untyped): its docs parameters extract the argTypes.
  const entry = '@storybook/web-components/entry-preview-argtypes';
  const { parameters } = (await import(entry)) as { parameters: { docs: { extractArgTypes: (tag: string) => Record<string, InputType> } } };
  setCustomElementsManifest(forStorybook(manifest));
  const enhance = controlsAndMethods(manifest);
  extract = (tag) =>
    enhance({ argTypes: parameters.docs.extractArgTypes(tag), component: tag } as never) as unknown as Record<string, InputType>;
});

const control = (row: InputType | undefined) => (row?.control && typeof row.control === 'object' ? row.control.type : row?.control);

describe('Storybook API tables', () => {
  for (const tag of ['ladder-level-card', 'ladder-compare', 'ladder-checklist', 'ladder-provider']) {
    it(`${tag}: every attribute, writable property, method, event, slot, part and custom property has its row`, () => {
      const d = declaration(tag);
      const rows = extract(tag);
      const members = (d.members ?? []) as Named[];
      const expected = [
        ...((d.attributes ?? []) as Named[]).map((a) => a.name),
        ...members.filter((m) => m.kind === 'field' && !m.static).map((m) => m.name),
        ...members.filter((m) => m.kind === 'method' && !m.name.endsWith('Callback')).map((m) => `${m.name}()`),
        ...(d.events ?? []).map((e) => e.name),
        ...(d.slots ?? []).map((s) => s.name || '(default)'),
        ...(d.cssParts ?? []).map((p) => `::part(${p.name})`),
        ...(d.cssProperties ?? []).map((p) => p.name),
      ];
      const missing = expected.filter((name) => !rows[name]);
      assert.deepEqual(missing, [], `rows missing from ${tag}'s table`);
      for (const m of members.filter((m) => m.kind === 'field' && !m.static && !m.readonly))
        assert.ok(control(rows[m.name]), `${tag}.${m.name} has no control`);
      for (const m of members.filter((m) => m.kind === 'field' && m.readonly && !m.static))
        assert.equal(rows[m.name]?.control, false, `${m.name} is read-only`);
    });
  }

  it('gives each property the control of its type', () => {
    const compare = extract('ladder-compare');
    assert.equal(rowCategory(compare.levels), 'attributes');
    assert.equal(control(compare.levels), 'text', 'levels takes "L3 L4"');
    assert.equal(control(compare.mode), 'inline-radio');
    assert.deepEqual(compare.mode?.options, ['delta', 'cumulative']);
    assert.equal(control(compare.filter), 'text');
    assert.equal(control(compare.syncUrl), 'boolean');
    assert.equal(compare['sync-url']?.control, false, 'the attribute row of a camelCase property has no control of its own');
    const card = extract('ladder-level-card');
    for (const name of ['src', 'levelHref', 'ladder', 'level']) assert.equal(control(card[name]), 'text', name);
    assert.equal(control(card.showInherited), 'boolean');
    assert.deepEqual(card.theme?.options, ['light', 'dark']);
    assert.equal(control(card.strings), 'object');
    const checklist = extract('ladder-checklist');
    assert.equal(control(checklist.noNa), 'boolean');
    assert.equal(control(checklist.scale), 'object');
    assert.equal(control(checklist.summary), false);
    assert.equal(rowCategory(checklist.summary), 'properties', 'the summary property is not hidden by the summary part');
    assert.equal(rowCategory(checklist['::part(summary)']), 'css shadow parts');
    const provider = extract('ladder-provider');
    assert.equal(control(provider.src), 'text');
    assert.equal(control(provider.ladder), 'text');
  });

  it('lists the public methods with their signatures', () => {
    const checklist = extract('ladder-checklist');
    assert.equal(rowCategory(checklist['toMarkdown()']), 'methods');
    assert.equal(checklist['toMarkdown()']?.table?.type?.summary, '() => string');
    assert.match(String(checklist['toMarkdown()']?.description), /Markdown/);
    assert.equal(extract('ladder-provider')['retry()']?.table?.type?.summary, '() => void');
    assert.equal(checklist['formResetCallback()'], undefined, 'platform callbacks are not the page’s to call');
  });
});

function rowCategory(row: InputType | undefined): string | undefined {
  return row?.table?.category;
}
