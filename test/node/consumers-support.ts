// Helpers of test/node/consumers.test.ts: the packed package, type errors as data.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

/** Runs a command; resolves with its exit code and output whatever the code (type checkers exit 1 or 2 on errors). */
export async function output(file: string, args: string[], cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    if (typeof err.code !== 'number') throw e;
    return { code: err.code, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

/**
 * `npm pack` of the repository (as built), unpacked as `<fixture>/node_modules/ladder-elements`: the
 * fixture resolves the package as an app would, and the package's own dependencies (lit, marked…)
 * from the repository's node_modules further up, which `npm ci` installed.
 */
export async function packInto(root: string, fixture: string): Promise<{ tarball: string; tmp: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'ladder-consumers-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: root });
  const tarball = join(tmp, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
  const target = join(fixture, 'node_modules/ladder-elements');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  await run('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return { tarball, tmp };
}

/** `file:line:code` for each error marker in the fixture's sources: `// error TS2322`, a JSX comment or `<!-- error TS2322 -->`. */
export function expectedErrors(fixture: string, dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs)
    for (const name of readdirSync(join(fixture, dir))) {
      const lines = readFileSync(join(fixture, dir, name), 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const m of line.matchAll(/(?:\/\/|\/\*|<!--) error (TS\d+)/g)) found.push(`${dir}/${name}:${i + 1}:${m[1]}`);
      });
    }
  return found.sort();
}

/** `file:line:code` for each error tsc or vue-tsc printed (`file(line,col): error TSnnnn: …`). */
export function reportedErrors(out: string): string[] {
  return [...out.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+):/gm)].map((m) => `${m[1]}:${m[2]}:${m[3]}`).sort();
}

export const rel = (from: string, to: string) => relative(from, to).split(sep).join('/');
