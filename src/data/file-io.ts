/**
 * The browser's ways in and out for files and text: reading a picked file, offering a download,
 * writing to the clipboard. Each reports failure as a value, never as an exception.
 */
import { safeDocument } from '../platform/safe-document.js';

/** The text of a picked file, or undefined when the browser cannot read it (removed, unreadable, too large). */
export async function readFileText(file: Blob): Promise<string | undefined> {
  try {
    return await file.text();
  } catch {
    return undefined;
  }
}

/** Offers `text` as a download named `name`. */
export function downloadText(text: string, name: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = safeDocument.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Writes `text` to the clipboard; false where that is not allowed (an iframe without permission, no clipboard API). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
