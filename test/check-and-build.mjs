// `npm test`'s first step: the type check and lint beside the build (`npm run build`), not before it.
// Each is mostly one busy core (tsc, Vite), so on the 2-core machine the two together take about the
// longer one's time (~17 s) instead of the sum (~24 s). Their outputs are printed whole, one after the
// other, once each is done; it exits 1 when either failed, naming which.
import { spawn } from 'node:child_process';

/** Runs `command` in a shell, its stdout and stderr kept together. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, {
      shell: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ command, code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ command, code: code ?? 1, output }));
  });
}

const results = await Promise.all([run('npm run typecheck && npm run lint'), run('npm run build')]);
for (const { output } of results) process.stdout.write(output);
const failed = results.filter((r) => r.code !== 0);
for (const { command, code } of failed) console.error(`\n✖ ${command} failed (exit ${code})`);
process.exit(failed.length ? 1 : 0);
