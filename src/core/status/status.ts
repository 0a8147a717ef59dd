import type { Day } from '../day';
import { type TeamRecord, recordCounts, yearScope } from '../records/year';
import { isEnded } from '../records/ended';
import type { Profile } from '../profiles/schema';
import { CODE_EXEMPT, CODE_NONE, type Plan } from '../rules/types';
import { StatusId } from './vocabulary';
import { followUpStatus } from './follow-up';

export { RECORD_GRACE_DAYS, type TeamRecord } from '../records/year';

export interface TeamRecords {
  invited?: TeamRecord;
  visit?: TeamRecord;
  done?: TeamRecord;
  declined?: TeamRecord;
  /** Besøg meddelt: the visit (date and time) the last letter announced. */
  announced?: TeamRecord;
  /** Ophørt: the day the citizen ended (died, moved away, moved to a care home). */
  ended?: TeamRecord;
  /** Opfølgning: the day a visit agreed to follow up on (status/follow-up.ts). */
  followUp?: TeamRecord;
}

export interface StatusContext {
  /** Today, in the sheet's zone: undated marks belong to its year (records/year.ts). Default: the reference date. */
  today?: Day;
  /** The offer books a fixed time (Glostrup's 80-year-olds): a visit not yet announced is its own status. */
  fixedTime?: boolean;
  /**
   * Whether the sheet has a Besøg meddelt column. Without one (an old sheet, an offline file), a booked
   * fixed-time visit counts as announced when this year's Inviteret is there, as before the column.
   */
  announcedColumn?: boolean;
}

/** Whether the announced visit is the booked one (same day, and same time when both have one). */
export function sameVisit(visit: TeamRecord, announced: TeamRecord): boolean {
  if (!visit || !announced || !('day' in visit) || !('day' in announced)) return false;
  return visit.day === announced.day && (visit.minute ?? 0) === (announced.minute ?? 0);
}

/**
 * The status of a row: from the plan's code and window and the team's records. An ended citizen is
 * ended, whatever the plan. A follow-up whose day has come decides next (status/follow-up.ts). Otherwise the team's latest step this planning year wins (declined, done,
 * booked, invited; records of earlier years are history and do not count: records/year.ts); without one,
 * the window decides (upcoming, due, overdue).
 */
export function statusOf(code: string, from: Day | undefined, to: Day | undefined, asOf: Day, records: TeamRecords, ctx: StatusContext = {}): StatusId {
  if (isEnded(records.ended, asOf)) return 'ended';
  const followUp = followUpStatus(records, asOf, !!ctx.announcedColumn);
  if (followUp) return followUp;
  const first = code.split('+')[0];
  if (first === CODE_EXEMPT) return 'exempt';
  if (first === CODE_NONE || first === '') return 'none';
  const scope = yearScope(asOf, ctx.today, from, to);
  const counts = (record: TeamRecord) => recordCounts(record, scope);
  if (counts(records.declined)) return 'declined';
  if (counts(records.done)) return 'done';
  if (counts(records.visit)) {
    if (!ctx.fixedTime) return 'booked';
    const announced = ctx.announcedColumn ? sameVisit(records.visit, records.announced) : counts(records.invited);
    return announced ? 'booked' : 'unannounced';
  }
  if (counts(records.invited)) return 'invited';
  if (from !== undefined && asOf < from) return 'upcoming';
  if (to !== undefined && asOf > to) return 'overdue';
  return 'due';
}

/** Whether a row's plan has a fixed-time visit (the scheduler books it; a letter must announce it). */
export function hasFixedTime(plan: Plan | undefined): boolean {
  return !!plan && plan.offers.some((o) => o.booking === 'fixedTime');
}

/** The codes of a profile whose offer is a fixed-time visit: for FHB_STATUS, which sees only the code. */
export function fixedTimeCodes(profile: Profile): Set<string> {
  const codes = new Set<string>();
  for (const rule of profile.rules) {
    const offers = rule.kind === 'age' ? [rule.offer] : rule.contacts;
    if (offers.some((o) => o.booking === 'fixedTime')) codes.add(rule.code);
  }
  return codes;
}
