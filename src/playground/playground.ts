/**
 * The ladder playground (dist/playground.html): write or paste a ladder, see it as the widgets, fix
 * what the compiler points at, download the JSON. Wires the parts: the workspace (files, options,
 * local storage), the editor, the compile worker, the problem list, the preview and the out panel.
 * Authoring code only: the drop-in file never imports it.
 */
import type { CompileMessage } from '../markdown/compile/types.js';
import type { Ladder } from '../model/types.js';
import { CompilerClient } from './compiler-client.js';
import { ask } from './confirm.js';
import { byId } from './dom.js';
import { LadderEditor } from './editor.js';
import { fromDrop, fromFileList, type Opened } from './files-in.js';
import { Out } from './out.js';
import { Preview } from './preview.js';
import { ProblemList } from './problems.js';
import { worthConverting } from './protocol.js';
import { SAMPLE, SAMPLE_PATH } from './sample.js';
import { baseNameOf, cliCommand, compileOptions, forget, load, save, single, type Workspace } from './workspace.js';

const BUILD_DELAY = 250;
const SAVE_DELAY = 300;

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
})();

const status = byId('status');
const storageNote = byId('storage-note');
const fileSelect = byId<HTMLSelectElement>('file-select');
const fileName = byId<HTMLInputElement>('file-name');
const ladderId = byId<HTMLInputElement>('ladder-id');
const cumulative = byId<HTMLInputElement>('cumulative');

const saved = load(storage);
let canSave = saved !== 'locked';
let ws: Workspace = typeof saved === 'object' ? saved : single(SAMPLE_PATH, SAMPLE);
if (saved === 'set-aside')
  status.textContent =
    "Saved work this version cannot read was set aside in this browser's storage, unchanged; here is the example instead.";
if (saved === 'locked')
  storageNote.textContent =
    "Saved work this version cannot read is in this browser's storage and could not be set aside, so this page will not save over it.";

const client = new CompilerClient(new URL('./playground-worker.js', import.meta.url));
const preview = new Preview();
const out = new Out();
let last: { errors: CompileMessage[]; warnings: CompileMessage[] } = { errors: [], warnings: [] };

// ---- saving -----------------------------------------------------------------------------------
let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveNow(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  if (!canSave) return;
  const ok = save(storage, ws);
  storageNote.textContent = ok
    ? ''
    : 'This browser does not let the page save (storage blocked or full): your text stays only while this tab is open. Download the JSON or copy the text to keep it.';
}
window.addEventListener('pagehide', () => saveTimer !== undefined && saveNow());

// ---- building ---------------------------------------------------------------------------------
let version = 0;
let editedAt = 0;
let buildTimer: ReturnType<typeof setTimeout> | undefined;
let inFlight = false;
let again = false;

function touched(): void {
  version++;
  editedAt = performance.now();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, SAVE_DELAY);
  clearTimeout(buildTimer);
  buildTimer = setTimeout(build, BUILD_DELAY);
}

async function build(): Promise<void> {
  if (inFlight) {
    again = true;
    return;
  }
  inFlight = true;
  const asked = version;
  try {
    const answer = await client.compile(
      ws.files.map((f) => ({ ...f })),
      compileOptions(ws),
    );
    // A newer text is waiting for its own build: this answer's lines may no longer be where they were.
    if (asked === version) {
      last = answer;
      problems.show(answer.errors, answer.warnings);
      editor.mark(answer.errors, answer.warnings);
      if (answer.json && answer.summary) {
        const ladder = JSON.parse(answer.json) as Ladder;
        await preview.update(ladder, answer.summary);
        out.update(answer.json, ladder.id, cliCommand(ws, `${ladder.id}.json`));
        chooseEmbed();
        // Keystroke → preview rendered, for `npm run bench:playground` (and a curious author's devtools).
        if (editedAt) performance.measure('playground:edit-to-preview', { start: editedAt, end: performance.now() });
      } else {
        preview.stale(answer.errors.length);
        out.update(undefined, undefined, undefined);
      }
    }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    problems.show([], [], message);
    preview.stale(1, message);
    out.update(undefined, undefined, undefined);
  } finally {
    inFlight = false;
    if (again) {
      again = false;
      void build();
    }
  }
}

function chooseEmbed(): void {
  const ladder = preview.ladder;
  if (ladder) out.choose({ view: preview.view, level: preview.level, ladderId: ladder.id });
}
preview.onchange = chooseEmbed;

// ---- files ------------------------------------------------------------------------------------
const active = () => ws.files[ws.active] ?? ws.files[0];

function renderFiles(): void {
  fileSelect.replaceChildren(...ws.files.map((f, i) => new Option(f.path, String(i), false, i === ws.active)));
  byId('file-picker').hidden = ws.files.length < 2;
  fileName.value = active()?.path ?? '';
  ladderId.value = ws.id;
  cumulative.checked = ws.cumulative;
}

function show(index: number): void {
  ws.active = index;
  editor.show(active()?.path ?? '');
  editor.mark(last.errors, last.warnings);
  renderFiles();
}

function replaceWorkspace(next: Workspace): void {
  ws = next;
  editor.load(ws.files, active()?.path ?? '');
  renderFiles();
  touched();
}

const untouched = () => ws.files.every((f) => f.text.trim() === '' || f.text === SAMPLE);

async function open(opened: Promise<Opened>): Promise<void> {
  let result: Opened;
  try {
    result = await opened;
  } catch (e) {
    status.textContent = `Could not read the files: ${e instanceof Error ? e.message : String(e)}`;
    return;
  }
  if (result.files.length === 0) {
    status.textContent = ['No ladder files were opened.', ...result.notes].join(' ');
    return;
  }
  const n = ws.files.length;
  if (
    !untouched() &&
    !(await ask(`Replace the text in the editor (${n === 1 ? 'one file' : `${n} files`}) with the files you opened?`, 'Replace'))
  )
    return;
  replaceWorkspace({ files: result.files, active: 0, name: result.name, id: '', cumulative: false });
  status.textContent = [`Opened ${result.files.map((f) => f.path).join(', ')}.`, ...result.notes].join(' ');
}

// ---- the editor -------------------------------------------------------------------------------
const editor = new LadderEditor(byId('editor'), {
  changed(text) {
    const file = active();
    if (file) file.text = text;
    touched();
  },
  richPaste(html, plain, replace) {
    if (!worthConverting(html)) return false;
    status.textContent = 'Converting the pasted text…';
    client.convert(html).then(
      (conversion) => {
        if (!conversion) {
          replace(plain);
          status.textContent = 'Pasted as plain text.';
          return;
        }
        const where = replace(conversion.text);
        const file = active();
        if (where === 'whole' && file && !file.path.toLowerCase().endsWith(conversion.extension)) {
          rename(file.path.replace(/\.[^./]*$/, '') + conversion.extension);
        }
        status.textContent = conversion.note;
      },
      (e: unknown) => {
        replace(plain);
        status.textContent = `${e instanceof Error ? e.message : String(e)} The plain text was pasted instead.`;
      },
    );
    return true;
  },
  dropped(data) {
    void open(fromDrop(data));
  },
});

function rename(to: string): void {
  const file = active();
  const path = to.trim();
  if (!file || !path || path === file.path || ws.files.some((f) => f.path === path)) {
    if (file && path !== file.path && ws.files.some((f) => f.path === path)) status.textContent = `There is already a file named ${path}.`;
    renderFiles();
    return;
  }
  if (ws.active === 0 && ws.name === baseNameOf(file.path)) ws.name = baseNameOf(path);
  editor.rename(file.path, path);
  file.path = path;
  renderFiles();
  touched();
}

const problems = new ProblemList((file, line) => {
  const index = ws.files.findIndex((f) => f.path === file);
  if (index >= 0 && index !== ws.active) show(index);
  editor.goToLine(line);
});

// ---- controls ---------------------------------------------------------------------------------
fileSelect.addEventListener('change', () => show(Number(fileSelect.value)));
fileName.addEventListener('change', () => rename(fileName.value));
ladderId.addEventListener('input', () => {
  ws.id = ladderId.value;
  touched();
});
cumulative.addEventListener('change', () => {
  ws.cumulative = cumulative.checked;
  touched();
});
for (const id of ['open-files', 'open-folder']) {
  const input = byId<HTMLInputElement>(id);
  input.addEventListener('change', () => {
    if (input.files?.length) void open(fromFileList(input.files)).finally(() => (input.value = ''));
  });
}
const pane = byId('editor-pane');
pane.addEventListener('dragover', (e) => {
  if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
});
pane.addEventListener('drop', (e) => {
  if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
  e.preventDefault();
  void open(fromDrop(e.dataTransfer));
});
byId('start-over').addEventListener('click', async () => {
  if (!(await ask('Start over? This removes the text in the editor, and the copy this browser keeps of it.', 'Start over'))) return;
  forget(storage);
  canSave = true;
  preview.clear();
  replaceWorkspace(single(SAMPLE_PATH, ''));
  status.textContent = 'Started over: paste, drop or type your ladder.';
  editor.view.focus();
});

editor.load(ws.files, active()?.path ?? '');
renderFiles();
void build();
