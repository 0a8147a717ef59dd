import * as z from 'zod/mini';
import { MINUTE_MESSAGE } from './text';
import { MISSED_OUTCOMES } from '../sidebar/vocabulary';

const rowField = () => z.int('skal være et helt rækkenummer').check(z.gte(2, 'skal være en række under overskrifterne'), z.lte(10_000_000, 'er for stor'));
const keyField = () => z.string({ error: (issue) => (issue.input === undefined ? 'mangler' : 'skal være tekst') }).check(z.minLength(1, 'mangler'), z.maxLength(200, 'er for lang'));

/** What the sidebar sends to move one visit: the row and the key of the citizen on it. Left out, a field keeps its current value; all left out, the
 * visit goes to the next free time after the current one. */
export const MoveRequest = z.lazy(() =>
  z.object({
    row: rowField(),
    day: z.optional(z.string('skal være en dato som åååå-mm-dd').check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'skal være en dato som åååå-mm-dd'))),
    minute: z.optional(z.int(MINUTE_MESSAGE).check(z.gte(0, MINUTE_MESSAGE), z.lte(1439, MINUTE_MESSAGE))),
    consultant: z.optional(z.string('skal være et navn').check(z.trim(), z.minLength(1, 'mangler'), z.maxLength(100, 'er for langt (højst 100 tegn)'))),
    /** The sidebar's citizen key (required): a row that now shows another citizen is refused, nothing moved. */
    key: keyField(),
  }),
);
export type MoveRequest = z.infer<typeof MoveRequest>;

/** The visit after the move, as plain JSON for google.script.run. */
export interface MovedVisit {
  row: number;
  /** ISO yyyy-mm-dd. */
  day: string;
  /** Minutes after midnight. */
  minute: number;
  /** tt:mm */
  time: string;
  consultant: string;
  /** As the sheet shows it: dd-mm-åååå tt:mm. */
  shown: string;
  /** The letter with the old time has gone out (Inviteret or Brev filled): tell the citizen. */
  letterSent: boolean;
  message: string;
}

/** «Ikke hjemme» / «Aflyst» at a booked visit: the row, the citizen's key and the outcome. */
export const MissedVisitRequest = z.lazy(() =>
  z.object({ row: rowField(), key: keyField(), outcome: z.enum(MISSED_OUTCOMES, 'skal være «Ikke hjemme» eller «Aflyst»') }),
);
export type MissedVisitRequest = z.infer<typeof MissedVisitRequest>;

/** The answer: what was registered, and the scheduler's next free time for the user to confirm (none when full). */
export interface MissedVisit {
  message: string;
  proposal?: Pick<MovedVisit, 'day' | 'minute' | 'time' | 'consultant' | 'shown'>;
}
