import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { defineConfig, type Plugin, parseAst } from 'vite';
import { squeezeCss } from './scripts/squeeze-css.js';
import { squeezeHtmlTemplates } from './scripts/squeeze-html.js';
import { needsParser } from './src/markdown/lex.js';
import { markedLex } from './src/markdown/marked-lexer.js';
import { markdownTexts } from './src/model/texts.js';
import type { Ladder } from './src/model/types.js';
import { ELEMENT_SOURCES, pageFiles, reportPageWeights } from './test/bench/page-weight.js';

/**
 * Two builds (both run by `npm run build`):
 * - `vite build`: the drop-in — dist/ladder-elements.js (the autoloader, the one file a page adds) and
 *   dist/chunks/ (each element's code, the shared core, marked, the bundled ladder: loaded on demand,
 *   relative to ladder-elements.js), minified;
 * - `vite build --mode npm`: dist/lib/, the npm package's modules, one per source file, with lit,
 *   @lit/context, @lit/task and marked left as imports so an app's bundler shares them.
 * `npm start` serves index.html (the demo page).
 *
 * Decorators are Lit's legacy ones (tsconfig experimentalDecorators), which Vite 8 transforms; it
 * would leave standard decorators in place, which test/bundle.test.ts would catch in the browser.
 */

// The drop-in's own copy of Lit, made safe for any host page:
// - Lit reads optional hooks from the global object (`litHtmlPolyfillSupport`, `ShadyCSS`, its version
//   lists…). An element's id or name shows up there too (DOM clobbering): <img name="litHtmlPolyfillSupport">
//   would be called as a function and blank every element. Lit sees the global object through
//   src/platform/safe-global.ts, which hides what is not the global object's own, and the document
//   through src/platform/safe-document.ts (<img name="createElement"> shadows document.createElement).
// - Its Trusted Types policy comes from src/autoload/trusted-types.ts: "lit-html", or "ladder-elements"
//   where another Lit app holds that name; it is never put on the global object.
const SAFE_GLOBAL = fileURLToPath(new URL('./src/platform/safe-global.ts', import.meta.url));
const SAFE_DOCUMENT = fileURLToPath(new URL('./src/platform/safe-document.ts', import.meta.url));
const TRUSTED_TYPES = fileURLToPath(new URL('./src/autoload/trusted-types.ts', import.meta.url));
const LIT_MODULES = /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/][^\\/]+)[\\/].*\.js$/;
const LIT_POLICY = /(\w+)\.createPolicy\("lit-html",/;
const DOCUMENT_METHODS = 'createComment|createTreeWalker|createElement|createTextNode|createDocumentFragment|importNode';
const shieldLit: Plugin = {
  name: 'ladder-elements:shield-lit',
  transform(code, id) {
    if (!LIT_MODULES.test(id)) return;
    let out = code;
    if (/\bglobalThis\b/.test(out)) {
      out = `import { safeGlobal as __safeGlobal } from ${JSON.stringify(SAFE_GLOBAL)};\n${out.replace(/\bglobalThis\b/g, '__safeGlobal')}`;
    }
    // Lit's document calls (`d.createComment(…)`, `(scope ?? d).importNode(…)`; d is `document` or an
    // alias of it) go through safeDocument; `document` itself stays where Lit stores or passes it.
    const alias = /\b(\w+)=document[,;]/.exec(out)?.[1];
    const receivers = alias ? `(?:document|${alias})` : 'document';
    const calls = new RegExp(`(?<![\\w$.])${receivers}\\.(${DOCUMENT_METHODS})\\(|\\?\\?${receivers}\\)\\.(importNode)\\(`, 'g');
    if (calls.test(out)) {
      out = `import { safeDocument as __safeDocument } from ${JSON.stringify(SAFE_DOCUMENT)};\n${out.replace(calls, (_m, name, imported) =>
        imported ? `??__safeDocument).${imported}(` : `__safeDocument.${name}(`,
      )}`;
    }
    const left = new RegExp(`(?<![\\w$.])${receivers}\\.(?!currentNode)\\w+`).exec(out.replace(/^import .*\n/gm, ''));
    if (left) this.error(`${id}: Lit reads "${left[0]}" from the document: route it through safe-document.ts (update this plugin)`);
    if (/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) {
      if (!LIT_POLICY.test(out)) this.error('Lit\'s createPolicy("lit-html", …) call was not found: update this plugin');
      out = `import { createLitPolicy as __createLitPolicy } from ${JSON.stringify(TRUSTED_TYPES)};\n${out.replace(LIT_POLICY, '__createLitPolicy($1,')}`;
    }
    return out === code ? undefined : { code: out, map: null };
  },
};

// The bundled ladders carry marked's tokens for their texts with Markdown (`export const lexed`, read by
// src/data/known-ladders.ts), so a page showing them never loads marked. Made here from marked's own
// output, so trusted; ladders/*.json themselves stay exactly what `npm run ladders` writes.
const BUNDLED_LADDER = /[\\/]ladders[\\/][^\\/]+\.json$/;
const lexBundledLadders: Plugin = {
  name: 'ladder-elements:lex-bundled-ladders',
  enforce: 'post',
  transform(code, id) {
    if (!BUNDLED_LADDER.test(id) || id.endsWith('.schema.json')) return;
    const ladder = JSON.parse(readFileSync(id, 'utf8')) as Ladder;
    const lexed = Object.fromEntries([...markdownTexts(ladder)].filter(needsParser).map((text) => [text, markedLex(text)]));
    return { code: `${code}\nexport const lexed = ${JSON.stringify(lexed)};`, map: null };
  },
};

// Vite leaves whitespace in ES library builds (so that downstream bundlers keep their annotations);
// the drop-in goes straight to browsers, so it is minified in full.
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

// Lit's css`` literals squeezed (scripts/squeeze-css.ts), for the drop-in.
const squeezeStyles: Plugin = {
  name: 'ladder-elements:squeeze-css',
  transform(code, id) {
    if (id.endsWith('.styles.ts') && code.includes('css`')) return { code: squeezeCss(code), map: null };
  },
};

// Lit's html`` and svg`` templates: each run of indentation becomes one space (scripts/squeeze-html.ts
// says why no word can be joined; test/node/squeeze-html.test.ts checks it over every template).
// After TypeScript is compiled away, so the parser reads JavaScript.
const squeezeTemplates: Plugin = {
  name: 'ladder-elements:squeeze-html',
  // The drop-in only: the dev server serves the sources as written (and parses nothing more per request).
  apply: 'build',
  enforce: 'post',
  transform(code, id) {
    if (!/[\\/]src[\\/].*\.ts$/.test(id)) return;
    const out = squeezeHtmlTemplates(code, (text: string) => parseAst(text));
    return out === code ? undefined : { code: out, map: null };
  },
};

// `npm start` (Vite's dev server) serves a JSON file as a JavaScript module, so the browser refuses an
// import that says `with { type: 'json' }` (the sources keep it for the browser tests, which load the
// ladders as native JSON modules, and for Node). The dev server drops the attribute; the build bundles JSON.
const JSON_IMPORT_ATTRIBUTE =
  /(['"][^'"\n]+\.json['"])\s*(?:with\s*\{\s*type:\s*['"]json['"]\s*\}|,\s*\{\s*with:\s*\{\s*type:\s*['"]json['"]\s*\}\s*\})/g;
const serveJsonAsModules: Plugin = {
  name: 'ladder-elements:serve-json-as-modules',
  apply: 'serve',
  enforce: 'pre',
  transform(code, id) {
    if (!/\.[cm]?[jt]s$/.test(id) || !code.includes('.json')) return;
    const out = code.replace(JSON_IMPORT_ATTRIBUTE, '$1');
    return out === code ? undefined : { code: out, map: null };
  },
};

// dist/ is shared with the npm build and the embed files, so only the drop-in's own outputs are cleared.
const cleanDropIn: Plugin = {
  name: 'ladder-elements:clean-drop-in',
  // Not for the dev server (`npm start`), which runs buildStart too: it would delete a built drop-in.
  apply: 'build',
  buildStart() {
    rmSync('dist/chunks', { recursive: true, force: true });
  },
};

// What each kind of page loads, in gzip bytes, against its budget (checked in a browser by test/node/size.test.ts).
const reportSize: Plugin = {
  name: 'ladder-elements:report-size',
  writeBundle(options, bundle) {
    console.log(`\n${reportPageWeights(options.dir ?? 'dist', bundle)}`);
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

// The drop-in's shared core, one chunk: what the elements share (src/elements/shared/, the renderer)
// and everything that imports (Lit, the model, strings), but for the checklist's and the review's own
// chart and action styles. A page loads the autoloader, the core, its
// elements' chunks and what they ask for on demand (the bundled ladder, the loader and validator,
// marked…).
const CORE =
  /[\\/]src[\\/](elements[\\/]shared[\\/](?!chart|actions)|markdown[\\/](to-templates|to-text|render\.styles)\.ts$|data[\\/]file-io\.ts$)|[\\/]lit-html[\\/]directive\.js$|rolldown[\\/]runtime/;
// What a `src` (or a ladder object) needs, in one chunk: the validator and precompiled Markdown's reader.
// The JSON checks the validator and the checklist's ratings format share: their own small chunk.
const CHECKS = /[\\/]src[\\/]model[\\/](json-checks|ids)\.ts$/;
// V8's explicit compile hint: a file starting with this comment has all its functions compiled while
// it is loaded (streamed, off the main thread) instead of on each one's first call, on the main thread,
// in the middle of the first render. Given to what a first render runs, the files a page with every
// element and its own ladder loads (pageFiles: the core, the validator, each element's chunk and
// what it imports; not what a click loads: the confirmation, the history panel, marked…), those over
// HINT_MIN_BYTES (a small file has few functions to gain on, and the comment costs ~30 bytes gzip in
// each). A cold comparison's first render took ~8 ms less main-thread CPU (66 vs 74 ms), and a page
// from navigation to rendered ~7 ms less.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
const HINT_MIN_BYTES = 8000;
const compileHints: Plugin = {
  name: 'ladder-elements:compile-hints',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const fileName of pageFiles(bundle, Object.keys(ELEMENT_SOURCES), false)) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk' && chunk.code.length >= HINT_MIN_BYTES) chunk.code = COMPILE_HINT + chunk.code;
    }
  },
};

const LOAD = /[\\/]src[\\/](model[\\/](validate-ladder|validate-references|validate-precompiled)|markdown[\\/]precompiled)\.ts$/;

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
          lib: { entry: 'src/autoload/ladder-elements.ts', formats: ['es'], fileName: () => 'ladder-elements.js' },
          rolldownOptions: {
            output: {
              chunkFileNames: 'chunks/[name]-[hash].js',
              codeSplitting: {
                groups: [
                  { name: 'core', test: CORE, priority: 3 },
                  { name: 'checks', test: CHECKS, priority: 2 },
                  { name: 'load', test: LOAD, priority: 1 },
                ],
              },
            },
          },
        },
        plugins: [
          defineModulesHaveSideEffects,
          serveJsonAsModules,
          cleanDropIn,
          squeezeStyles,
          squeezeTemplates,
          shieldLit,
          lexBundledLadders,
          minifyDropIn,
          compileHints,
          reportSize,
        ],
      },
);
