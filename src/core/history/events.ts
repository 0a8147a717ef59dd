import type { Day } from '../day';

/**
 * What can happen to a citizen, one history row each. The history is append-only: a correction is a new
 * event, never an edit of an old one.
 */
export const HISTORY_KINDS = [
  'invited', // invited (the Inviteret date)
  'letter', // a letter was made (its link in the detail)
  'booked', // a visit was booked (date and time)
  'moved', // a booked visit was moved
  'done', // the visit, meeting or talk took place
  'declined', // the citizen said no thank you
  'notReached', // rung, not reached
  'imported', // came in (or was updated) by the import of the citizen list
  'ended', // ended (died, moved away, care home)
  'deleted', // deleted after the retention period; the history keeps year, code and events only
  'meetingMoved', // moved to another meeting (arrangement); the detail names it, and the one before
  'attended', // came to the meeting (Deltog)
  'absent', // did not come to the meeting (Udeblev)
  'visitMissed', // a booked visit was not held (not at home, called off): not a contact
] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Where an event came from. */
export const HISTORY_SOURCES = [
  'sidebar', 'merge', 'scheduler', 'import', 'manual', 'yearClose', 'deletion', 'offline',
] as const;
export type HistorySource = (typeof HISTORY_SOURCES)[number];

/** One row of the history. */
export interface HistoryEvent {
  /** When it was logged (epoch milliseconds). */
  atMs: number;
  /** Who: the Google user's e-mail, the offline user, or '' when unknown. */
  user: string;
  /** The stable citizen key (core/citizens/key.ts); an anonymous one after deletion. */
  key: string;
  /** The citizen's name; '' after deletion. */
  name: string;
  /** The planning year the event belongs to. */
  year: number;
  /** The offer code (e.g. ALDER_82, or several joined with +); '' when none. */
  code: string;
  kind: HistoryKind;
  /** The date of what happened (the invitation, the visit, the decline), when it has one. */
  day?: Day;
  /** The time of a booked visit, minutes after midnight. */
  minute?: number;
  /** A letter's link, a consultant, a reason: free Danish text. */
  detail: string;
  source: HistorySource;
}

/** An event as a writer hands it over: the adapter stamps when and who. */
export type NewHistoryEvent = Omit<HistoryEvent, 'atMs' | 'user'> & Partial<Pick<HistoryEvent, 'atMs' | 'user'>>;

/** Stamps events with the time and the user, keeping any a writer gave. */
export function stamp(events: readonly NewHistoryEvent[], atMs: number, user: string): HistoryEvent[] {
  return events.map((e) => ({ ...e, atMs: e.atMs ?? atMs, user: e.user ?? user }));
}
