import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

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

// `npm start`: the demo page (index.html). `npm run build`: dist/ladder-elements.js, one
// self-contained ES module (Lit, marked and the bundled ladders inside) that registers every element.
// Decorators are Lit's legacy ones (tsconfig experimentalDecorators), which Vite 8 transforms; it
// would leave standard decorators in place, which test/bundle.test.ts would catch in the browser.
export default defineConfig({
  server: { open: !process.env.CI },
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'ladder-elements.js',
    },
  },
  plugins: [minifyDropIn],
});
