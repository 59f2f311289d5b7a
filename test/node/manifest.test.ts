// custom-elements.json is generated (`npm run manifest`) but committed, because the package ships it
// and Storybook's API tables read it. This regenerates it in a temporary folder with the same command
// and configuration, fails when the committed file is stale, and checks the members a page relies on.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CEM = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');

interface Named {
  name: string;
  description?: string;
  inheritedFrom?: { name: string };
  type?: { text: string };
  privacy?: string;
  kind?: string;
}
interface Declaration extends Named {
  tagName?: string;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: (Named & { default?: string })[];
}
interface Manifest {
  schemaVersion: string;
  modules: {
    path: string;
    declarations?: Declaration[];
    exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
  }[];
}

const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name).sort();

describe('custom-elements.json', () => {
  let tmp: string;
  let committed: string;
  let generated: string;
  let manifest: Manifest;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ladder-cem-'));
    // The analyzer joins --outdir to its working directory, so it is given relative to the repository.
    await promisify(execFile)(process.execPath, [CEM, 'analyze', '--quiet', '--outdir', relative(ROOT, tmp)], { cwd: ROOT });
    generated = readFileSync(join(tmp, 'custom-elements.json'), 'utf8');
    committed = readFileSync(join(ROOT, 'custom-elements.json'), 'utf8');
    manifest = JSON.parse(committed) as Manifest;
  });

  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('is up to date with the sources (run `npm run manifest` and commit the result)', () => {
    assert.ok(committed === generated, 'custom-elements.json is stale: run `npm run manifest` and commit custom-elements.json');
  });

  const card = () => {
    const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === 'ladder-level-card');
    assert.ok(d, 'ladder-level-card is not in the manifest');
    return d;
  };

  it('lists every tag that src/define.ts registers', () => {
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    const defineModules = [...readFileSync(join(ROOT, 'src/define.ts'), 'utf8').matchAll(/^import '\.\/(.+)\.js';$/gm)].map((m) => m[1]);
    const defined = defineModules.flatMap((path) =>
      [...readFileSync(join(ROOT, 'src', `${path}.ts`), 'utf8').matchAll(/define\('([a-z-]+)'/g)].map((m) => m[1]),
    );
    assert.ok(
      defined.includes('ladder-level-card') && defined.includes('ladder-provider'),
      `src/define.ts registers ${defined.join(', ')}`,
    );
    for (const tag of defined) assert.ok(tags.includes(tag!), `${tag} is missing (has ${tags.join(', ')})`);
  });

  it("has ladder-level-card's attributes, its own and those inherited from LadderElement", () => {
    const attributes = card().attributes ?? [];
    for (const name of ['level', 'compact', 'show-inherited', 'level-href', 'ladder', 'src', 'theme']) {
      const attribute = attributes.find((a) => a.name === name);
      assert.ok(attribute, `attribute ${name} is missing (has ${names(attributes).join(', ')})`);
      assert.ok(attribute.description, `attribute ${name} has no description`);
    }
    for (const name of ['ladder', 'src', 'theme'])
      assert.equal(attributes.find((a) => a.name === name)?.inheritedFrom?.name, 'LadderElement');
  });

  it("has ladder-level-card's public properties", () => {
    const fields = (card().members ?? []).filter((m) => m.kind === 'field' && !m.privacy);
    for (const name of ['level', 'compact', 'showInherited', 'levelHref', 'ladder', 'src', 'theme', 'strings', 'resolvedLadder']) {
      assert.ok(
        fields.some((f) => f.name === name),
        `property ${name} is missing (has ${names(fields).join(', ')})`,
      );
    }
  });

  it("has ladder-level-card's event, with its event class", () => {
    const events = card().events ?? [];
    assert.deepEqual(names(events), ['ladder-level-select']);
    assert.equal(events[0]?.type?.text, 'LadderLevelSelectEvent');
    assert.ok(events[0]?.description);
  });

  it("has ladder-level-card's slots, CSS parts and CSS custom properties", () => {
    const d = card();
    assert.deepEqual(names(d.slots), ['footer', 'header-end']);
    for (const part of [
      'card',
      'header',
      'title',
      'summary',
      'builds-on',
      'section',
      'item',
      'copy-button',
      'inherited',
      'inherited-toggle',
      'counts',
      'status',
      'error',
    ]) {
      assert.ok(names(d.cssParts).includes(part), `part ${part} is missing`);
    }
    for (const prop of [
      '--ladder-accent',
      '--ladder-text',
      '--ladder-surface',
      '--ladder-border',
      '--ladder-radius',
      '--ladder-spacing',
      '--ladder-font-family',
      '--ladder-font-size',
    ]) {
      const p = d.cssProperties?.find((x) => x.name === prop);
      assert.ok(p, `CSS custom property ${prop} is missing`);
      assert.ok(p.default, `CSS custom property ${prop} has no default`);
    }
  });

  it('names the shipped modules (dist/lib/…js), each built from a source file', () => {
    const referenced = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, v] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof v === 'string') referenced.add(v);
          else collect(v);
        }
    };
    collect(manifest.modules);
    assert.ok(referenced.size > 10);
    for (const path of referenced) {
      assert.match(path, /^dist\/lib\/.+\.js$/, `${path} is not a shipped module path`);
      const source = path.replace(/^dist\/lib\/(.+)\.js$/, 'src/$1.ts');
      assert.ok(readFileSync(join(ROOT, source)), `${path}: its source ${source} is missing`);
    }
  });

  it('maps every tag to the module that defines it (custom-element-definition exports)', () => {
    const declared = new Map(
      manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, `${m.path}#${d.name}`])),
    );
    const definitions = manifest.modules.flatMap((m) =>
      (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m.path, ...e })),
    );
    assert.deepEqual(definitions.map((d) => d.name).sort(), [...declared.keys()].sort());
    for (const d of definitions) {
      assert.equal(`${d.declaration.module}#${d.declaration.name}`, declared.get(d.name), d.name);
      const tag = d.module.replace(/^dist\/lib\/elements\/([a-z-]+)\/\1\.js$/, 'ladder-$1');
      assert.equal(tag, d.name, `${d.name} is defined by ${d.module}`);
    }
  });

  it('publishes no private or protected member', () => {
    const members = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.members ?? []).map((x) => `${d.name}.${x.name}`));
    const hidden = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .flatMap((d) => (d.members ?? []).filter((x) => x.privacy || /^[#_]/.test(x.name)).map((x) => `${d.name}.${x.name}`));
    assert.deepEqual(hidden, []);
    for (const gone of ['LadderElement.loader', 'LadderElement.t', 'LadderLevelCardElement.hash', 'LadderChecklistElement.ratings'])
      assert.ok(!members.includes(gone), `${gone} is published`);
    assert.ok(members.includes('LadderChecklistElement.toMarkdown') && members.includes('LadderElement.retry'));
  });

  it('types normalising properties by what they accept', () => {
    const compare = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === 'ladder-compare');
    assert.equal(compare?.members?.find((m) => m.name === 'levels')?.type?.text, 'string | readonly string[] | undefined');
    assert.equal(card().members?.find((m) => m.name === 'compact')?.type?.text, 'boolean | string');
  });

  it('documents the fields of the event classes', () => {
    const select = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === 'LadderLevelSelectEvent');
    assert.ok(select, 'LadderLevelSelectEvent is missing');
    for (const name of ['eventName', 'levelId', 'fromLevelId'])
      assert.ok(names(select.members).includes(name), `LadderLevelSelectEvent.${name} is missing`);
  });
});
