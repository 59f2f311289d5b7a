/**
 * The compiler's errors and warnings as a list of text under the editor: each one a button ("file:line
 * message") that opens the file at that line, so the list works with a keyboard and a screen reader,
 * not only the gutter marks. Errors first, each group in file and line order, as the compiler gives them.
 */
import type { CompileMessage } from '../markdown/compile/types.js';
import { byId, el, plural } from './dom.js';

export class ProblemList {
  readonly #list = byId<HTMLUListElement>('problem-list');
  readonly #count = byId('problem-count');

  constructor(private readonly jump: (file: string, line: number) => void) {}

  show(errors: CompileMessage[], warnings: CompileMessage[], failure?: string): void {
    const items: HTMLLIElement[] = [];
    if (failure) items.push(el('li', failure, { class: 'problem error' }));
    for (const [kind, messages] of [
      ['error', errors],
      ['warning', warnings],
    ] as const) {
      for (const m of messages) {
        const button = el('button', undefined, { type: 'button', class: 'problem-link' });
        button.append(
          el('span', kind === 'error' ? 'Error' : 'Warning', { class: 'kind' }),
          ` ${m.file}:${m.line} `,
          el('span', m.message, { class: 'message' }),
        );
        button.addEventListener('click', () => this.jump(m.file, m.line));
        const li = el('li', undefined, { class: `problem ${kind}` });
        li.append(button);
        items.push(li);
      }
    }
    this.#list.replaceChildren(...items);
    this.#count.textContent =
      errors.length || warnings.length || failure
        ? `${plural(errors.length + (failure ? 1 : 0), 'error')}, ${plural(warnings.length, 'warning')}`
        : 'None: every line went into the ladder.';
  }
}
