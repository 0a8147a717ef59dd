import type { MeetingContext } from '../../core/meetings/citizen';
import { seatsTaken } from '../../core/meetings/seats';
import type { ColumnMap } from '../../core/sheet/columns';
import { readSettingsResult } from '../sheet/settings';
import { requireCitizenSheet } from './citizen-rows';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The team's meetings (Indstillinger, Arrangementer) and the seats taken now: one read each of the
 * Arrangement and Ophørt columns (an ended citizen frees the seat). Settings that cannot be read give no
 * meetings (the view then says the row's meeting is unknown).
 */
export function meetingSeats(ss: Spreadsheet, columns: ColumnMap): Omit<MeetingContext, 'today'> {
  const meetings = readSettingsResult(ss).settings?.meetings ?? [];
  const sheet = requireCitizenSheet(ss);
  const last = sheet.getLastRow();
  const column = (c: number | undefined) => (c === undefined || last < 2 ? [] : sheet.getRange(2, c + 1, last - 1, 1).getValues().map((r) => r[0]));
  const meeting = column(columns.meeting);
  const ended = column(columns.ended);
  return { meetings, taken: seatsTaken(meeting.map((m, i) => ({ meeting: m, ended: ended[i] })), meetings) };
}
