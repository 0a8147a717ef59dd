import type { Meeting } from '../settings/schema';
import { findMeeting } from './assign';

/** A row as far as seats go: its Arrangement cell and, when the sheet has one, its Ophørt cell. */
export interface SeatHolder {
  meeting: unknown;
  ended?: unknown;
}

/**
 * Whether a row holds a seat in the meeting its Arrangement names: not when the citizen has ended (any
 * Ophørt), who frees the seat and is left off the participant list. The merge, the sidebar's move and the
 * participant lists all ask this.
 */
export function holdsSeat(row: SeatHolder): boolean {
  return cellName(row.meeting) !== undefined && cellName(row.ended) === undefined;
}

/**
 * Seats taken per meeting: every row that holds a seat (`holdsSeat`) in the meeting its Arrangement names
 * (by name, case and spaces ignored, as `findMeeting`).
 */
export function seatsTaken(rows: Iterable<SeatHolder>, meetings: readonly Meeting[]): Map<string, number> {
  const taken = new Map<string, number>(meetings.map((m) => [m.name, 0]));
  // The same match as findMeeting (the first meeting of a name wins), looked up once per distinct cell text.
  const seen = new Map<string, Meeting | undefined>();
  for (const row of rows) {
    if (!holdsSeat(row)) continue;
    const name = cellName(row.meeting)!;
    if (!seen.has(name)) seen.set(name, findMeeting(meetings, name));
    const held = seen.get(name);
    if (held) taken.set(held.name, (taken.get(held.name) ?? 0) + 1);
  }
  return taken;
}

/** An Arrangement cell as a name; undefined when empty. */
export function cellName(cell: unknown): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  const name = String(cell).trim();
  return name === '' ? undefined : name;
}

export const freeOf = (meeting: Meeting, taken: ReadonlyMap<string, number>) => Math.max(0, meeting.capacity - (taken.get(meeting.name) ?? 0));
