import { type Day, fromIso } from '../day';
import { meetingWhen } from '../letters/content';
import type { Meeting } from '../settings/schema';
import { findMeeting, serves, startOf } from './assign';
import { type Attendance, attendanceLabel, readAttendance } from './attendance';
import { cellName, freeOf } from './seats';
import { meetingThisYear } from '../records/this-year';
import type { YearScope } from '../records/year';
import * as text from './text';

/**
 * A citizen's meeting (arrangement) as the sidebar shows it, and the two things a consultant may do with
 * it: move the citizen to another meeting of the same offer that has room, and record attendance. Pure:
 * the endpoints read the row, the settings' meetings and the seats taken (seats.ts), ask these, and
 * write what they answer, under the document lock.
 */

export interface MeetingContext {
  meetings: readonly Meeting[];
  /** Seats taken per meeting name, this citizen's included (seats.ts). */
  taken: ReadonlyMap<string, number>;
  today: Day;
}

/** What the row says: the offer codes of the citizen's meeting offers this year, and two cells. */
export interface MeetingRow {
  /** Codes of the plan's offers booked as a meeting (e.g. ALDER_75); empty when none. */
  codes: readonly string[];
  /** The Arrangement cell. */
  meeting: unknown;
  /** The Deltog i arrangement cell (undefined when the column is missing). */
  attendance: unknown;
  /** The row's planning year: a meeting listed on a day of another year is not the row's meeting this year. */
  scope: YearScope;
}

export interface MeetingChoice {
  name: string;
  /** "Informationsmøde maj: tirsdag den 13. maj 2025 kl. 10.00 (3 ledige pladser)". */
  label: string;
  free: number;
}

export interface MeetingDetails {
  name: string;
  /** ISO yyyy-mm-dd. */
  day: string;
  /** "tirsdag den 8. april 2025 kl. 10.00-12.00", as the letters say it. */
  when: string;
  place: string;
  address: string;
  /** The meeting's day has come (attendance can be recorded). */
  held: boolean;
}

export interface CitizenMeetingView {
  /** The meeting the row names, when Indstillinger lists it. */
  current?: MeetingDetails;
  /**
   * Set when the row names a meeting that is not its meeting this year: one Indstillinger does not list, or
   * one listed on a day of another planning year (a sheet not yet closed). The message says which.
   */
  unknown?: string;
  /** The attendance recorded; absent when none. */
  attendance?: Attendance;
  /** What the attendance cell shows ("Deltog", "Udeblev", or the team's own unreadable text); '' when empty. */
  attendanceText: string;
  /** The meetings the citizen may move to: upcoming, for the same offer, with room, not the current one. */
  choices: MeetingChoice[];
  /** Why there is nothing to choose, when the citizen has a meeting offer but no choice. */
  noChoice?: string;
  canMove: boolean;
  canRecordAttendance: boolean;
}

const upcoming = (m: Meeting, today: Day) => (fromIso(m.day) ?? 0) >= today;
const servesAny = (m: Meeting, codes: readonly string[]) => codes.some((c) => serves(m, c));

function details(m: Meeting, today: Day): MeetingDetails {
  return { name: m.name, day: m.day, when: meetingWhen(m), place: m.place, address: m.address, held: (fromIso(m.day) ?? 0) <= today };
}

/**
 * The meeting the row names, read for its planning year (records/this-year.ts): `current` only when it is
 * this year's; one of another year is `otherYear`, and the attendance beside it is that meeting's, not this year's.
 */
function rowMeeting(row: MeetingRow, meetings: readonly Meeting[]) {
  const name = cellName(row.meeting);
  const listed = findMeeting(meetings, name);
  const current = listed && meetingThisYear(listed.name, [listed], row.scope);
  const otherYear = listed && !current ? listed : undefined;
  const read = otherYear ? ({ kind: 'none' } as const) : readAttendance(row.attendance);
  return { name, current, otherYear, read };
}

/** The view; undefined when the citizen has no meeting offer this year and the row names no meeting. */
export function citizenMeeting(row: MeetingRow, ctx: MeetingContext): CitizenMeetingView | undefined {
  const { name, current, otherYear, read } = rowMeeting(row, ctx.meetings);
  if (row.codes.length === 0 && name === undefined) return undefined;
  const attended = read.kind === 'set' && read.value === 'attended';
  const choices = row.codes.length === 0 || attended
    ? []
    : ctx.meetings
      .filter((m) => m !== current && upcoming(m, ctx.today) && servesAny(m, row.codes) && freeOf(m, ctx.taken) > 0)
      .sort((a, b) => startOf(a) - startOf(b) || a.name.localeCompare(b.name, 'da'))
      .map((m) => ({ name: m.name, label: text.choiceLabel(m.name, meetingWhen(m), freeOf(m, ctx.taken)), free: freeOf(m, ctx.taken) }));
  return {
    ...(current ? { current: details(current, ctx.today) } : {}),
    ...(otherYear ? { unknown: text.otherYearMeeting(otherYear.name, meetingDayOf(otherYear)) } : {}),
    ...(name !== undefined && !current && !otherYear ? { unknown: text.unknownMeeting(name) } : {}),
    ...(read.kind === 'set' ? { attendance: read.value } : {}),
    attendanceText: read.kind === 'set' ? attendanceLabel(read.value) : read.kind === 'unreadable' ? read.text : '',
    choices,
    ...(row.codes.length > 0 && !attended && choices.length === 0 ? { noChoice: text.noOtherWithRoom(row.codes) } : {}),
    canMove: choices.length > 0,
    canRecordAttendance: current !== undefined && (fromIso(current.day) ?? 0) <= ctx.today,
  };
}

export type MeetingMove =
  | { kind: 'write'; meeting: Meeting; previous?: string; clearAttendance: boolean; message: string }
  | { kind: 'same'; message: string }
  | { kind: 'refused'; message: string };

/** Moving the citizen to `target`: checked again on the server, under the lock, against the seats taken now. */
export function planMeetingMove(row: MeetingRow, target: string, ctx: MeetingContext): MeetingMove {
  const meeting = findMeeting(ctx.meetings, target);
  if (!meeting) return { kind: 'refused', message: text.noSuchMeeting(target) };
  if (row.codes.length === 0) return { kind: 'refused', message: text.noMeetingOffer };
  const { name, current, read } = rowMeeting(row, ctx.meetings);
  if (current === meeting) return { kind: 'same', message: text.alreadyThere(meeting.name) };
  if (read.kind === 'set' && read.value === 'attended') return { kind: 'refused', message: text.alreadyAttended(current?.name ?? name ?? '') };
  if (!servesAny(meeting, row.codes)) return { kind: 'refused', message: text.notForOffer(meeting.name) };
  if (!upcoming(meeting, ctx.today)) return { kind: 'refused', message: text.meetingPast(meeting.name, fromIso(meeting.day)!) };
  if (freeOf(meeting, ctx.taken) <= 0) return { kind: 'refused', message: text.meetingFull(meeting.name) };
  return {
    kind: 'write',
    meeting,
    ...(name !== undefined ? { previous: current?.name ?? name } : {}),
    // A no-show moved to a later meeting starts afresh there; so does a citizen seated at another year's meeting.
    clearAttendance: !isEmptyAttendance(row.attendance),
    message: text.moved(meeting.name, meetingWhen(meeting)),
  };
}

export type AttendanceWrite =
  | { kind: 'write'; meeting: Meeting; label: string; message: string }
  | { kind: 'same'; message: string }
  | { kind: 'refused'; message: string };

/** Recording Deltog or Udeblev: only for the meeting the row names, and from its day on. */
export function planAttendance(row: MeetingRow, value: Attendance, ctx: MeetingContext): AttendanceWrite {
  const { name, current: meeting, otherYear } = rowMeeting(row, ctx.meetings);
  if (otherYear) return { kind: 'refused', message: text.attendanceOtherYear(otherYear.name, meetingDayOf(otherYear)) };
  if (!meeting) return { kind: 'refused', message: name === undefined ? text.noMeetingToAttend : text.noSuchMeeting(name) };
  const day = fromIso(meeting.day)!;
  if (day > ctx.today) return { kind: 'refused', message: text.notYetHeld(meeting.name, day) };
  const label = attendanceLabel(value);
  const read = readAttendance(row.attendance);
  if (read.kind === 'set' && read.value === value) return { kind: 'same', message: text.attendanceSame(label) };
  return { kind: 'write', meeting, label, message: text.attendanceRecorded(label, meeting.name) };
}

export const meetingDayOf = (m: Meeting): Day => fromIso(m.day)!;

const isEmptyAttendance = (cell: unknown) => readAttendance(cell).kind === 'none';
