// What `npm pack` would publish: every exports/sideEffects/bin target present, nothing private.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const built = existsSync('dist/lib/index.js');

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
}

function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

describe('the npm package', { skip: !built && 'run `npm run build` first' }, () => {
  const files = built ? packedFiles() : [];
  const has = (path: string) => files.includes(path.replace(/^\.\//, ''));

  it('ships every exports, types, bin, sideEffects, customElements and web-types target', () => {
    const wanted = [
      ...targets(pkg.exports),
      pkg.main,
      pkg.types,
      ...Object.values(pkg.bin as Record<string, string>),
      ...pkg.sideEffects,
      pkg.customElements,
      pkg['web-types'],
    ];
    const missing = wanted.filter((t: string) => !t.includes('*') && !has(t));
    assert.deepEqual(missing, []);
    assert.ok(files.some((f) => f.startsWith('ladders/') && f.endsWith('engineering.json')));
    assert.ok(has('ladders/ladder.schema.json'));
  });

  it('has one exports entry per element define module, each with types first', () => {
    for (const tag of ['provider', 'level-card', 'compare', 'checklist', 'review']) {
      const entry = pkg.exports[`./${tag}.js`];
      assert.deepEqual(Object.keys(entry), ['types', 'default'], tag);
      assert.ok(pkg.sideEffects.includes(entry.default), `${tag} is listed in sideEffects`);
    }
  });

  it('lists exactly the define modules (and the drop-in files) as side effects, all of them shipped', () => {
    const sources = [
      './src/define.ts',
      ...['provider', 'level-card', 'compare', 'checklist', 'review'].map((n) => `./src/elements/${n}/${n}.ts`),
    ];
    assert.deepEqual(
      sources.map((f: string) => f.replace('./src/', './dist/lib/').replace(/\.ts$/, '.js')),
      pkg.sideEffects.filter((f: string) => f.startsWith('./dist/lib/')),
      'each source define module has its built twin',
    );
    assert.deepEqual(
      pkg.sideEffects.filter((f: string) => !has(f)),
      [],
      'sideEffects names only shipped files',
    );
    const defining = pkg.sideEffects.filter((f: string) => f.startsWith('./dist/lib/'));
    for (const file of defining) assert.match(readFileSync(file, 'utf8'), /\bdefine\(|import "\.\/elements\//, `${file} defines elements`);
    // No other library module calls customElements.define.
    const libFiles = files.filter((f) => f.startsWith('dist/lib/') && f.endsWith('.js'));
    for (const f of libFiles) {
      // The guarded define helper holds the one customElements.define call; importing it defines nothing.
      if (defining.includes(`./${f}`) || f === 'dist/lib/elements/shared/define.js') continue;
      assert.doesNotMatch(readFileSync(f, 'utf8'), /customElements\.define\(|\bdefine\("ladder-/, `${f} must not define elements`);
    }
  });

  it('keeps lit and marked external in the library build and bundles them in the drop-in file', () => {
    assert.match(readFileSync('dist/lib/elements/shared/ladder-element.js', 'utf8'), /from "lit"/);
    assert.doesNotMatch(readFileSync('dist/ladder-elements.js', 'utf8'), /from"lit"|from "lit"|from"marked"/);
  });

  it('ships types without source maps of unshipped files', () => {
    const declarations = files.filter((f) => f.endsWith('.d.ts'));
    assert.ok(declarations.length > 20);
    for (const f of declarations) assert.doesNotMatch(readFileSync(f, 'utf8'), /sourceMappingURL/, f);
  });

  it('ships LICENSE (MIT) and CHANGELOG.md', () => {
    assert.ok(has('LICENSE') && has('CHANGELOG.md'));
    assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
    assert.equal(pkg.license, 'MIT');
  });

  it('publishes no sources, tests, maps or configuration', () => {
    const stray = files.filter(
      (f) =>
        /^(src|test|stories|node_modules|\.ci|\.storybook)\//.test(f) || f.endsWith('.map') || (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    );
    assert.deepEqual(stray, []);
  });
});
