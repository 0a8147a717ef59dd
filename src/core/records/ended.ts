import type { Day } from '../day';
import { type TeamRecord, entriesOf } from './year';

/**
 * Citizens who end: the Ophørt column (the day) and Ophørsårsag (why, from a fixed list). From that day
 * nothing more is offered: no letter, call or visit, whatever the plan says; the row's status is Ophørt.
 * An Ophørt cell with a mark but no date ends the citizen at once.
 */

/** The reasons the Ophørsårsag column offers (its drop-down); the team may write another. */
export const END_REASONS = ['død', 'fraflyttet', 'plejebolig', 'andet'] as const;

/** Whether the citizen has ended on `asOf` (a future Ophørt date ends them from that day). */
export function isEnded(ended: TeamRecord, asOf: Day): boolean {
  return entriesOf(ended).some((e) => 'yes' in e || e.day <= asOf);
}

/** The day a citizen ended, when the Ophørt cell holds a date (the earliest, should it hold several). */
export function endedDay(ended: TeamRecord): Day | undefined {
  const days = entriesOf(ended).flatMap((e) => ('day' in e ? [e.day] : []));
  return days.length ? (Math.min(...days) as Day) : undefined;
}

/**
 * The rows whose citizen ended before `day` (for deleting after the retention period): only dated ends
 * count, since an undated mark does not say how long the data has been kept. `rows` pairs a sheet row
 * number with its Ophørt record (`readTeamRecords(...).ended`).
 */
export function rowsEndedBefore<R extends { readonly ended?: TeamRecord }>(rows: readonly R[], day: Day): R[] {
  return rows.filter((r) => {
    const d = endedDay(r.ended);
    return d !== undefined && d < day;
  });
}
