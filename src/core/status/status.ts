import { Day, addDays } from '../day';
import { CODE_EXEMPT, CODE_NONE } from '../rules/types';
import { StatusId } from './vocabulary';

/**
 * A record the team keeps in a row (Inviteret, Besøg, Gennemført, Frabedt): a date, or just "yes"
 * (a ticked checkbox, an x) when nobody wrote the date.
 */
export type TeamRecord = { day: Day } | { yes: true } | undefined;

export interface TeamRecords {
  invited?: TeamRecord;
  visit?: TeamRecord;
  done?: TeamRecord;
  declined?: TeamRecord;
}

/**
 * A dated record counts for this year's offer when it is no older than this many days before the window
 * opens: letters for January visits go out in December. Older records belong to an earlier offer
 * (an 82-year-old's visit last year does not mark this year's as done).
 */
export const RECORD_GRACE_DAYS = 42;

function counts(record: TeamRecord, from: Day | undefined): boolean {
  if (!record) return false;
  if ('yes' in record) return true;
  return from === undefined || record.day >= addDays(from, -RECORD_GRACE_DAYS);
}

/**
 * The status of a row: from the plan's code and window and the team's records. The team's latest step
 * wins (declined, done, booked, invited); without one, the window decides (upcoming, due, overdue).
 */
export function statusOf(code: string, from: Day | undefined, to: Day | undefined, asOf: Day, records: TeamRecords): StatusId {
  const first = code.split('+')[0];
  if (first === CODE_EXEMPT) return 'exempt';
  if (first === CODE_NONE || first === '') return 'none';
  if (counts(records.declined, from)) return 'declined';
  if (counts(records.done, from)) return 'done';
  if (counts(records.visit, from)) return 'booked';
  if (counts(records.invited, from)) return 'invited';
  if (from !== undefined && asOf < from) return 'upcoming';
  if (to !== undefined && asOf > to) return 'overdue';
  return 'due';
}
