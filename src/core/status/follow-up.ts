import type { Day } from '../day';
import { type SingleRecord, type TeamRecord, entriesOf, latestDay } from '../records/year';
import type { TeamRecords } from './status';
import type { StatusId } from './vocabulary';

/**
 * A follow-up (the citizen sheet's Opfølgning: the date a visit agreed to follow up on) makes the citizen
 * due from that date, whatever the year's offer says, until a newer contact is recorded. The sheet keeps
 * the date only, so "newer" means on or after it: a Gennemført or Frabedt dated on or after the
 * follow-up day closes it (the row then reads as the year's rules say); a visit booked or a letter sent
 * on or after it is the follow-up under way (Besøg aftalt, Besøg planlagt – ikke meddelt, Inviteret).
 * Records of any planning year count: a follow-up agreed in November for February crosses New Year.
 */

/** The follow-up day: the latest date the cell holds (an undated mark is no follow-up). */
export const followUpDay: (record: TeamRecord) => Day | undefined = latestDay;

/** Whether a record has a dated entry on or after `day`. */
function onOrAfter(record: TeamRecord, day: Day): SingleRecord | undefined {
  return entriesOf(record).find((e) => 'day' in e && e.day >= day);
}

/** Whether the follow-up is closed: a held contact (Gennemført) or a no (Frabedt) dated on or after its day. */
export function followUpClosed(records: TeamRecords, day: Day): boolean {
  return onOrAfter(records.done, day) !== undefined || onOrAfter(records.declined, day) !== undefined;
}

/** The follow-up day when the follow-up is open (set and not closed), whether or not it has come. */
export function openFollowUpDay(records: TeamRecords): Day | undefined {
  const day = followUpDay(records.followUp);
  return day === undefined || followUpClosed(records, day) ? undefined : day;
}

/**
 * The status a follow-up gives on `asOf`, or undefined when the year's rules decide (no follow-up, not
 * yet its day, or closed). A booked visit on or after the day is a fixed-time visit: announced or not.
 */
export function followUpStatus(records: TeamRecords, asOf: Day, announcedColumn: boolean): StatusId | undefined {
  const day = openFollowUpDay(records);
  if (day === undefined || asOf < day) return undefined;
  const visit = onOrAfter(records.visit, day);
  if (visit && 'day' in visit) {
    const invited = onOrAfter(records.invited, day);
    const announced = announcedColumn ? entriesOf(records.announced).some((a) => 'day' in a && a.day === visit.day && (a.minute ?? 0) === (visit.minute ?? 0)) : invited !== undefined;
    return announced ? 'booked' : 'unannounced';
  }
  if (onOrAfter(records.invited, day)) return 'invited';
  return 'followUp';
}
