import type { CitizenView } from '../src/core/sidebar/protocol';
import type { RegisterVisitRequest, TermView, VisitFormView } from '../src/core/sidebar/visit-request';
import { call } from './bridge';
import { h } from './dom';
import * as text from './text';

/**
 * *Registrér besøget*: one held contact for the visit sheet Besøg, as codes, counts and dates (never a
 * note: the journal is elsewhere). Folded under its summary so the next steps stay in view; open while
 * the same citizen is shown. The chair-stand count is read against the norms as it is typed, by the
 * server (the reading it stores; the norms stay out of the sidebar's bundle); it checks everything again.
 */

/** The inputs a re-render keeps (value, and ticks for the checkboxes). */
export const VISIT_FORM_INPUTS = ['vr-form', 'vr-date', 'vr-minutes', 'vr-consultant', 'vr-stands', 'vr-sex', 'vr-follow'];

let openFor: string | undefined;

export function visitRecordSection(view: CitizenView, register: () => void): HTMLElement | null {
  const form = view.visitForm;
  if (!form) return null;
  const details = h('details', { class: 'visit-more', id: 'visit-record' }, h('summary', {}, text.REGISTER_HEADING)) as HTMLDetailsElement;
  // The fields exist only while the form is open: folded, the pane has no second Dato or Konsulent.
  const body = () => h('fieldset', { class: 'visit', attrs: { 'aria-describedby': 'vr-help' } },
      h('legend', { class: 'visually-hidden' }, text.REGISTER_HEADING),
      h('div', { class: 'field-row' },
        h('div', { class: 'field' },
          h('label', { attrs: { for: 'vr-date' } }, text.DATE),
          h('input', { id: 'vr-date', attrs: { type: 'date', value: view.today, max: view.today }, on: { input: () => showReading(view, form) } }),
        ),
        h('div', { class: 'field narrow' },
          h('label', { attrs: { for: 'vr-minutes' } }, text.MINUTES),
          h('input', { id: 'vr-minutes', attrs: { type: 'number', min: 1, max: 600, step: 1, inputmode: 'numeric' } }),
        ),
      ),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'vr-form' } }, text.FORM),
        h('select', { id: 'vr-form' }, ...form.forms.map((f, i) => h('option', { attrs: { value: f.id, selected: i === 0 } }, f.label))),
      ),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'vr-consultant' } }, text.CONSULTANT),
        h('input', { id: 'vr-consultant', attrs: { type: 'text', list: 'vr-consultant-list', autocomplete: 'off', maxlength: 100 } }),
        h('datalist', { id: 'vr-consultant-list' }, ...view.consultants.map((c) => h('option', { attrs: { value: c } }))),
      ),
      checkboxes('vr-theme', text.THEMES, form.themes),
      h('div', { class: 'field-row' },
        h('div', { class: 'field narrow' },
          h('label', { attrs: { for: 'vr-stands' } }, text.STANDS),
          h('input', { id: 'vr-stands', attrs: { type: 'number', min: 0, max: 60, step: 1, inputmode: 'numeric', 'aria-describedby': 'vr-reading' }, on: { input: () => showReading(view, form) } }),
        ),
        form.sex
          ? null
          : h('div', { class: 'field narrow' },
            h('label', { attrs: { for: 'vr-sex' } }, text.SEX),
            h('select', { id: 'vr-sex', on: { change: () => showReading(view, form) } },
              h('option', { attrs: { value: '' } }, text.CHOOSE),
              h('option', { attrs: { value: 'K' } }, text.WOMAN),
              h('option', { attrs: { value: 'M' } }, text.MAN),
            ),
          ),
      ),
      h('p', { class: 'help', id: 'vr-reading', attrs: { 'aria-live': 'polite' } }, text.STANDS_HELP),
      checkboxes('vr-referral', text.REFERRALS, form.referrals),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'vr-follow' } }, text.FOLLOW_UP),
        h('input', { id: 'vr-follow', attrs: { type: 'date', min: view.today } }),
      ),
      h('button', { id: 'vr-submit', class: 'primary', attrs: { type: 'button' }, on: { click: register } }, text.REGISTER),
      h('p', { class: 'help after', id: 'vr-help' }, text.REGISTER_HELP),
    );
  if (openFor === view.key) {
    details.append(body());
    details.open = true;
  }
  details.addEventListener('toggle', () => {
    openFor = details.open ? view.key : undefined;
    if (details.open && !details.querySelector('fieldset')) details.append(body());
  });
  return details;
}

function checkboxes(name: string, legend: string, terms: readonly TermView[]): HTMLElement | null {
  if (terms.length === 0) return null;
  return h('fieldset', { class: 'checks', id: `${name}s` },
    h('legend', {}, legend),
    ...terms.map((t) => h('div', { class: 'check' },
      h('input', { id: `${name}-${t.id}`, attrs: { type: 'checkbox', name, value: t.id } }),
      h('label', { attrs: { for: `${name}-${t.id}` } }, t.label),
    )),
  );
}

const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
const ticked = (name: string) => Array.from(document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)).map((i) => i.value);

let asked = 0;

/** The reading as the count is typed: under, within or over the norm, or the server's Danish reason why not. */
function showReading(view: CitizenView, form: VisitFormView): void {
  const out = document.getElementById('vr-reading');
  if (!out) return;
  const stands = value('vr-stands');
  const count = Number(stands);
  const sex = form.sex ?? value('vr-sex');
  const date = value('vr-date');
  const ask = ++asked;
  if (stands === '' || !date) {
    out.textContent = text.STANDS_HELP;
    return;
  }
  if (!Number.isInteger(count) || count < 0 || count > 60) {
    out.textContent = text.BAD_STANDS;
    return;
  }
  out.textContent = text.READING;
  call('fhbChairStandReading', { row: view.row, key: view.key, date, count, ...(sex === 'M' || sex === 'K' ? { sex } : {}) }).then(
    (answer) => { if (ask === asked) out.textContent = answer.text; },
    (e: Error) => { if (ask === asked) out.textContent = e.message; },
  );
}

/** The request from the form, or a Danish reason it cannot be sent yet. */
export function visitRequest(view: CitizenView): RegisterVisitRequest | string {
  const date = value('vr-date');
  if (!date) return text.MISSING_DATE;
  const number = (id: string) => (value(id) === '' ? undefined : Number(value(id)));
  const minutes = number('vr-minutes');
  const stands = number('vr-stands');
  if (minutes !== undefined && !Number.isInteger(minutes)) return text.BAD_MINUTES;
  if (stands !== undefined && !Number.isInteger(stands)) return text.BAD_STANDS;
  const sex = value('vr-sex');
  const follow = value('vr-follow');
  return {
    row: view.row, key: view.key, date, form: value('vr-form') as RegisterVisitRequest['form'],
    ...(minutes !== undefined ? { minutes } : {}),
    ...(value('vr-consultant') ? { consultant: value('vr-consultant') } : {}),
    themes: ticked('vr-theme'),
    referrals: ticked('vr-referral'),
    ...(stands !== undefined ? { chairStand: stands } : {}),
    ...(sex === 'M' || sex === 'K' ? { sex } : {}),
    ...(follow ? { followUp: follow } : {}),
  };
}

/** What a re-render keeps: the values, the ticks, and the reading shown. */
export function captureVisitForm(): { values: Record<string, string>; ticks: string[] } {
  const values: Record<string, string> = {};
  for (const id of VISIT_FORM_INPUTS) {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (el) values[id] = el.value;
  }
  const ticks = Array.from(document.querySelectorAll<HTMLInputElement>('#visit-record input[type="checkbox"]:checked')).map((i) => i.id);
  return { values, ticks };
}

export function restoreVisitForm(view: CitizenView, kept: { values: Record<string, string>; ticks: string[] }): void {
  for (const [id, v] of Object.entries(kept.values)) {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (el) el.value = v;
  }
  for (const id of kept.ticks) {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (el) el.checked = true;
  }
  if (view.visitForm) showReading(view, view.visitForm);
}

/** After a registration: the form empties and folds (the next contact starts afresh). */
export function closeVisitForm(): void {
  openFor = undefined;
}
