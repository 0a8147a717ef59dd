import type { ActionId, ActionResult, BookedVisitView, CitizenView, MeetingResult } from '../src/core/sidebar/protocol';
import type { MissedOutcome } from '../src/core/sidebar/vocabulary';
import type { Attendance } from '../src/core/meetings/attendance';
import { announceAbout, forgetOtherCitizens } from './announce';
import { setAllDisabled } from './disabled';
import { call } from './bridge';
import { fill, h, keepDatesWhole } from './dom';
import * as text from './text';
import { meetingSection } from './meeting-section';
import { historySection, planSection, problemBox, recordsSection, whoCard } from './citizen-sections';
import { bookFieldset, missedFieldset, moveFieldset, reminderBox } from './visit-forms';
import { actionRequest, moveRequest } from './pane-requests';
import { askOverwrite } from './overwrite-confirm';
import { captureInputs, KEPT_INPUTS, MOVE_INPUTS, restoreInputs, visitKey } from './kept-inputs';
import { captureVisitForm, closeVisitForm, restoreVisitForm, visitRecordSection, visitRequest } from './visit-record-form';

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
    forgetOtherCitizens(undefined);
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
    // A message about the citizen still shown must not stay under the next one's name (issue 22).
    forgetOtherCitizens(undefined);
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
    forgetOtherCitizens(view.key);
    const sameCitizen = this.view?.row === view.row && this.view.key === view.key;
    const sameVisit = sameCitizen && visitKey(this.view?.visit) === visitKey(view.visit);
    const kept = sameCitizen ? captureInputs(this.root, sameVisit ? [...KEPT_INPUTS, ...MOVE_INPUTS] : KEPT_INPUTS) : undefined;
    const keptVisit = sameCitizen ? captureVisitForm() : undefined;
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
      visitRecordSection(view, () => void this.registerVisit()),
      view.meeting ? meetingSection(view.meeting, { move: (name) => void this.moveMeeting(name), attend: (value) => void this.attend(value) }) : null,
      view.problem ? problemBox(view.problem) : view.plan ? planSection(view.plan) : null,
      recordsSection(view),
      view.history ? historySection(view.history) : null,
    );
    keepDatesWhole(this.root);
    if (kept) restoreInputs(kept);
    if (keptVisit) restoreVisitForm(view, keptVisit);
    this.onShown(view);
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
          : bookFieldset(view, buttonClass('booked'), () => this.record('booked')),
    );
  }

  /**
   * A citizen whose offer is a meeting books a visit only on request: the form is folded away, so the
   * meeting's buttons below are in view on a 720 px panel too. It stays open while the same citizen is shown.
   */
  private bookingOnRequest(view: CitizenView, buttonClass: string): HTMLElement {
    const details = h('details', { class: 'visit-more', id: 'book-visit-more' },
      h('summary', {}, text.BOOK_VISIT_ON_REQUEST),
      bookFieldset(view, buttonClass, () => this.record('booked')),
    ) as HTMLDetailsElement;
    details.open = this.bookingOpenFor === view.key;
    details.addEventListener('toggle', () => { this.bookingOpenFor = details.open ? view.key : undefined; });
    return details;
  }

  /** The move form under a booked visit, and the reminder that a letter told the old time. */
  private moveSection(view: CitizenView, visit: BookedVisitView): HTMLElement | null {
    const reminder = this.reminder && reminderBox(this.reminder.text);
    if (!view.status || NOT_MOVABLE.has(view.status.id)) return reminder || null;
    return h('div', {}, reminder, moveFieldset(view, visit, (next) => void this.move(next)), missedFieldset((o) => void this.missed(o)));
  }

  /**
   * «Ikke hjemme» / «Aflyst»: the server writes a Historik event (no Gennemført) and answers the next free
   * time, which goes into the move form's fields; «Flyt» confirms it (fhbMoveVisit checks it again).
   */
  private async missed(outcome: MissedOutcome): Promise<void> {
    if (this.busy || !this.view?.visit) return;
    const before = this.view;
    const button = `missed-${outcome}`;
    const sent = await this.sendThenFetch(before, text.SAVING, button, () => call('fhbVisitMissed', { row: before.row, key: before.key, outcome }));
    if (!sent) return;
    const { answer, fresh } = sent;
    if (this.view?.row === before.row && this.view.key === before.key) {
      this.show(fresh ?? this.view);
      const p = answer.proposal;
      if (p) {
        // Kept by re-renders while the booking is the same (kept-inputs.ts), so a poll does not undo it.
        for (const [id, value] of [['move-date', p.day], ['move-time', p.time], ['move-consultant', p.consultant]] as const) {
          const el = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
          if (el) el.value = value;
        }
      }
      document.getElementById(p ? 'move-submit' : button)?.focus();
    }
    announceAbout(before, answer.message, 'ok');
  }

  /** Moves the visit; a refusal (holiday, closed day, a colleague's visit, outside hours) changes nothing. */
  private async move(next: boolean): Promise<void> {
    if (this.busy || !this.view?.visit) return;
    const before = this.view;
    const req = moveRequest(before, next);
    if (typeof req === 'string') {
      announceAbout(before, req, 'error');
      return;
    }
    const button = next ? 'move-next' : 'move-submit';
    const sent = await this.sendThenFetch(before, text.MOVING, button, () => call('fhbMoveVisit', req));
    if (!sent) return;
    const { answer: moved, fresh } = sent;
    const stillShown = this.view?.row === before.row && this.view.key === before.key;
    if (!stillShown) {
      announceAbout(before, moved.message, 'ok');
      return;
    }
    this.reminder = moved.letterSent
      ? { row: before.row, key: before.key, text: text.letterSentReminder(before.visit!.when, fresh?.visit?.when ?? moved.shown) }
      : undefined;
    this.show(fresh ?? this.view!);
    announceAbout(before, moved.message, 'ok');
    document.getElementById(button)?.focus();
  }

  /**
   * Sends one write about the citizen shown: busy meanwhile, `working` said about them, a refusal too, and
   * focus back on `button` (disabling the focused button sent focus to the page, issue 15). Undefined when
   * the write was refused.
   */
  private async send<T>(before: CitizenView, working: string, button: string, request: () => Promise<T>): Promise<T | undefined> {
    this.setBusy(true);
    announceAbout(before, working);
    let answer: T;
    try {
      answer = await request();
    } catch (e) {
      this.setBusy(false);
      announceAbout(before, (e as Error).message, 'error');
      document.getElementById(button)?.focus();
      return undefined;
    }
    this.setBusy(false);
    return answer;
  }

  /**
   * `send`, then the citizen fetched again while still busy: the answer has what changed but not the whole
   * citizen, so the pane need not wait for the poll.
   */
  private sendThenFetch<T>(before: CitizenView, working: string, button: string, request: () => Promise<T>): Promise<{ answer: T; fresh?: CitizenView } | undefined> {
    return this.send(before, working, button, async () => {
      const answer = await request();
      let fresh: CitizenView | undefined;
      try {
        const got = await call('fhbSelectedCitizen', { row: before.row });
        if (got.kind === 'citizen' && got.citizen.key === before.key) fresh = got.citizen;
      } catch {
        // The poll shows the row soon enough; the write itself is done.
      }
      return { answer, fresh };
    });
  }

  /** Registrér besøget: one row in the visit sheet; the server checks it all again and writes under the lock. */
  private async registerVisit(): Promise<void> {
    if (this.busy || !this.view) return;
    const before = this.view;
    const req = visitRequest(before);
    if (typeof req === 'string') {
      announceAbout(before, req, 'error');
      return;
    }
    const result = await this.send(before, text.REGISTERING, 'vr-submit', () => call('fhbRegisterVisit', req));
    if (!result || result.kind === 'confirm') return;
    if (this.view?.row === before.row && this.view.key === before.key) {
      // The next contact starts from an empty, folded form.
      closeVisitForm();
      this.view = undefined;
      this.show(result.citizen);
    }
    announceAbout(before, result.message, 'ok');
    document.querySelector<HTMLElement>('#visit-record summary')?.focus();
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
    const result = await this.send(before, working, button, send);
    if (!result) return;
    if (this.view?.row === before.row && this.view.key === before.key) this.show(result.citizen);
    announceAbout(before, result.message, 'ok');
    (document.getElementById(button) ?? document.getElementById('meeting-heading'))?.focus();
  }

  private async record(action: ActionId, overwrite = false): Promise<void> {
    if (this.busy || !this.view) return;
    const asked = this.view;
    const req = actionRequest(asked, action, overwrite);
    if (typeof req === 'string') {
      announceAbout(asked, req, 'error');
      return;
    }
    const result = await this.send(asked, text.SAVING, `action-${action}`, () => call('fhbRecordAction', req));
    if (!result) return;
    if (result.kind === 'confirm') {
      announceAbout(asked, '');
      // Only while the citizen asked about is still the one shown.
      if (this.view?.key === asked.key) this.askOverwrite(result, action, asked);
      return;
    }
    // Another citizen selected meanwhile stays shown: the answer is about the one asked for, and says so.
    if (this.view?.key === asked.key) this.show(result.citizen);
    announceAbout(asked, result.message, 'ok');
    // A first booking turns the Besøg aftalt form into Flyt besøg: focus moves there, not to the body.
    (document.getElementById(`action-${action}`) ?? document.getElementById('move-submit'))?.focus();
  }

  /** Asks before replacing what someone wrote, naming the citizen asked about. */
  private askOverwrite(result: Extract<ActionResult, { kind: 'confirm' }>, action: ActionId, asked: CitizenView): void {
    const slot = document.getElementById('confirm-slot');
    if (!slot) return;
    askOverwrite(slot, {
      title: text.confirmTitle(action, asked.name, asked.row),
      message: result.message,
      overwrite: () => {
        if (this.view?.key === asked.key) void this.record(action, true);
      },
      cancelled: () => {
        announceAbout(asked, text.CANCELLED);
        document.getElementById(`action-${action}`)?.focus();
      },
    });
  }

  private closeConfirm(): void {
    const slot = document.getElementById('confirm-slot');
    if (slot) fill(slot);
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.root.setAttribute('aria-busy', String(busy));
    const buttons = Array.from(this.root.querySelectorAll<HTMLButtonElement>('.actions button, #visit-record button'));
    setAllDisabled(buttons, this.root.querySelector('.actions .button-grid'), 'actions-why', busy ? text.ACTIONS_WAIT : undefined);
  }
}
