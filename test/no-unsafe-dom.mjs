// Lint rule the linter lacks: ladder text must never reach the DOM as HTML, and inline styles break
// under a strict Content-Security-Policy. Fails on any of these in src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN =
  /\b(unsafeHTML|unsafeSVG|unsafeStatic|styleMap|insertAdjacentHTML|DOMParser|createContextualFragment|document\.write)\b|\.(innerHTML|outerHTML)\s*=|\sstyle=\$\{/;

const files = readdirSync('src', { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.ts'));
let failures = 0;
for (const file of files) {
  readFileSync(join('src', file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (FORBIDDEN.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')) {
        console.error(`src/${file}:${i + 1}: forbidden DOM/HTML API (ladder text must not become HTML; no inline styles): ${line.trim()}`);
        failures++;
      }
    });
}
if (failures) process.exit(1);
console.log(`no-unsafe-dom: ${files.length} files clean`);
