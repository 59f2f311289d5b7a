/** Asks before work is thrown away: a modal <dialog> (focus kept in it by the browser, Escape cancels). */
import { byId } from './dom.js';

export function ask(question: string, confirmLabel: string): Promise<boolean> {
  const dialog = byId<HTMLDialogElement>('confirm');
  const yes = byId<HTMLButtonElement>('confirm-yes');
  const no = byId<HTMLButtonElement>('confirm-no');
  byId('confirm-text').textContent = question;
  yes.textContent = confirmLabel;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  return new Promise((resolve) => {
    const controller = new AbortController();
    const { signal } = controller;
    yes.addEventListener('click', () => dialog.close('yes'), { signal });
    no.addEventListener('click', () => dialog.close('no'), { signal });
    dialog.addEventListener(
      'close',
      () => {
        controller.abort();
        resolve(dialog.returnValue === 'yes');
        opener?.focus();
      },
      { signal },
    );
    dialog.returnValue = '';
    dialog.showModal();
    no.focus();
  });
}
