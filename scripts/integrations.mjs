// `npm run build` (after tsc wrote dist/types/): what editors and frameworks read, all generated from
// custom-elements.json, plus the type declarations of the files esbuild and Vite bundle.
//   dist/types/react.d.ts, dist/types/vue.d.ts   React 19 JSX and Vue 3 template types (framework-types.mjs)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code "html.customData" / "css.customData"
//   dist/web-types.json                          JetBrains IDEs (package.json "web-types")
//   dist/ladder-elements.d.ts, dist/embed-host.d.ts, dist/embed.d.ts, dist/lib/{react,vue}.js
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { reactTypes, vueTypes } from './framework-types.mjs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const write = (path, text) => {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  writeFileSync(path, text);
};

write('dist/types/react.d.ts', reactTypes(manifest));
write('dist/types/vue.d.ts', vueTypes(manifest));
// `ladder-elements/react` and `/vue` are types; importing them at run time is harmless.
write('dist/lib/react.js', '// Types only: see dist/types/react.d.ts.\nexport {};\n');
write('dist/lib/vue.js', '// Types only: see dist/types/vue.d.ts.\nexport {};\n');

// The community generators change the manifest they are given: each gets its own copy.
generateVsCodeCustomElementData(structuredClone(manifest), {
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
  hideLogs: true,
});
generateJetBrainsWebTypes(structuredClone(manifest), { outdir: 'dist', webTypesFileName: 'web-types.json', hideLogs: true });

write(
  'dist/ladder-elements.d.ts',
  `// The drop-in file: one self-contained module that registers every element (<ladder-level-card>,
// <ladder-compare>, <ladder-checklist>, <ladder-provider>). It exports nothing; its types are the tags'.
import './types/define.js';
export {};
`,
);
write('dist/embed-host.d.ts', '// Sizes embed.html iframes on the page to their content. Exports nothing.\nexport {};\n');
write('dist/embed.d.ts', '// The script of embed.html (the iframe page). Exports nothing.\nexport {};\n');
