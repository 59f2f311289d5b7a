/**
 * The code editor: CodeMirror 6 inside a shadow root (so its styles are adopted style sheets, which a
 * strict CSP allows), one editor state per source file (each keeps its own undo history), Markdown
 * highlighting, and the compiler's errors and warnings as lint diagnostics: gutter marks, underlines,
 * F8 to the next one. Tab is left to move focus (no keyboard trap); list markup continues on Enter.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { LanguageSupport } from '@codemirror/language';
import { type Diagnostic, lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  placeholder,
} from '@codemirror/view';
import type { CompileMessage } from '../markdown/compile/types.js';
import { editorTheme, highlighting } from './editor-theme.js';

export interface EditorHooks {
  /** The open file's text changed (by typing, pasting, undo). */
  changed(text: string): void;
  /** A paste carrying HTML; return true when handled. `replace` puts text where the paste was meant to go. */
  richPaste(html: string, plain: string, replace: (text: string) => 'whole' | 'part'): boolean;
  /** Files were dropped on the editor. */
  dropped(data: DataTransfer): void;
}

const MARKDOWN = /\.(?:md|markdown)$/i;

export class LadderEditor {
  readonly view: EditorView;
  readonly #states = new Map<string, EditorState>();
  readonly #language = new Compartment();
  readonly #label = new Compartment();
  readonly #extensions: Extension[];
  #path = '';

  constructor(host: HTMLElement, hooks: EditorHooks) {
    const root = host.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    parent.className = 'pg-editor';
    root.append(parent);
    this.view = new EditorView({ parent, root });
    this.#extensions = [
      lineNumbers(),
      highlightActiveLineGutter(),
      lintGutter(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      EditorView.lineWrapping,
      placeholder(
        'Paste your ladder here (from a wiki, a document or a spreadsheet), drop files, or type Markdown: "# Engineer L1", then "### Section" and "* items".',
      ),
      keymap.of([...markdownKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap]),
      editorTheme,
      highlighting,
      EditorView.updateListener.of((u) => {
        if (u.docChanged) hooks.changed(u.state.doc.toString());
      }),
      EditorView.domEventHandlers({
        paste: (event, view) => {
          const html = event.clipboardData?.getData('text/html') ?? '';
          if (!html) return false;
          const plain = event.clipboardData?.getData('text/plain') ?? '';
          const { from, to } = view.state.selection.main;
          const doc = view.state.doc;
          const replace = (text: string): 'whole' | 'part' => {
            // The paste's place, unless the text changed meanwhile: then the cursor's.
            const range = view.state.doc === doc ? { from, to } : view.state.selection.main;
            const whole = range.from === 0 && range.to === view.state.doc.length;
            view.dispatch({ changes: { ...range, insert: text }, selection: { anchor: range.from + text.length }, scrollIntoView: true });
            return whole ? 'whole' : 'part';
          };
          if (!hooks.richPaste(html, plain, replace)) return false;
          event.preventDefault();
          return true;
        },
        drop: (event) => {
          if (!event.dataTransfer?.types.includes('Files')) return false;
          event.preventDefault();
          hooks.dropped(event.dataTransfer);
          return true;
        },
      }),
    ];
  }

  #stateFor(path: string, text: string): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        ...this.#extensions,
        this.#language.of(MARKDOWN.test(path) || !/\.\w+$/.test(path) ? new LanguageSupport(markdownLanguage) : []),
        this.#label.of(EditorView.contentAttributes.of({ 'aria-label': `Ladder source: ${path}` })),
      ],
    });
  }

  /** Replaces every file's editor state (opening files, starting over); shows `active`. */
  load(files: { path: string; text: string }[], active: string): void {
    this.#states.clear();
    for (const f of files) this.#states.set(f.path, this.#stateFor(f.path, f.text));
    this.#path = '';
    this.show(active);
  }

  /** Shows a file (keeping the one it leaves, with its history). */
  show(path: string): void {
    if (this.#path) this.#states.set(this.#path, this.view.state);
    const state = this.#states.get(path);
    if (!state) return;
    this.#path = path;
    this.view.setState(state);
  }

  /** A file was renamed: same text and history, the reader (highlighting) of its new extension. */
  rename(from: string, to: string): void {
    const state = from === this.#path ? this.view.state : this.#states.get(from);
    if (!state) return;
    this.#states.delete(from);
    const effects = [
      this.#language.reconfigure(MARKDOWN.test(to) || !/\.\w+$/.test(to) ? new LanguageSupport(markdownLanguage) : []),
      this.#label.reconfigure(EditorView.contentAttributes.of({ 'aria-label': `Ladder source: ${to}` })),
    ];
    if (from === this.#path) {
      this.view.dispatch({ effects });
      this.#path = to;
    } else this.#states.set(to, state.update({ effects }).state);
  }

  /** Marks the compiler's messages for the open file (messages for other files wait until it is shown). */
  mark(errors: CompileMessage[], warnings: CompileMessage[]): void {
    const doc = this.view.state.doc;
    const at = (m: CompileMessage, severity: 'error' | 'warning'): Diagnostic => {
      const line = doc.line(Math.min(Math.max(1, m.line), doc.lines));
      return { from: line.from, to: line.to, severity, message: m.message, source: `${m.file}:${m.line}` };
    };
    const mine = (m: CompileMessage) => m.file === this.#path;
    const diagnostics = [...errors.filter(mine).map((m) => at(m, 'error')), ...warnings.filter(mine).map((m) => at(m, 'warning'))];
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Moves the cursor to a line of the open file, scrolls it to the middle and focuses the editor. */
  goToLine(line: number): void {
    const doc = this.view.state.doc;
    const pos = doc.line(Math.min(Math.max(1, line), doc.lines)).from;
    this.view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    this.view.focus();
  }

  get path(): string {
    return this.#path;
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Every file's current text, open one included. */
  texts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [path, state] of this.#states) out.set(path, (path === this.#path ? this.view.state : state).doc.toString());
    return out;
  }
}
