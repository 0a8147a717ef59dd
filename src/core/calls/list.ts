import { type Day, toIso } from '../day';
import type { Plan, PlannedOffer } from '../rules/types';
import { type TeamRecords, statusOf } from '../status/status';
import type { CallAttempt } from './attempts';
import { attemptsFor, letterDueForOffer } from './letter';
import { isFollowUp } from '../follow-up/offer';

/** One citizen's row, as the call list needs it: already read and evaluated by the adapter. */
export interface CallRow {
  readonly row: number;
  readonly name: string;
  readonly phone: string;
  readonly plan: Plan;
  readonly records: TeamRecords;
  readonly attempts: readonly CallAttempt[];
}

/** A citizen to ring: the phone offer, its window, the attempts so far and what is due. */
export interface CallEntry {
  readonly row: number;
  readonly name: string;
  readonly phone: string;
  readonly code: string;
  readonly label: string;
  readonly windowFrom: Day;
  readonly windowTo: Day;
  /** Attempts that belong to this offer, oldest first. */
  readonly attempts: readonly CallAttempt[];
  /** Not reached on the phone: the profile's letter is due (`letterTemplate`). */
  readonly letterDue: boolean;
  readonly letterTemplate?: string;
  /** The window closed before `asOf` without the citizen being reached. */
  readonly overdue: boolean;
}

/**
 * The phone offer that is open for a call on `asOf`: the most urgent offer whose booking is `phone`, whose
 * window has opened, and whose row shows no step yet (not invited, booked, done or declined; the same
 * reading as the Status column), or the follow-up whose day has come. Undefined when the row needs no call.
 */
export function openPhoneOffer(plan: Plan, records: TeamRecords, asOf: Day, today: Day = asOf): PlannedOffer | undefined {
  for (const offer of plan.offers) {
    // A follow-up whose day has come is rung too (the plan leads with it: core/follow-up/offer.ts).
    if (isFollowUp(offer) && offer.from <= asOf) {
      if (statusOf(offer.code, offer.from, offer.to, asOf, records, { today, fixedTime: true, announcedColumn: true }) === 'followUp') return offer;
      continue;
    }
    if (offer.booking !== 'phone' || offer.from > asOf) continue;
    const status = statusOf(offer.code, offer.from, offer.to, asOf, records, { today });
    if (status === 'due' || status === 'overdue') return offer;
  }
  return undefined;
}

/** The row's entry on the call list, or undefined when it is not due a call. */
export function callFor(row: CallRow, asOf: Day, today: Day = asOf): CallEntry | undefined {
  const offer = openPhoneOffer(row.plan, row.records, asOf, today);
  if (!offer) return undefined;
  const year = { asOf, today };
  const due = letterDueForOffer(offer, row.attempts, year);
  return {
    row: row.row,
    name: row.name,
    phone: row.phone,
    code: offer.code,
    label: offer.label,
    windowFrom: offer.from,
    windowTo: offer.to,
    attempts: attemptsFor(offer, row.attempts, year),
    letterDue: due !== undefined,
    letterTemplate: due?.template,
    overdue: asOf > offer.to,
  };
}

/** Most urgent first: the latest acceptable day, then the day the window opened, then the row. */
export function byCallUrgency(a: CallEntry, b: CallEntry): number {
  return a.windowTo - b.windowTo || a.windowFrom - b.windowFrom || a.row - b.row;
}

/** Every row due a call on `asOf`, most urgent first. */
export function callList(rows: readonly CallRow[], asOf: Day, today: Day = asOf): CallEntry[] {
  const entries: CallEntry[] = [];
  for (const row of rows) {
    const entry = callFor(row, asOf, today);
    if (entry) entries.push(entry);
  }
  return entries.sort(byCallUrgency);
}

/** An attempt as plain JSON for `google.script.run` (no Dates). */
export interface CallAttemptView {
  day: string;
  text: string;
  notReached: boolean;
}

/** A call-list entry as plain JSON: days as ISO `yyyy-mm-dd`. */
export interface CallView {
  row: number;
  name: string;
  phone: string;
  code: string;
  label: string;
  windowFrom: string;
  windowTo: string;
  attempts: CallAttemptView[];
  letterDue: boolean;
  overdue: boolean;
}

export function callView(entry: CallEntry): CallView {
  return {
    row: entry.row,
    name: entry.name,
    phone: entry.phone,
    code: entry.code,
    label: entry.label,
    windowFrom: toIso(entry.windowFrom),
    windowTo: toIso(entry.windowTo),
    attempts: entry.attempts.map((a) => ({ day: a.day === undefined ? '' : toIso(a.day), text: a.text, notReached: a.outcome === 'notReached' })),
    letterDue: entry.letterDue,
    overdue: entry.overdue,
  };
}
