import { fill, h, keepDatesWhole } from './dom';
import * as text from './text';

export interface OverwriteQuestion {
  /** Names the citizen (*Notér Inge Eksempel som inviteret?*). */
  title: string;
  /** The server's words on what the cell holds now. */
  message: string;
  overwrite: () => void;
  cancelled: () => void;
}

/**
 * Asks inline (not window.confirm) before replacing what someone wrote; Annuller is the safe default and
 * has the focus. The question sits in `slot` and goes when the slot is emptied.
 */
export function askOverwrite(slot: HTMLElement, question: OverwriteQuestion): void {
  const close = () => fill(slot);
  const cancel = h('button', { id: 'confirm-cancel', class: 'secondary', attrs: { type: 'button' }, on: {
    click: () => {
      close();
      question.cancelled();
    },
  } }, text.CANCEL);
  const box = h('div', {
    class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
    on: { keydown: (e) => { if (e.key === 'Escape') cancel.click(); } },
  },
    h('h3', { id: 'confirm-title' }, question.title),
    h('p', { id: 'confirm-text' }, question.message),
    h('div', { class: 'button-row' },
      h('button', { id: 'confirm-overwrite', class: 'primary', attrs: { type: 'button' }, on: {
        click: () => {
          close();
          question.overwrite();
        },
      } }, text.OVERWRITE),
      cancel,
    ),
  );
  keepDatesWhole(box);
  fill(slot, box);
  box.scrollIntoView({ block: 'nearest' });
  cancel.focus();
}
