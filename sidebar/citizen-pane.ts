import type {
  HistoryView,
  ActionId, ActionRequest, ActionResult, BookedVisitView, CitizenView, MeetingResult, MovedVisit, MoveRequest, OfferView, PlanView,
} from '../src/core/sidebar/protocol';
import { announce } from './announce';
import { call } from './bridge';
import { Child, fill, h, keepDatesWhole } from './dom';
import { danishDate, minutesOfClock } from './format';
import * as text from './text';
import { meetingSection } from './meeting-section';
import type { Attendance } from '../src/core/meetings/attendance';

/** The ids of the inputs a re-render keeps (value and focus), so a poll never eats what someone typed. */
const KEPT_INPUTS = ['action-date', 'visit-date', 'visit-time', 'visit-consultant', 'meeting-choice'];
/** The move form's inputs: kept only while the booking is the same (after a move they show the new one). */
const MOVE_INPUTS = ['move-date', 'move-time', 'move-consultant'];

/** Statuses whose visit the scheduler will not move (it is history, or the citizen said no). */
const NOT_MOVABLE = new Set(['done', 'declined']);

/** A reminder that stays in the pane (the live region fades) while the same citizen is shown. */
interface Reminder {
  row: number;
  key: string;
  text: string;
}

/** The step the team usually takes next, by status: that button is the blue one. */
const NEXT_STEP: Partial<Record<string, ActionId>> = {
  due: 'invited', overdue: 'invited', upcoming: 'invited', invited: 'booked', booked: 'done', unannounced: 'done',
};

const DATED_ACTIONS: { id: Exclude<ActionId, 'booked'>; label: string }[] = [
  { id: 'invited', label: text.INVITED },
  { id: 'done', label: text.DONE },
  { id: 'declined', label: text.DECLINED },
  { id: 'notReached', label: text.NOT_REACHED },
];

/**
 * The citizen pane: who is on the selected row, the offer(s) and why, the window and status, what is
 * recorded, and the buttons for the team's next step.
 */
export class CitizenPane {
  private view: CitizenView | undefined;
  private busy = false;
  private reminder: Reminder | undefined;
  /** The citizen whose folded booking form the consultant opened (bookingOnRequest). */
  private bookingOpenFor: string | undefined;

  constructor(
    private readonly root: HTMLElement,
    /** Told about every view shown, so the poller knows which version is on screen. */
    private readonly onShown: (view: CitizenView) => void,
  ) {}

  get shownKey(): string | undefined {
    return this.view?.key;
  }

  showMessage(message: string): void {
    this.view = undefined;
    this.loaded();
    fill(this.root, h('p', { class: 'empty' }, message));
  }

  /**
   * Another row was selected and its citizen is on the way: at once the pane is greyed, says «Henter …»,
   * and takes no click, so nothing is recorded on the citizen still shown (issue 15). A refresh of the
   * same citizen (a colleague's edit) keeps the pane as it is.
   */
  loading(row: number): void {
    if (this.view?.row === row) return;
    this.reminder = undefined;
    // A question about the citizen still shown must not stay up over the next one (issue 15).
    this.closeConfirm();
    this.root.classList.add('loading');
    this.root.setAttribute('aria-busy', 'true');
    this.root.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select, textarea').forEach((el) => {
      el.disabled = true;
    });
    this.root.querySelectorAll('.loading-note').forEach((n) => n.remove());
    // inert: the stale citizen takes no click or focus, and assistive technology skips it.
    for (const child of Array.from(this.root.children)) child.setAttribute('inert', '');
    this.root.prepend(h('p', { class: 'loading-note', attrs: { role: 'status' } }, text.LOADING));
  }

  private loaded(): void {
    this.root.classList.remove('loading');
    this.root.setAttribute('aria-busy', 'false');
  }

  show(view: CitizenView): void {
    this.loaded();
    const sameCitizen = this.view?.row === view.row && this.view.key === view.key;
    const sameVisit = sameCitizen && visitKey(this.view?.visit) === visitKey(view.visit);
    const kept = sameCitizen ? this.captureInputs(sameVisit ? [...KEPT_INPUTS, ...MOVE_INPUTS] : KEPT_INPUTS) : undefined;
    if (this.reminder && (this.reminder.row !== view.row || this.reminder.key !== view.key)) this.reminder = undefined;
    this.view = view;
    // The actions, and the meeting's when the citizen has one, come right under who and the status, before
    // the offers, records and history: on a 720 px panel they are in view without scrolling, however long
    // the reasons and the history (issue 15).
    fill(
      this.root,
      whoCard(view),
      this.actionsSection(view),
      h('div', { id: 'confirm-slot' }),
      view.meeting ? meetingSection(view.meeting, { move: (name) => void this.moveMeeting(name), attend: (value) => void this.attend(value) }) : null,
      view.problem ? problemBox(view.problem) : view.plan ? planSection(view.plan) : null,
      recordsSection(view),
      view.history ? historySection(view.history) : null,
    );
    keepDatesWhole(this.root);
    if (kept) this.restoreInputs(kept);
    this.onShown(view);
  }

  private captureInputs(ids: readonly string[]): { values: Record<string, string>; focus: string | null } {
    const values: Record<string, string> = {};
    for (const id of ids) {
      const el = document.getElementById(id) as HTMLInputElement | null;
      if (el) values[id] = el.value;
    }
    const active = document.activeElement;
    return { values, focus: active && this.root.contains(active) && active.id ? active.id : null };
  }

  private restoreInputs(kept: { values: Record<string, string>; focus: string | null }): void {
    for (const [id, value] of Object.entries(kept.values)) {
      const el = document.getElementById(id) as HTMLInputElement | null;
      if (el) el.value = value;
    }
    if (kept.focus) document.getElementById(kept.focus)?.focus();
  }

  private actionsSection(view: CitizenView): HTMLElement {
    const next = view.status ? NEXT_STEP[view.status.id] : undefined;
    const buttonClass = (id: ActionId) => (id === next ? 'primary' : 'secondary');
    return h(
      'section',
      { class: 'section actions', attrs: { 'aria-labelledby': 'actions-heading' } },
      h('h3', { id: 'actions-heading' }, text.NEXT_STEPS),
      h('div', { class: 'field' },
        h('label', { attrs: { for: 'action-date' } }, text.DATE),
        h('input', { id: 'action-date', attrs: { type: 'date', value: view.today, max: view.today, 'aria-describedby': 'action-date-help' } }),
        h('p', { class: 'help', id: 'action-date-help' }, text.ACTION_DATE_HELP),
      ),
      h('div', { class: 'button-grid' },
        ...DATED_ACTIONS.map((a) =>
          h('button', { id: `action-${a.id}`, class: buttonClass(a.id), attrs: { type: 'button' }, on: { click: () => this.record(a.id) } }, a.label),
        ),
      ),
      view.visit
        ? this.moveSection(view, view.visit)
        : view.meeting
          ? this.bookingOnRequest(view, buttonClass('booked'))
          : this.bookFieldset(view, buttonClass('booked')),
    );
  }

  /**
   * A citizen whose offer is a meeting books a visit only on request: the form is folded away, so the
   * meeting's buttons below are in view on a 720 px panel too. It stays open while the same citizen is shown.
   */
  private bookingOnRequest(view: CitizenView, buttonClass: string): HTMLElement {
    const details = h('details', { class: 'visit-more', id: 'book-visit-more' },
      h('summary', {}, text.BOOK_VISIT_ON_REQUEST),
      this.bookFieldset(view, buttonClass),
    ) as HTMLDetailsElement;
    details.open = this.bookingOpenFor === view.key;
    details.addEventListener('toggle', () => { this.bookingOpenFor = details.open ? view.key : undefined; });
    return details;
  }

  /** The first booking: written as typed after a calendar check (booking-check.ts in the core says why). */
  private bookFieldset(view: CitizenView, buttonClass: string): HTMLElement {
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
      h('button', { id: 'action-booked', class: buttonClass, attrs: { type: 'button' }, on: { click: () => this.record('booked') } }, text.SAVE_VISIT),
      // After the button, so the button stays in view on a 720 px panel; the fieldset is described by it.
      h('p', { class: 'help after', id: 'visit-help' }, text.BOOKED_HELP),
    );
  }

  /**
   * A booked visit is moved only through the scheduler (fhbMoveVisit), never written straight into the
   * cells: the fields start at the current booking; *Næste ledige tid* lets the scheduler choose.
   */
  private moveSection(view: CitizenView, visit: BookedVisitView): HTMLElement | null {
    const reminder = this.reminder && reminderBox(this.reminder);
    if (!view.status || NOT_MOVABLE.has(view.status.id)) return reminder || null;
    const names = visit.consultant && !view.consultants.includes(visit.consultant) ? [visit.consultant, ...view.consultants] : view.consultants;
    const submitOnEnter = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      void this.move(false);
    };
    return h('div', {},
      reminder,
      h('fieldset', { class: 'visit move', id: 'move-visit', attrs: { 'aria-describedby': 'move-help' } },
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
          h('button', { id: 'move-submit', class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.move(false) } }, text.MOVE),
          h('button', { id: 'move-next', class: 'secondary', attrs: { type: 'button' }, on: { click: () => this.move(true) } }, text.NEXT_FREE),
        ),
        // After the buttons, as in the booking form: the fieldset is described by it.
        h('p', { class: 'help after', id: 'move-help' }, text.MOVE_HELP),
      ),
    );
  }

  private moveRequest(next: boolean): MoveRequest | string {
    const view = this.view!;
    if (next) return { row: view.row, key: view.key };
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';
    const day = value('move-date');
    const minute = minutesOfClock(value('move-time'));
    const consultant = value('move-consultant');
    if (!day) return text.MISSING_DATE;
    if (minute === undefined) return text.MISSING_TIME;
    if (!consultant) return text.MISSING_CONSULTANT;
    return { row: view.row, key: view.key, day, minute, consultant };
  }

  /** Moves the visit; a refusal (holiday, closed day, a colleague's visit, outside hours) changes nothing. */
  private async move(next: boolean): Promise<void> {
    if (this.busy || !this.view?.visit) return;
    const before = this.view;
    const req = this.moveRequest(next);
    if (typeof req === 'string') {
      announce(req, 'error');
      return;
    }
    const button = next ? 'move-next' : 'move-submit';
    this.setBusy(true);
    announce(text.MOVING);
    let moved: MovedVisit;
    try {
      moved = await call('fhbMoveVisit', req);
    } catch (e) {
      this.setBusy(false);
      announce((e as Error).message, 'error');
      document.getElementById(button)?.focus();
      return;
    }
    // The answer has the new time but not the whole citizen: fetch it now rather than wait for the poll.
    let fresh: CitizenView | undefined;
    try {
      const answer = await call('fhbSelectedCitizen', { row: before.row });
      if (answer.kind === 'citizen' && answer.citizen.key === before.key) fresh = answer.citizen;
    } catch {
      // The poll shows the row soon enough; the move itself is done.
    }
    this.setBusy(false);
    const stillShown = this.view?.row === before.row && this.view.key === before.key;
    if (!stillShown) {
      announce(moved.message, 'ok');
      return;
    }
    this.reminder = moved.letterSent
      ? { row: before.row, key: before.key, text: text.letterSentReminder(before.visit!.when, fresh?.visit?.when ?? moved.shown) }
      : undefined;
    this.show(fresh ?? this.view!);
    announce(moved.message, 'ok');
    document.getElementById(button)?.focus();
  }

  /** Moves the citizen to another meeting; the server counts the seats again under the lock. */
  private async moveMeeting(name: string): Promise<void> {
    if (this.busy || !this.view || !name) return;
    const view = this.view;
    await this.meetingCall(() => call('fhbMoveMeeting', { row: view.row, key: view.key, meeting: name }), text.MOVING_MEETING, 'meeting-move');
  }

  /** Records Deltog or Udeblev for the citizen's meeting. */
  private async attend(value: Attendance): Promise<void> {
    if (this.busy || !this.view) return;
    const view = this.view;
    await this.meetingCall(() => call('fhbRecordAttendance', { row: view.row, key: view.key, attendance: value }), text.SAVING, `attendance-${value}`);
  }

  private async meetingCall(send: () => Promise<MeetingResult>, working: string, button: string): Promise<void> {
    const before = this.view!;
    this.setBusy(true);
    announce(working);
    let result: MeetingResult;
    try {
      result = await send();
    } catch (e) {
      this.setBusy(false);
      announce((e as Error).message, 'error');
      document.getElementById(button)?.focus();
      return;
    }
    this.setBusy(false);
    if (this.view?.row === before.row && this.view.key === before.key) this.show(result.citizen);
    announce(result.message, 'ok');
    (document.getElementById(button) ?? document.getElementById('meeting-heading'))?.focus();
  }

  private request(action: ActionId, overwrite: boolean): ActionRequest | string {
    const view = this.view!;
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.value.trim() ?? '';
    if (action === 'booked') {
      const date = value('visit-date');
      const time = value('visit-time');
      if (!date) return text.MISSING_DATE;
      if (!time) return text.MISSING_TIME;
      return { row: view.row, key: view.key, action, date, time, consultant: value('visit-consultant') || undefined, overwrite };
    }
    const date = value('action-date');
    if (!date) return text.MISSING_DATE;
    return { row: view.row, key: view.key, action, date, overwrite };
  }

  private async record(action: ActionId, overwrite = false): Promise<void> {
    if (this.busy || !this.view) return;
    const asked = this.view;
    const req = this.request(action, overwrite);
    if (typeof req === 'string') {
      announce(req, 'error');
      return;
    }
    this.setBusy(true);
    announce(text.SAVING);
    let result: ActionResult;
    try {
      result = await call('fhbRecordAction', req);
    } catch (e) {
      this.setBusy(false);
      announce((e as Error).message, 'error');
      // Disabling the focused button sent focus to the page: back to the control used (issue 15).
      document.getElementById(`action-${action}`)?.focus();
      return;
    }
    this.setBusy(false);
    if (result.kind === 'confirm') {
      announce('');
      // Only while the citizen asked about is still the one shown.
      if (this.view?.key === asked.key) this.askOverwrite(result, action, asked);
      return;
    }
    this.show(result.citizen);
    announce(result.message, 'ok');
    // A first booking turns the Besøg aftalt form into Flyt besøg: focus moves there, not to the body.
    (document.getElementById(`action-${action}`) ?? document.getElementById('move-submit'))?.focus();
  }

  /** Asks inline (not window.confirm) before replacing what someone wrote; Annuller is the safe default. */
  private askOverwrite(result: Extract<ActionResult, { kind: 'confirm' }>, action: ActionId, asked: CitizenView): void {
    const slot = document.getElementById('confirm-slot');
    if (!slot) return;
    const close = () => fill(slot);
    const cancel = h('button', { id: 'confirm-cancel', class: 'secondary', attrs: { type: 'button' }, on: {
      click: () => {
        close();
        announce(text.CANCELLED);
        document.getElementById(`action-${action}`)?.focus();
      },
    } }, text.CANCEL);
    const box = h('div', {
      class: 'confirm', attrs: { role: 'alertdialog', 'aria-labelledby': 'confirm-title', 'aria-describedby': 'confirm-text' },
      on: { keydown: (e) => { if (e.key === 'Escape') cancel.click(); } },
    },
      h('h3', { id: 'confirm-title' }, text.confirmTitle(action, asked.name, asked.row)),
      h('p', { id: 'confirm-text' }, result.message),
      h('div', { class: 'button-row' },
        h('button', { id: 'confirm-overwrite', class: 'primary', attrs: { type: 'button' }, on: {
          click: () => {
            close();
            if (this.view?.key === asked.key) void this.record(action, true);
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

  private closeConfirm(): void {
    const slot = document.getElementById('confirm-slot');
    if (slot) fill(slot);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.root.setAttribute('aria-busy', String(busy));
    this.root.querySelectorAll<HTMLButtonElement>('.actions button').forEach((b) => { b.disabled = busy; });
  }
}

/** What identifies a booking: a re-render after a move must not bring back the old time in the fields. */
function visitKey(visit: BookedVisitView | undefined): string {
  return visit ? `${visit.day} ${visit.minute} ${visit.consultant}` : '';
}

function reminderBox(reminder: Reminder): HTMLElement {
  return h('div', { class: 'notice warning', id: 'move-reminder', attrs: { role: 'note' } },
    h('strong', {}, text.LETTER_SENT_TITLE),
    h('p', {}, reminder.text),
  );
}

function whoCard(view: CitizenView): HTMLElement {
  const meta = [text.rowLine(view.row), view.cprMasked ? text.cprLine(view.cprMasked) : ''].filter(Boolean).join(' · ');
  const born = view.birth !== undefined && view.age !== undefined ? text.bornLine(danishDate(view.birth), view.age) : '';
  const turns = view.turns !== undefined && view.plan ? text.turnsLine(view.turns, view.plan.year) : '';
  return h('div', { class: 'card who' },
    h('h2', { class: 'name', id: 'citizen-name' }, view.name),
    h('p', { class: 'meta' }, meta),
    born && h('p', { class: 'meta' }, [born, turns].filter(Boolean).join(' · ')),
    view.address && h('p', { class: 'meta' }, view.address),
    view.phone && h('p', { class: 'meta' }, text.phoneLine(view.phone)),
    view.visit && h('p', { class: 'visit-line', id: 'citizen-visit' }, text.visitLine(view.visit.when, view.visit.consultant)),
    view.status && statusChip(view),
  );
}

function statusChip(view: CitizenView): HTMLElement {
  const s = view.status!;
  const chip = h('span', { class: 'chip', id: 'citizen-status' }, s.label);
  chip.style.backgroundColor = s.background;
  chip.style.color = s.text;
  return h('div', { class: 'status-line' },
    h('span', { class: 'visually-hidden' }, `${text.STATUS}: `),
    chip,
    h('p', { class: 'help' }, s.help),
  );
}

function problemBox(problem: string): HTMLElement {
  return h('div', { class: 'notice error', attrs: { role: 'note' } }, h('strong', {}, text.PROBLEM), h('p', {}, problem));
}

function planSection(plan: PlanView): HTMLElement {
  const body: Child[] = [];
  if (plan.offers.length) {
    body.push(...plan.offers.map(offerCard));
  } else if (plan.exemption) {
    body.push(h('div', { class: 'offer' },
      h('h4', {}, text.EXEMPT),
      h('p', {}, plan.reason),
      definitions([[text.LEGAL_BASIS, plan.exemption.legalBasis]]),
    ));
  } else {
    body.push(h('div', { class: 'offer' }, h('h4', {}, text.NO_OFFER), h('p', {}, plan.reason)));
  }
  if (plan.warnings.length) {
    body.push(h('div', { class: 'notice warning', attrs: { role: 'note' } },
      h('strong', {}, text.WARNINGS),
      h('ul', {}, ...plan.warnings.map((w) => h('li', {}, w))),
    ));
  }
  return h('section', { class: 'section', id: 'offers', attrs: { 'aria-labelledby': 'offers-heading' } },
    h('h3', { id: 'offers-heading' }, text.offersHeading(plan.year)),
    h('p', { class: 'help' }, text.profileLine(plan.profileName)),
    ...body,
  );
}

function offerCard(offer: OfferView): HTMLElement {
  return h('article', { class: 'offer', attrs: { 'data-code': offer.code } },
    h('h4', {}, offer.label),
    h('p', { class: 'offer-title' }, offer.title),
    definitions([
      [text.FORM, offer.form],
      [text.CHANNEL, offer.channel],
      [text.WINDOW, text.window_(danishDate(offer.from), danishDate(offer.to))],
      [text.WHY, offer.reason],
      [text.LEGAL_BASIS, offer.legalBasis],
    ]),
    offer.note && h('p', { class: 'note' }, offer.note),
    offer.phoneFirst && h('p', { class: 'note' }, text.PHONE_FIRST),
  );
}

function recordsSection(view: CitizenView): HTMLElement {
  return h('section', { class: 'section', attrs: { 'aria-labelledby': 'records-heading' } },
    h('h3', { id: 'records-heading' }, text.RECORDS),
    definitions(view.records.map((r) => [r.header, r.present ? r.value || text.NOTHING_RECORDED : text.COLUMN_MISSING, `record-${r.key}`])),
  );
}

/** Earlier years from Historik: the last visit, the declines, the newest events (all text, never HTML). */
function historySection(history: HistoryView): HTMLElement {
  return h('section', { class: 'section', id: 'history', attrs: { 'aria-labelledby': 'history-heading' } },
    h('h3', { id: 'history-heading' }, text.HISTORY),
    definitions(history.summary),
    h('ul', { class: 'history-lines' }, ...history.lines.map((line) => h('li', {}, line))),
    history.more > 0 ? h('p', { class: 'note' }, history.moreText) : null,
  );
}

function definitions(rows: ([string, string] | [string, string, string])[]): HTMLElement {
  const list = h('dl', { class: 'definitions' });
  for (const [term, value, id] of rows) {
    if (!value) continue;
    list.appendChild(h('dt', {}, term));
    list.appendChild(h('dd', { id }, value));
  }
  return list;
}
