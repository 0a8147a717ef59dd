import type { Meeting } from '../settings/schema';
import { findMeeting } from './assign';

/**
 * Seats taken per meeting: every row whose Arrangement names it (by name, case and spaces ignored, as
 * `findMeeting`) holds one seat. The merge, the sidebar's move and the participant lists count alike.
 */
export function seatsTaken(cells: Iterable<unknown>, meetings: readonly Meeting[]): Map<string, number> {
  const taken = new Map<string, number>(meetings.map((m) => [m.name, 0]));
  // The same match as findMeeting (the first meeting of a name wins), looked up once per distinct cell text.
  const seen = new Map<string, Meeting | undefined>();
  for (const cell of cells) {
    const name = cellName(cell);
    if (name === undefined) continue;
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
