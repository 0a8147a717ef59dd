import type { CallAttempt } from '../calls/attempts';
import { parseCallAttempts } from '../calls/attempts';
import type { DateToDay } from '../coerce/values';
import { type Day, fromIso, toDanish, yearOf } from '../day';
import { findMeeting } from '../meetings/assign';
import { cellName } from '../meetings/seats';
import type { Plan, PlannedOffer } from '../rules/types';
import type { Meeting } from '../settings/schema';
import type { ColumnKey } from '../sheet/columns';
import { parseRecord, recordEntries } from '../status/records';
import type { Visit } from './visit';
import { type SingleRecord, type TeamRecord, type YearScope, entriesOf, recordCounts } from './year';

/**
 * This planning year's part of a row: the one reader of the team's columns for every feature that acts
 * on this year (the letters and the merge's preview, the scheduler, the call list, the sidebar), so a
 * visit, an announced visit, a meeting or an attendance of another planning year never passes for this
 * year's. The rule itself is records/year.ts (`recordCounts`); this file applies it to each kind of cell:
 *
 * - Besøg, Besøg meddelt, Inviteret, Gennemført, Frabedt: the entries whose date counts for the year.
 * - Opkald: the attempts whose date counts (an undated note only in today's year).
 * - Arrangement: the meeting it names, when Indstillinger lists it on a day that counts. A name Indstillinger
 *   does not list has no known day, so it is nobody's meeting this year.
 * - Deltog i arrangement: attendance at the row's meeting, so this year's only when that meeting is.
 */

/** The scope a row's records are read in: the plan's year and the offer's window (by default its most urgent, as the Status column). */
export function planScope(plan: Pick<Plan, 'year' | 'offers'>, today: Day, offer: PlannedOffer | undefined = plan.offers[0]): YearScope {
  return { year: plan.year, openYear: yearOf(today), from: offer?.from, to: offer?.to };
}

/** A record cell read as the Status column reads it; an unreadable cell is no record. */
export function readRecordCell(cell: unknown, toDay: DateToDay): TeamRecord {
  try {
    return parseRecord(cell, '', toDay);
  } catch {
    return undefined;
  }
}

/** The entries of a record cell that count for the scope's year, in the cell's order. */
export function entriesThisYear(cell: unknown, scope: YearScope, toDay: DateToDay): SingleRecord[] {
  return entriesOf(readRecordCell(cell, toDay)).filter((e) => recordCounts(e, scope));
}

/** This year's visit in a Besøg (or Besøg meddelt) cell: its last dated entry that counts; a visit of another year is none. */
export function visitThisYear(cell: unknown, scope: YearScope, toDay: DateToDay): Visit | undefined {
  const dated = entriesThisYear(cell, scope, toDay).filter((e): e is Extract<SingleRecord, { day: Day }> => 'day' in e);
  const last = dated[dated.length - 1];
  if (!last) return undefined;
  return last.minute === undefined ? { day: last.day } : { day: last.day, minute: last.minute };
}

/** The call attempts that count for the scope's year (an undated note counts only in today's year). */
export function attemptsThisYear(attempts: readonly CallAttempt[], scope: YearScope): CallAttempt[] {
  return attempts.filter((a) => recordCounts(a.day === undefined ? { yes: true } : { day: a.day }, scope));
}

/** The meeting a row's Arrangement names, when Indstillinger lists it on a day that counts for the scope's year. */
export function meetingThisYear(cell: unknown, meetings: readonly Meeting[], scope: YearScope): Meeting | undefined {
  const meeting = findMeeting(meetings, cellName(cell));
  const day = meeting && fromIso(meeting.day);
  return day !== undefined && recordCounts({ day }, scope) ? meeting : undefined;
}

/** The meetings Indstillinger lists on a day that counts for the scope's year. */
export function meetingsOfYear(meetings: readonly Meeting[], scope: YearScope): Meeting[] {
  return meetings.filter((m) => meetingThisYear(m.name, [m], scope) === m);
}

/** What a row needs to say which of its cells belong to the scope's year. */
export interface RowYear {
  scope: YearScope;
  toDay: DateToDay;
  meetings: readonly Meeting[];
  /** The row's Arrangement cell (attendance belongs to its meeting). */
  meetingCell: unknown;
}

const RECORD_COLUMNS: ReadonlySet<ColumnKey> = new Set(['invited', 'visit', 'done', 'declined', 'announced']);

/**
 * A team column's cell cut to what belongs to the scope's year, as the cell would hold it alone: the
 * whole cell when all of it counts, the entries that count joined by "; " when only some do, undefined
 * when none does. Cells without a year (the citizen's own columns, Konsulent, Noter, Brev) come back whole.
 */
export function cellThisYear(column: ColumnKey | undefined, cell: unknown, row: RowYear): unknown {
  if (column === undefined) return cell;
  if (RECORD_COLUMNS.has(column)) {
    const entries = recordEntries(cell, row.toDay, toDanish);
    const counting = entries.filter((e) => recordCounts(e.record, row.scope));
    if (counting.length === entries.length) return cell;
    return counting.length === 0 ? undefined : counting.map((e) => e.text).join('; ');
  }
  if (column === 'calls') {
    const parts = typeof cell === 'string' ? cell.split(/[;\n\r]+/).map((p) => p.trim()).filter((p) => p !== '') : [cell];
    const counting = parts.filter((p) => attemptsThisYear(parseCallAttempts(p, row.toDay), row.scope).length > 0);
    if (counting.length === parts.length) return cell;
    return counting.length === 0 ? undefined : counting.join('; ');
  }
  if (column === 'meeting') return meetingThisYear(cell, row.meetings, row.scope) ? cell : undefined;
  if (column === 'attendance') return meetingThisYear(row.meetingCell, row.meetings, row.scope) ? cell : undefined;
  return cell;
}
