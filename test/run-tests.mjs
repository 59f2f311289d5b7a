// `npm test` after the build: the Node tests and the browser tests (wtr) at the same time. Both
// spend most of their time waiting on Chromium, so on a 2-core machine running them side by side
// takes little longer than the longer of the two. The browser suite's output is held and printed
// after the Node suite's, so the two never interleave. Fails when either fails.
import { spawn } from 'node:child_process';

function run(command, args, hold) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: process.env });
    const out = [];
    if (hold) {
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out: Buffer.concat(out) }));
  });
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const browser = run(npm, ['run', '--silent', 'test:browser'], true);
const node = await run(npm, ['run', '--silent', 'test:node'], false);
const { code, out } = await browser;
process.stdout.write(out);
if (node.code !== 0) console.error(`\nnpm run test:node failed (exit ${node.code})`);
if (code !== 0) console.error(`\nnpm run test:browser failed (exit ${code})`);
process.exitCode = node.code || code;
