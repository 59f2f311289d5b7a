/**
 * Out: the ladder JSON as a download (the very text `ladder build` writes), the equivalent command,
 * and embed snippets for the ladder once it is hosted: the drop-in's `<script>` + tag, and the
 * embed page's iframe URL, both pointing at where the author will put the JSON.
 */
import { byId } from './dom.js';
import type { View } from './preview.js';

const TAGS: Record<View, string> = { card: 'ladder-level-card', compare: 'ladder-compare', checklist: 'ladder-checklist' };

const escapeAttribute = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export interface EmbedChoice {
  view: View;
  level: string;
  ladderId: string;
}

export class Out {
  readonly #download = byId<HTMLButtonElement>('download');
  readonly #downloadNote = byId('download-note');
  readonly #command = byId('cli-command');
  readonly #jsonUrl = byId<HTMLInputElement>('json-url');
  readonly #baseUrl = byId<HTMLInputElement>('base-url');
  readonly #scriptSnippet = byId<HTMLTextAreaElement>('snippet-script');
  readonly #iframeSnippet = byId<HTMLTextAreaElement>('snippet-iframe');
  readonly #copyNote = byId('copy-note');
  #json: { text: string; file: string } | undefined;
  #choice: EmbedChoice | undefined;
  #jsonUrlTouched = false;

  constructor() {
    // The page is hosted next to ladder-elements.js and embed.html: that is their default address.
    this.#baseUrl.value = new URL('./', location.href).href;
    this.#download.addEventListener('click', () => this.#save());
    this.#jsonUrl.addEventListener('input', () => {
      this.#jsonUrlTouched = true;
      this.#renderSnippets();
    });
    this.#baseUrl.addEventListener('input', () => this.#renderSnippets());
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      button.addEventListener('click', () => this.#copy(byId<HTMLTextAreaElement>(button.dataset.copy ?? '')));
    }
  }

  /** The current build: its JSON text (undefined while the text has errors) and the command that writes it. */
  update(json: string | undefined, ladderId: string | undefined, command: string | undefined): void {
    this.#json = json !== undefined && ladderId ? { text: json, file: `${ladderId}.json` } : undefined;
    this.#download.disabled = !this.#json;
    this.#downloadNote.textContent = this.#json
      ? `${this.#json.file}, ${Math.ceil(new Blob([this.#json.text]).size / 1024)} KB: the same bytes as this command writes:`
      : 'Fix the errors listed under the editor to download the ladder.';
    this.#command.textContent = this.#json && command ? command : '';
    this.#command.hidden = !this.#json;
  }

  /** What the preview shows decides what the snippets embed. */
  choose(choice: EmbedChoice): void {
    this.#choice = choice;
    if (!this.#jsonUrlTouched) this.#jsonUrl.value = `https://your-host/ladders/${choice.ladderId}.json`;
    this.#renderSnippets();
  }

  #renderSnippets(): void {
    const choice = this.#choice;
    if (!choice) return;
    const base = this.#baseUrl.value.trim() || './';
    const join = (file: string) => (base.endsWith('/') ? `${base}${file}` : `${base}/${file}`);
    const src = this.#jsonUrl.value.trim();
    const levelAttr = choice.view === 'compare' ? '' : ` level="${escapeAttribute(choice.level)}"`;
    this.#scriptSnippet.value = `<script type="module" src="${escapeAttribute(join('ladder-elements.js'))}"></script>\n<${TAGS[choice.view]} src="${escapeAttribute(src)}"${levelAttr}></${TAGS[choice.view]}>`;
    const params = new URLSearchParams({ view: choice.view, src });
    if (choice.view !== 'compare' && choice.level) params.set('level', choice.level);
    this.#iframeSnippet.value = `${join('embed.html')}?${params}`;
  }

  #save(): void {
    if (!this.#json) return;
    const url = URL.createObjectURL(new Blob([this.#json.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = this.#json.file;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async #copy(area: HTMLTextAreaElement): Promise<void> {
    try {
      await navigator.clipboard.writeText(area.value);
      this.#copyNote.textContent = 'Copied.';
    } catch {
      area.focus();
      area.select();
      this.#copyNote.textContent = 'This browser did not let the page copy: the text is selected, press Ctrl+C (⌘C) to copy it.';
    }
  }
}
