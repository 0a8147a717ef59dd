import { maskCpr } from '../coerce/cpr';
import type { Day } from '../day';
import { meetingPlace, meetingWhen } from '../letters/content';
import type { Meeting } from '../settings/schema';
import { findMeeting, startOf } from './assign';
import { readAttendance, attendanceLabel } from './attendance';
import { cellName, holdsSeat } from './seats';
import * as text from './text';

/**
 * The participant list of each meeting (arrangement), for the team to print: who is seated there (the
 * rows whose Arrangement names it), sorted by name, with address and phone, and a column for attendance.
 * No CPR number: a list at the door has no use for one (any CPR typed into a name or an address is masked).
 * Pure: the Google sheet Deltagerlister and the offline deltagerlister.csv are written from this.
 */

/** One citizen row as the list needs it (cells as the sheet or file holds them). */
export interface ParticipantRow {
  meeting: unknown;
  name: unknown;
  address: unknown;
  postcode: unknown;
  city: unknown;
  phone: unknown;
  attendance?: unknown;
  /** Ophørt: a citizen who has ended is left off. */
  ended?: unknown;
}

export interface Participant {
  name: string;
  /** "Prøvevej 1, 2600 Glostrup". */
  address: string;
  phone: string;
  /** Deltog / Udeblev when recorded (else the team's own text, or ''). */
  attendance: string;
}

export interface ParticipantList {
  meeting: Meeting;
  /** "tirsdag den 8. april 2025 kl. 10.00-12.00". */
  when: string;
  /** "Rådhuset, Rådhusvej 1". */
  place: string;
  participants: Participant[];
}

export interface ParticipantLists {
  lists: ParticipantList[];
  /** Names in Arrangement that Indstillinger does not list, with how many rows name each. */
  unknown: { name: string; rows: number }[];
}

const cellText = (v: unknown) => (v === null || v === undefined ? '' : maskCpr(String(v).trim()));

/** Danish alphabetical order: æ, ø, å after z, case ignored; ties in the given order. */
export function danishOrder(a: string, b: string): number {
  return compareKeys(danishKey(a), danishKey(b));
}

/** The sort key behind `danishOrder` (computed once per name when sorting a long list). */
const danishKey = (s: string) => s.toLowerCase().replace(/aa/g, 'å').replace(/æ/g, '{').replace(/ø/g, '|').replace(/å/g, '}');
const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function participantLists(rows: readonly ParticipantRow[], meetings: readonly Meeting[]): ParticipantLists {
  const byMeeting = new Map<Meeting, Participant[]>(meetings.map((m) => [m, []]));
  const unknown = new Map<string, number>();
  for (const row of rows) {
    if (!holdsSeat(row)) continue;
    const name = cellName(row.meeting)!;
    const meeting = findMeeting(meetings, name);
    if (!meeting) {
      unknown.set(name, (unknown.get(name) ?? 0) + 1);
      continue;
    }
    const read = readAttendance(row.attendance);
    byMeeting.get(meeting)!.push({
      name: cellText(row.name) || text.NO_NAME,
      address: [cellText(row.address), [cellText(row.postcode), cellText(row.city)].filter(Boolean).join(' ')].filter(Boolean).join(', '),
      phone: cellText(row.phone),
      attendance: read.kind === 'set' ? attendanceLabel(read.value) : read.kind === 'unreadable' ? cellText(read.text) : '',
    });
  }
  const lists = [...byMeeting]
    .sort(([a], [b]) => startOf(a) - startOf(b) || danishOrder(a.name, b.name))
    .map(([meeting, participants]) => ({
      meeting,
      when: meetingWhen(meeting),
      place: meetingPlace(meeting),
      participants: participants.map((p, i) => ({ p, i, key: danishKey(p.name) })).sort((x, y) => compareKeys(x.key, y.key) || x.i - y.i).map((x) => x.p),
    }));
  return { lists, unknown: [...unknown].map(([name, n]) => ({ name, rows: n })) };
}

/**
 * The lists as one printable sheet: a title line, then per meeting its heading, the count of seats, the
 * column headers and one numbered row per participant, and a blank line. Every row as wide as the widest.
 */
export function participantSheet(result: ParticipantLists, today: Day): { rows: string[][]; headingRows: number[] } {
  const width = text.PARTICIPANT_HEADERS.length;
  const pad = (cells: string[]) => [...cells, ...new Array(width - cells.length).fill('')];
  const rows: string[][] = [pad([text.participantsTitle(today)])];
  const headingRows: number[] = [];
  if (result.unknown.length) rows.push(pad([text.unknownInLists(result.unknown)]));
  if (result.lists.length === 0) rows.push(pad([text.NO_MEETINGS]));
  for (const list of result.lists) {
    rows.push(pad([]));
    headingRows.push(rows.length + 1);
    rows.push(pad([text.listHeading(list.meeting.name, list.when, list.place)]));
    rows.push(pad([text.seatsLine(list.participants.length, list.meeting.capacity)]));
    if (list.participants.length === 0) {
      rows.push(pad([text.NO_PARTICIPANTS]));
      continue;
    }
    headingRows.push(rows.length + 1);
    rows.push([...text.PARTICIPANT_HEADERS]);
    list.participants.forEach((p, i) => rows.push([String(i + 1), p.name, p.address, p.phone, p.attendance]));
  }
  return { rows, headingRows };
}

/** The lists as one flat table (the offline deltagerlister.csv): a row per participant, the meeting on each. */
export function participantRecords(result: ParticipantLists): string[][] {
  return [
    [...text.PARTICIPANT_CSV_HEADERS],
    ...result.lists.flatMap((l) =>
      l.participants.map((p, i) => [l.meeting.name, l.when, l.place, String(i + 1), p.name, p.address, p.phone, p.attendance]),
    ),
  ];
}
