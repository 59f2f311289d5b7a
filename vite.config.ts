import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two builds (both run by `npm run build`):
 * - `vite build`: dist/ladder-elements.js, the drop-in file — one self-contained, minified ES module
 *   (Lit, marked and the bundled ladders inside) that registers every element;
 * - `vite build --mode npm`: dist/lib/, the npm package's modules, one per source file, with lit,
 *   @lit/context and marked left as imports so an app's bundler shares them.
 * `npm start` serves index.html (the demo page).
 *
 * Decorators are Lit's legacy ones (tsconfig experimentalDecorators), which Vite 8 transforms; it
 * would leave standard decorators in place, which test/bundle.test.ts would catch in the browser.
 */

// Lit creates its Trusted Types policy "lit-html" when it loads. A second copy of the drop-in file on
// the same page would ask for it again, which a CSP without 'allow-duplicates' refuses with an
// exception. Every copy of this file shares the first copy's policy instead (it only passes strings
// through, so sharing is safe).
const POLICY = /(\w+)\.createPolicy\("lit-html",/;
const shareTrustedTypesPolicy: Plugin = {
  name: 'ladder-elements:share-trusted-types-policy',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (!POLICY.test(chunk.code)) this.error('Lit\'s createPolicy("lit-html", …) call was not found: update the policy-sharing plugin');
      chunk.code = chunk.code.replace(POLICY, 'globalThis.__ladderElementsLitPolicy??=$1.createPolicy("lit-html",');
    }
  },
};

// Vite leaves whitespace in ES library builds (so that downstream bundlers keep their annotations);
// the drop-in file goes straight to browsers, so it is minified in full.
const minifyDropIn: Plugin = {
  name: 'ladder-elements:minify-drop-in',
  enforce: 'post',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const out = await transform(chunk.code, { minify: true, format: 'esm', target: 'es2022', legalComments: 'none' });
      chunk.code = out.code;
    }
  },
};

// Lit's css`` literals keep their source whitespace and comments through minification; the
// drop-in file gets them squeezed (comments out, whitespace runs collapsed, none around { } ; , >).
// Literals with ${} interpolations are left as they are.
function squeezeCss(code: string): string {
  return code.replace(/\bcss`([^`$\\]*)`/g, (_m, body: string) => {
    const squeezed = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${squeezed}\``;
  });
}
const squeezeStyles: Plugin = {
  name: 'ladder-elements:squeeze-css',
  transform(code, id) {
    if (id.endsWith('.styles.ts') && code.includes('css`')) return { code: squeezeCss(code), map: null };
  },
};

// Everything a page loads to show the elements is this one file: print its gzip size against the
// budget (checked by test/node/size.test.ts) and the 30 KB target.
const { gzipBudgetBytes, gzipTargetBytes } = JSON.parse(readFileSync('package.json', 'utf8')).config;
const reportSize: Plugin = {
  name: 'ladder-elements:report-size',
  writeBundle(options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const gz = gzipSync(chunk.code, { level: 9 }).length;
      const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
      console.log(`\n${options.dir}/${chunk.fileName}: ${kb(gz)} gzip — budget ${kb(gzipBudgetBytes)}, target ${kb(gzipTargetBytes)}`);
    }
  },
};

// package.json's "sideEffects" lists the shipped define modules (dist/), and the bundler applies it to
// the sources too: the define modules' sources register tags, so their imports must be kept.
const defineModulesHaveSideEffects: Plugin = {
  name: 'ladder-elements:define-modules-have-side-effects',
  transform(code, id) {
    if (/\/src\/(define|elements\/([a-z-]+)\/\2)\.ts$/.test(id)) return { code, map: null, moduleSideEffects: true };
  },
};

// One entry per element's define module (src/elements/<name>/<name>.ts), plus the index and define-all.
const elementEntries = Object.fromEntries(
  readdirSync('src/elements', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`src/elements/${d.name}/${d.name}.ts`))
    .map((d) => [`elements/${d.name}/${d.name}`, `src/elements/${d.name}/${d.name}.ts`]),
);

export default defineConfig(({ mode }) =>
  mode === 'npm'
    ? {
        build: {
          target: 'es2022',
          outDir: 'dist/lib',
          emptyOutDir: true,
          minify: false,
          lib: {
            entry: { index: 'src/index.ts', 'model-entry': 'src/model-entry.ts', define: 'src/define.ts', ...elementEntries },
            formats: ['es'],
          },
          rolldownOptions: {
            external: [/^lit($|\/)/, /^@lit\//, /^marked$/, /^yaml$/, /^papaparse$/, /^parse5$/],
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
        plugins: [defineModulesHaveSideEffects],
      }
    : {
        server: { open: !process.env.CI },
        build: {
          target: 'es2022',
          emptyOutDir: false,
          lib: { entry: 'src/define.ts', formats: ['es'], fileName: () => 'ladder-elements.js' },
        },
        plugins: [defineModulesHaveSideEffects, squeezeStyles, shareTrustedTypesPolicy, minifyDropIn, reportSize],
      },
);
