import { type Day, firstDayOfYear, fromIso, lastDayOfYear, yearOf } from '../day';
import type { ScheduleInput } from '../schedule';
import type { Settings } from '../settings/schema';
import { statusOf } from '../status/status';
import { endedDay } from '../records/ended';
import type { CitizenRow } from './rows';
import * as text from './text';

/**
 * From the sheet's rows and the team's settings to the scheduler's input. Pure.
 *
 * The citizen id is `r<row>`: the sheet row when it was read. It carries no name or CPR. It survives a
 * re-sort because nothing is written by it blindly: before writing, the adapter reads the sheet again
 * under the lock and checks each row's fingerprint (name and birth date/CPR); a row that moved is found
 * again by its fingerprint, or skipped and reported. A hidden id column was the other choice; it costs a
 * column the team can copy, paste and sort into duplicates, for no safety the fingerprint lacks.
 */
export interface PlanningInput {
  readonly input: ScheduleInput;
  /** Scheduler id → sheet row. */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Ids that may get a new booking (fixed-time offer, nothing in Besøg or Konsulent). */
  readonly pending: ReadonlySet<string>;
  /** Fixed-time citizens keeping a visit already in Besøg (with or without a readable time). */
  readonly kept: number;
  /** Fixed-time citizens this adapter leaves out itself, and why (Danish). */
  readonly skipped: readonly { row: number; reason: string }[];
  /** Rows the rules cannot read. */
  readonly problems: readonly { row: number; message: string }[];
}

export interface PlanningContext {
  readonly rows: readonly CitizenRow[];
  readonly settings: Settings;
  /** The reference date (Indstillinger B2): its year is the planning year. */
  readonly asOf: Day;
  /** Today in the sheet's zone: the letter's lead time counts from it. */
  readonly today: Day;
  /** The day whose year undated marks belong to (records/year.ts); default `today`. */
  readonly openDay?: Day;
  /** Leave out citizens without a visit (moving one visit needs only the diary of visits made). */
  readonly bookedOnly?: boolean;
  /** The row whose visit is being moved: entered even when its visit is past or has no consultant yet. */
  readonly focusRow?: number;
}

export const idOf = (row: number) => `r${row}`;

export function planningInput(ctx: PlanningContext): PlanningInput {
  const { rows, settings, asOf, today } = ctx;
  const year = yearOf(asOf);
  const period = { from: firstDayOfYear(year), to: lastDayOfYear(year) };
  const citizens: ScheduleInput['citizens'] = [];
  const rowOf = new Map<string, number>();
  const pending = new Set<string>();
  const skipped: { row: number; reason: string }[] = [];
  const problems: { row: number; message: string }[] = [];
  let kept = 0;

  for (const row of rows) {
    const id = idOf(row.row);
    if (!row.plan) {
      problems.push({ row: row.row, message: text.planProblem(row.problem ?? '') });
      continue;
    }
    const offer = row.plan.offers.find((o) => o.booking === 'fixedTime');
    const slot = row.visit && row.visit.minute !== undefined ? { day: row.visit.day, minute: row.visit.minute, consultant: row.consultant } : undefined;
    if (!offer) {
      // Another offer's visit still takes the consultant's time: entered so no new visit lands on it.
      if (slot && ((slot.consultant !== '' && slot.day >= today) || row.row === ctx.focusRow)) {
        citizens.push({ id, postcode: row.postcode, windowFrom: Math.min(slot.day, period.from) as Day, windowTo: Math.max(slot.day, period.to) as Day, existing: slot });
        rowOf.set(id, row.row);
      }
      continue;
    }
    const status = statusOf(offer.code, offer.from, offer.to, asOf, row.records, { today: ctx.openDay ?? today, fixedTime: true, announcedColumn: true });
    if (status === 'done') continue;
    if (status === 'ended') {
      // Nothing from the day the citizen ended: no new visit, and a booked one no longer holds a place.
      skipped.push({ row: row.row, reason: text.ended(endedDay(row.records.ended), slot?.day) });
      continue;
    }
    const base = { id, postcode: row.postcode, windowFrom: offer.from, windowTo: offer.to };
    if (status === 'declined') {
      citizens.push({ ...base, declined: true, existing: slot });
      rowOf.set(id, row.row);
      continue;
    }
    const visitFilled = row.visit !== undefined || String(row.visitCell ?? '').trim() !== '';
    // A visit of another planning year is history (row.visit is this year's only): the cell is the team's to clear.
    if (visitFilled) {
      if (row.otherYearVisit) {
        skipped.push({ row: row.row, reason: text.oldVisit(row.otherYearVisit.day) });
      } else if (slot) {
        citizens.push({ ...base, existing: slot });
        rowOf.set(id, row.row);
        kept++;
      } else {
        kept++; // a date without a time, or a note: kept as typed, but it cannot hold a place in the diary
      }
      continue;
    }
    if (row.consultant !== '') {
      skipped.push({ row: row.row, reason: text.consultantWithoutVisit(row.consultant) });
      continue;
    }
    if (ctx.bookedOnly) continue;
    citizens.push(base);
    rowOf.set(id, row.row);
    pending.add(id);
  }

  return {
    input: {
      consultants: settings.consultants.map((c) => ({ ...c, daysOff: c.daysOff.map((d) => fromIso(d)).filter((d): d is Day => d !== undefined) })),
      period,
      // Set-up fills the customary closures; an empty list is far likelier "never set" than "we work on
      // Christmas Eve", so the scheduler's customary ones apply then.
      closures: settings.closures.length === 0 ? undefined : closuresOf(settings),
      letterLeadDays: settings.letterLeadWeeks * 7,
      today,
      citizens,
    },
    rowOf,
    pending,
    kept,
    skipped,
    problems,
  };
}

function closuresOf(settings: Settings): NonNullable<ScheduleInput['closures']> {
  const closures: NonNullable<ScheduleInput['closures']> = [];
  for (const c of settings.closures) {
    const day = fromIso(c.day);
    if (day !== undefined) closures.push({ day, fromMinute: c.fromMinute, reason: c.reason || 'Lukket' });
  }
  return closures;
}

/** Settings problems the scheduler's schema would report in English or not at all, in Danish first. */
export function settingsProblems(settings: Settings): string[] {
  const problems: string[] = [];
  for (const c of settings.consultants) {
    for (const d of c.daysOff) if (fromIso(d) === undefined) problems.push(`${text.consultantField(c.name)}: fridag «${d}» er ikke en dato, der findes`);
    if (c.startMinute >= c.endMinute) problems.push(`${text.consultantField(c.name)}: arbejdstiden skal begynde før den slutter`);
  }
  const seen = new Set<string>();
  for (const c of settings.consultants) {
    if (seen.has(c.name)) problems.push(`${text.consultantField(c.name)} står der flere gange`);
    seen.add(c.name);
  }
  for (const c of settings.closures) if (fromIso(c.day) === undefined) problems.push(`${text.closureField(c.day)} er ikke en dato, der findes`);
  return problems;
}
