import type { HistoryEvent, NewHistoryEvent } from '../../core/history/events';
import { stamp } from '../../core/history/events';
import { CellMaker, historyFormats, historyRow, HISTORY_WIDTH } from '../../core/history/row';
import { makeZone } from '../../sheetfns/zone';
import { wallTimeToDate } from '../sidebar/time';
import { ensureHistorySheet } from './sheet';
import { currentUser } from './user';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends events to the history sheet in one block: a handful of service calls whatever the number of
 * events or the size of the sheet (the last row, room when the sheet is full, the formats, the values).
 * Stamps each event with now and the current user unless the writer gave them.
 *
 * The caller holds the document lock, the same lock as the write the events record: two appends at once
 * would otherwise both take the same last row.
 */
export function appendHistory(events: readonly NewHistoryEvent[], ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): HistoryEvent[] {
  if (events.length === 0) return [];
  const stamped = stamp(events, Date.now(), events.every((e) => e.user !== undefined) ? '' : currentUser());
  const sheet = ensureHistorySheet(ss);
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  const make: CellMaker = {
    day: (day, minute) => (minute === undefined ? zone.toDate(day) : wallTimeToDate(zone, day, minute)),
    instant: (ms) => new Date(ms),
  };
  const first = sheet.getLastRow() + 1;
  const maxRows = sheet.getMaxRows();
  const lastNeeded = first + stamped.length - 1;
  if (lastNeeded > maxRows) sheet.insertRowsAfter(maxRows, lastNeeded - maxRows);
  sheet
    .getRange(first, 1, stamped.length, HISTORY_WIDTH)
    .setNumberFormats(stamped.map(historyFormats))
    .setValues(stamped.map((e) => historyRow(e, make)));
  return stamped;
}
