import { InputError } from '../../core/coerce/errors';
import { resolveProfile } from '../../core/profiles/registry';
import { periodWarning } from '../../core/profiles/law';
import { yearOf } from '../../core/day';
import { type ScheduleResult, scheduleVisits } from '../../core/schedule';
import { loadSettings, referenceDay, readGrid, requireColumns, sheetContext } from './access';
import { menuAction, underLock } from '../run-action';
import { requireCitizenSheet } from '../sidebar/citizen-rows';
import { describeScheduleError, isZodError } from './input-errors';
import { type PlanningInput, planningInput, settingsProblems } from '../../core/visits/plan-input';
import { PLANNING_COLUMNS, readCitizenRows } from '../../core/visits/rows';
import { proposalOf, summaryText } from '../../core/visits/summary';
import * as text from '../../core/visits/text';
import { placeWrites, writeVisits } from './write';
import { eventCitizen } from '../../core/history/citizen';
import { visitEvent } from '../../core/history/writer-events';
import { appendHistory } from '../history';

/**
 * Menu: Planlæg besøg. Proposes a fixed day and time for every citizen whose offer is a visit at a fixed
 * time and who has none, shows what it found, and on "Ja" writes Besøg and Konsulent for the new visits
 * only. Nothing is written without the team's yes; a filled cell is never replaced; a second run
 * proposes nothing for rows already booked.
 */
export function planVisits(): void {
  menuAction(text.MENU_TITLE, () => {
    const ui = SpreadsheetApp.getUi();
    const ctx = sheetContext();
    const settings = loadSettings(ctx.ss);
    const sheet = requireCitizenSheet(ctx.ss);
    const { values, columns } = readGrid(sheet);
    requireColumns(columns, PLANNING_COLUMNS);
    if (settings.consultants.length === 0) throw new InputError(text.noConsultants);
    const problems = settingsProblems(settings);
    if (problems.length) throw new InputError(text.badSettings(problems));
    const profile = resolveProfile(settings.profile);
    if (!profile.rules.some((r) => (r.kind === 'age' ? r.offer.booking === 'fixedTime' : r.contacts.some((c) => c.booking === 'fixedTime')))) {
      throw new InputError(text.wrongProfile(profile.name));
    }
    const { asOf, realToday } = referenceDay(settings, ctx);
    const rows = readCitizenRows(values, columns, { profile, asOf, toDay: ctx.zone.toDay });
    const planning = planningInput({ rows, settings, asOf, today: asOf, openDay: realToday });
    const proposal = proposalOf(run(planning), planning);
    if (asOf < realToday) proposal.warnings.unshift({ message: text.staleReference(asOf, realToday) });
    const period = periodWarning(profile, yearOf(asOf));
    if (period) proposal.warnings.unshift({ message: period });
    const summary = summaryText(proposal);
    if (proposal.bookings.length === 0) {
      ui.alert(text.MENU_TITLE, `${summary}\n\n${text.nothingNew}`, ui.ButtonSet.OK);
      return;
    }
    if (ui.alert(text.MENU_TITLE, `${summary}\n\n${text.askWrite}`, ui.ButtonSet.YES_NO) !== ui.Button.YES) {
      ctx.ss.toast(text.cancelled, text.MENU_TITLE);
      return;
    }
    const fingerprintOf = new Map(rows.map((r) => [r.row, r.fingerprint]));
    const wanted = proposal.bookings.map((b) => ({ row: b.row, fingerprint: fingerprintOf.get(b.row)!, day: b.day, minute: b.minute, consultant: b.consultant }));
    // Read again under the lock: the team may have sorted or typed while the dialog was open.
    const { placed, lost } = underLock(() => {
      const now = readGrid(sheet);
      requireColumns(now.columns, PLANNING_COLUMNS);
      const outcome = placeWrites(wanted, now.values, now.columns);
      writeVisits(sheet, now.columns, now.values, outcome.placed, ctx.zone);
      const planOf = new Map(rows.map((r) => [r.fingerprint, r.plan]));
      appendHistory(outcome.placed.map((w) => {
        const plan = planOf.get(w.fingerprint);
        return visitEvent(eventCitizen({ columns: now.columns, values: now.values[w.row - 1] }, plan?.year ?? yearOf(asOf), plan?.code), w, false);
      }), ctx.ss);
      return outcome;
    });
    const message = [text.written(placed.length), lost > 0 ? text.rowsChanged(lost) : ''].filter(Boolean).join(' ');
    if (lost > 0) ui.alert(text.MENU_TITLE, message, ui.ButtonSet.OK);
    else ctx.ss.toast(message, text.MENU_TITLE);
  });
}

/** The scheduler, with its ZodError turned into a Danish InputError that names the setting. */
export function run(planning: PlanningInput): ScheduleResult {
  try {
    return scheduleVisits(planning.input);
  } catch (e) {
    if (isZodError(e)) throw new InputError(describeScheduleError(e, planning.input, planning.rowOf));
    throw e;
  }
}
