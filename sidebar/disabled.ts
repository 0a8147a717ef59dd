import { h } from './dom';

/**
 * Disables a control and says why right after it (and as its description for a screen reader), or enables
 * it and takes the reason away: a greyed-out control always says why next to it (issue 22). The control
 * must have an id and a parent.
 */
export function setDisabled(control: HTMLButtonElement, reason: string | undefined): void {
  control.disabled = reason !== undefined;
  const id = `${control.id}-why`;
  let note = control.parentElement?.querySelector<HTMLElement>(`#${id}`) ?? null;
  if (reason === undefined) {
    note?.remove();
    control.removeAttribute('aria-describedby');
    return;
  }
  if (!note) {
    note = h('p', { id, class: 'help why' });
    control.insertAdjacentElement('afterend', note);
  }
  note.textContent = reason;
  control.setAttribute('aria-describedby', id);
}

/** `setDisabled` for a group of controls with one reason, said once right after `anchor` (e.g. their grid). */
export function setAllDisabled(controls: readonly HTMLButtonElement[], anchor: Element | null, id: string, reason: string | undefined): void {
  document.getElementById(id)?.remove();
  const note = reason === undefined || !anchor ? undefined : h('p', { id, class: 'help why', attrs: { role: 'status' } }, reason);
  if (note) anchor!.insertAdjacentElement('afterend', note);
  for (const c of controls) {
    c.disabled = reason !== undefined;
    if (note) c.setAttribute('aria-describedby', id);
    else if (c.getAttribute('aria-describedby') === id) c.removeAttribute('aria-describedby');
  }
}
