/** Command-line arguments of the `ladder` commands. */
import { UsageError } from './sources.js';

/** Splits `--flag value` / `--flag=value` (only `allowed` flags) from positional arguments. */
export function parseArgs(args: string[], allowed: string[], switches: string[] = []): { inputs: string[]; flags: Map<string, string> } {
  const inputs: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      inputs.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (switches.includes(name) && eq < 0) {
      flags.set(name, 'true');
      continue;
    }
    if (!allowed.includes(name)) throw new UsageError(`unknown option "${name}"`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value`);
    flags.set(name, value);
  }
  return { inputs, flags };
}
