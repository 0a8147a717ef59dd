import type { BookedVisitView, CitizenView } from '../src/core/sidebar/protocol';
import { MISSED_LABELS, MISSED_OUTCOMES, type MissedOutcome } from '../src/core/sidebar/vocabulary';
import { h } from './dom';
import * as text from './text';

/**
 * The citizen pane's two visit forms: the first booking (*Besøg aftalt*) and the move of a booked visit
 * (*Flyt besøg*). They build the inputs and buttons only; what a click does is the pane's.
 */

/** The first booking: written as typed after a calendar check (booking-check.ts in the core says why). */
export function bookFieldset(view: CitizenView, buttonClass: string, save: () => void): HTMLElement {
  const consultantOptions = h('datalist', { id: 'consultant-list' }, ...view.consultants.map((c) => h('option', { attrs: { value: c } })));
  return h('fieldset', { class: 'visit', attrs: { 'aria-describedby': 'visit-help' } },
    h('legend', {}, text.BOOKED),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'visit-date' } }, text.VISIT_DATE),
        h('input', { id: 'visit-date', attrs: { type: 'date', value: view.today, min: view.today } }),
      ),
      h('div', { class: 'field narrow' },
        h('label', { attrs: { for: 'visit-time' } }, text.VISIT_TIME),
        h('input', { id: 'visit-time', attrs: { type: 'time', value: '10:00', step: 300 } }),
      ),
    ),
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'visit-consultant' } }, text.CONSULTANT),
      h('input', { id: 'visit-consultant', attrs: { type: 'text', list: 'consultant-list', autocomplete: 'off', maxlength: 100 } }),
      consultantOptions,
    ),
    h('button', { id: 'action-booked', class: buttonClass, attrs: { type: 'button' }, on: { click: save } }, text.SAVE_VISIT),
    // After the button, so the button stays in view on a 720 px panel; the fieldset is described by it.
    h('p', { class: 'help after', id: 'visit-help' }, text.BOOKED_HELP),
  );
}

/**
 * A booked visit is moved only through the scheduler (fhbMoveVisit), never written straight into the
 * cells: the fields start at the current booking; *Næste ledige tid* (`move(true)`) lets the scheduler choose.
 */
export function moveFieldset(view: CitizenView, visit: BookedVisitView, move: (next: boolean) => void): HTMLElement {
  const names = visit.consultant && !view.consultants.includes(visit.consultant) ? [visit.consultant, ...view.consultants] : view.consultants;
  const submitOnEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    move(false);
  };
  return h('fieldset', { class: 'visit move', id: 'move-visit', attrs: { 'aria-describedby': 'move-help' } },
    h('legend', {}, text.MOVE_VISIT),
    h('div', { class: 'field-row' },
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'move-date' } }, text.VISIT_DATE),
        h('input', { id: 'move-date', attrs: { type: 'date', value: visit.day, required: true }, on: { keydown: submitOnEnter } }),
      ),
      h('div', { class: 'field narrow' },
        h('label', { attrs: { for: 'move-time' } }, text.VISIT_TIME),
        h('input', { id: 'move-time', attrs: { type: 'time', value: visit.time, step: 300, required: true }, on: { keydown: submitOnEnter } }),
      ),
    ),
    h('div', { class: 'field' },
      h('label', { attrs: { for: 'move-consultant' } }, text.CONSULTANT),
      h('select', { id: 'move-consultant', on: { keydown: submitOnEnter } },
        visit.consultant ? null : h('option', { attrs: { value: '', selected: true } }, text.CHOOSE_CONSULTANT),
        ...names.map((name) => h('option', { attrs: { value: name, selected: name === visit.consultant } }, name)),
      ),
    ),
    h('div', { class: 'button-grid' },
      h('button', { id: 'move-submit', class: 'secondary', attrs: { type: 'button' }, on: { click: () => move(false) } }, text.MOVE),
      h('button', { id: 'move-next', class: 'secondary', attrs: { type: 'button' }, on: { click: () => move(true) } }, text.NEXT_FREE),
    ),
    // After the buttons, as in the booking form: the fieldset is described by it.
    h('p', { class: 'help after', id: 'move-help' }, text.MOVE_HELP),
  );
}

/**
 * «Ikke hjemme» / «Aflyst» under the move form: the visit was no contact. What a click does is the pane's
 * (a Historik event, then the next free time proposed in the move form for the user to confirm).
 */
export function missedFieldset(missed: (outcome: MissedOutcome) => void): HTMLElement {
  // Folded, so the move form's buttons stay in view on a 720 px panel (issue 15); the buttons exist only
  // while it is open, as in Registrér besøget.
  const details = h('details', { class: 'visit-more missed', id: 'missed-visit' }, h('summary', {}, text.MISSED)) as HTMLDetailsElement;
  const body = () => [
    h('div', { class: 'button-grid', attrs: { role: 'group', 'aria-label': text.MISSED, 'aria-describedby': 'missed-help' } },
      ...MISSED_OUTCOMES.map((o) => h('button', { id: `missed-${o}`, class: 'secondary', attrs: { type: 'button' }, on: { click: () => missed(o) } }, MISSED_LABELS[o])),
    ),
    h('p', { class: 'help after', id: 'missed-help' }, text.MISSED_HELP),
  ];
  details.addEventListener('toggle', () => {
    if (details.open && details.children.length === 1) details.append(...body());
    if (!details.open) while (details.children.length > 1) details.lastElementChild!.remove();
  });
  return details;
}

/** The note that a letter already told the citizen the old time (stays while the same citizen is shown). */
export function reminderBox(reminderText: string): HTMLElement {
  return h('div', { class: 'notice warning', id: 'move-reminder', attrs: { role: 'note' } },
    h('strong', {}, text.LETTER_SENT_TITLE),
    h('p', {}, reminderText),
  );
}
