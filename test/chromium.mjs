// Finds the system Chromium every browser test and benchmark uses. No tool here may download a
// browser of its own, so this is the one place that says where the browser comes from.
// `node test/chromium.mjs` prints the path, or one line saying how to get a browser and exits 1.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const MISSING_CHROMIUM =
  "No Chromium found: install Debian's package (sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary.";

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Flags for a headless Chromium on a machine with no network but the package registries, often as root. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = findChromium();
  if (!path) {
    console.error(
      process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ${MISSING_CHROMIUM}` : MISSING_CHROMIUM,
    );
    process.exit(1);
  }
  console.log(path);
}
