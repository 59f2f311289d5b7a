/** Path of the system Chromium (CHROME_PATH or a standard location), or undefined. */
export function findChromium(): string | undefined;
/** Headless flags for this machine (no network, often root). */
export const CHROMIUM_ARGS: string[];
/** One line saying how to get a Chromium. */
export const MISSING_CHROMIUM: string;
