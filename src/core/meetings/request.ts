import * as z from 'zod/mini';
import { ATTENDANCE } from './attendance';

/** The sidebar's requests about a citizen's meeting (arrangement); the server validates each with these. */

const row = () => z.int('skal være et helt rækkenummer').check(z.gte(2, 'skal være en række under overskrifterne'), z.lte(10_000_000, 'er for stor'));
/** Who the sidebar showed on the row: a row that now shows another citizen is refused. */
const key = () => z.string('skal være tekst').check(z.minLength(1, 'mangler'), z.maxLength(200, 'er for lang'));

/** Move the citizen on `row` to the meeting named `meeting` (a name from the view's choices). */
export const MeetingMoveRequest = z.lazy(() =>
  z.object({
    row: row(),
    key: key(),
    meeting: z.string('skal være et navn').check(z.trim(), z.minLength(1, 'mangler'), z.maxLength(200, 'er for langt (højst 200 tegn)')),
  }),
);
export type MeetingMoveRequest = z.infer<typeof MeetingMoveRequest>;

/** Record that the citizen on `row` came to their meeting, or did not. */
export const AttendanceRequest = z.lazy(() =>
  z.object({
    row: row(),
    key: key(),
    attendance: z.enum(ATTENDANCE),
  }),
);
export type AttendanceRequest = z.infer<typeof AttendanceRequest>;
