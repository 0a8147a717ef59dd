import type { Day } from '../day';
import { fromIso } from '../day';
import type { Meeting } from '../settings/schema';

/**
 * Which meeting (arrangement) each citizen of a meeting offer is invited to. Pure and deterministic:
 * the merge, its preview, the sidebar and the offline planner all ask this.
 *
 * - A citizen who already has a meeting (the row's Arrangement cell) keeps it while it exists, serves
 *   the offer and has room: so a re-run changes nothing, and moving a citizen by hand sticks.
 * - Everyone else, in the given order, gets the nearest meeting by postcode area (a meeting listing the
 *   citizen's postcode; then one for the whole municipality; then the numerically nearest postcode),
 *   then the earliest with room. Meetings before `today` are not offered.
 * - A meeting is never filled over its capacity; a citizen no meeting can take is reported with why.
 */

export interface Seat {
  /** The caller's key for the citizen (e.g. the row number). */
  key: number;
  /** The offer code, matched against `Meeting.offers`. */
  code: string;
  postcode?: string;
  /** The meeting the row already names, if any. */
  current?: string;
}

export type Unassigned = { key: number; code: string; why: 'noMeeting' | 'full' };

export interface Assignment {
  /** key → meeting name. */
  byKey: Map<number, string>;
  unassigned: Unassigned[];
  /** Seats taken per meeting name, after this assignment. */
  taken: Map<string, number>;
}

/** "2600", "2600-2699": does a meeting's postcode entry cover a postcode? */
function covers(entry: string, postcode: number): boolean {
  const m = /^(\d{3,4})(?:\s*-\s*(\d{3,4}))?$/.exec(entry.trim());
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return postcode >= from && postcode <= to;
}

/** How far a meeting is from a postcode: [tier, distance]; smaller is nearer. */
function distance(meeting: Meeting, postcode: number | undefined): [number, number] {
  if (meeting.postcodes.length === 0) return [1, 0];
  if (postcode === undefined) return [2, 0];
  if (meeting.postcodes.some((e) => covers(e, postcode))) return [0, 0];
  const nums = meeting.postcodes.flatMap((e) => (e.match(/\d{3,4}/g) ?? []).map(Number));
  return [2, nums.length ? Math.min(...nums.map((n) => Math.abs(n - postcode))) : 0];
}

const postcodeOf = (text: string | undefined): number | undefined => {
  const m = /\d{4}/.exec(text ?? '');
  return m ? Number(m[0]) : undefined;
};

export const serves = (meeting: Meeting, code: string) => meeting.offers.some((o) => o.trim().toUpperCase() === code.toUpperCase());
export const startOf = (m: Meeting) => (fromIso(m.day) ?? 0) * 1440 + m.startMinute;
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function findMeeting(meetings: readonly Meeting[], name: string | undefined): Meeting | undefined {
  return name === undefined || name.trim() === '' ? undefined : meetings.find((m) => sameName(m.name, name));
}

/**
 * `occupied`: seats held by citizens outside this run (rows invited earlier that name a meeting), counted
 * before anyone new is seated.
 */
export function assignMeetings(seats: readonly Seat[], meetings: readonly Meeting[], today: Day, occupied: ReadonlyMap<string, number> = new Map()): Assignment {
  const taken = new Map<string, number>();
  for (const m of meetings) taken.set(m.name, occupied.get(m.name) ?? 0);
  const room = (m: Meeting) => (taken.get(m.name) ?? 0) < m.capacity;
  const take = (m: Meeting) => taken.set(m.name, (taken.get(m.name) ?? 0) + 1);
  const byKey = new Map<number, string>();
  const unassigned: Unassigned[] = [];

  // Those who already have a valid meeting keep it, first come first kept.
  const rest: Seat[] = [];
  for (const seat of seats) {
    const current = findMeeting(meetings, seat.current);
    if (current && serves(current, seat.code) && room(current)) {
      take(current);
      byKey.set(seat.key, current.name);
    } else {
      rest.push(seat);
    }
  }

  const upcoming = meetings.filter((m) => (fromIso(m.day) ?? 0) >= today);
  for (const seat of rest) {
    const postcode = postcodeOf(seat.postcode);
    const candidates = upcoming.filter((m) => serves(m, seat.code));
    if (candidates.length === 0) {
      unassigned.push({ key: seat.key, code: seat.code, why: 'noMeeting' });
      continue;
    }
    const ranked = candidates
      .filter(room)
      .map((m) => ({ m, d: distance(m, postcode) }))
      .sort((a, b) => a.d[0] - b.d[0] || a.d[1] - b.d[1] || startOf(a.m) - startOf(b.m) || a.m.name.localeCompare(b.m.name));
    const best = ranked[0]?.m;
    if (!best) {
      unassigned.push({ key: seat.key, code: seat.code, why: 'full' });
      continue;
    }
    take(best);
    byKey.set(seat.key, best.name);
  }
  return { byKey, unassigned, taken };
}
