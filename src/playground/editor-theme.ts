/**
 * The editor's look: every colour is a page custom property (playground.css sets them for light and
 * dark), so one theme serves both schemes and inherits into the editor's shadow root. CodeMirror adds
 * these rules as adopted style sheets there, which a strict CSP allows (a <style> element it would not).
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorView } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

export const editorTheme = EditorView.theme({
  '&': { height: '100%', color: 'var(--pg-text)', backgroundColor: 'var(--pg-surface)', fontSize: '0.95em' },
  '&.cm-focused': { outline: '2px solid var(--pg-focus)', outlineOffset: '-2px' },
  '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', lineHeight: '1.5', overflow: 'auto' },
  '.cm-content': { caretColor: 'var(--pg-text)', padding: '0.5em 0' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--pg-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'var(--pg-selection)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--pg-active-line)' },
  '.cm-gutters': { backgroundColor: 'var(--pg-subtle)', color: 'var(--pg-muted)', borderRight: '1px solid var(--pg-border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--pg-active-line)', color: 'var(--pg-text)' },
  '.cm-placeholder': { color: 'var(--pg-muted)' },
  '.cm-panels': { backgroundColor: 'var(--pg-subtle)', color: 'var(--pg-text)' },
  '.cm-panels input, .cm-panels button': { font: 'inherit', color: 'inherit' },
  '.cm-textfield': { backgroundColor: 'var(--pg-surface)', border: '1px solid var(--pg-border)' },
  '.cm-button': { backgroundImage: 'none', backgroundColor: 'var(--pg-subtle)', border: '1px solid var(--pg-border)' },
  '.cm-searchMatch': { backgroundColor: 'var(--pg-match)' },
  '.cm-tooltip': { backgroundColor: 'var(--pg-surface)', color: 'var(--pg-text)', border: '1px solid var(--pg-border)' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--pg-error)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--pg-warning)' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: 'underline wavy var(--pg-error)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: 'underline wavy var(--pg-warning)' },
});

export const highlighting = syntaxHighlighting(
  HighlightStyle.define([
    { tag: t.heading, color: 'var(--pg-code-heading)', fontWeight: 'bold' },
    { tag: [t.emphasis], fontStyle: 'italic' },
    { tag: [t.strong], fontWeight: 'bold' },
    { tag: [t.link, t.url], color: 'var(--pg-code-link)', textDecoration: 'underline' },
    { tag: [t.quote], color: 'var(--pg-code-quote)' },
    { tag: [t.list, t.processingInstruction, t.meta, t.contentSeparator], color: 'var(--pg-code-mark)' },
    { tag: [t.monospace], color: 'var(--pg-code-literal)' },
  ]),
);
