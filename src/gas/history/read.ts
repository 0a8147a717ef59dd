import type { HistoryEvent } from '../../core/history/events';
import { CellReader, eventOfRow, historyColumns } from '../../core/history/row';
import { makeZone } from '../../sheetfns/zone';
import { minuteOfDay } from '../sheet/zone';
import { historySheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Every event in the history sheet, in one read (none before the first event). Rows fhb cannot read are skipped. */
export function readHistory(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet()): HistoryEvent[] {
  const sheet = historySheet(ss);
  if (!sheet) return [];
  const all = sheet.getDataRange().getValues();
  if (all.length < 2) return [];
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  const read: CellReader = {
    day: (v) => {
      if (!isDate(v)) return undefined;
      const minute = minuteOfDay(v, zone.timeZone);
      return { day: zone.toDay(v), minute: minute === 0 ? undefined : minute };
    },
    instant: (v) => (isDate(v) ? v.getTime() : undefined),
  };
  const columns = historyColumns(all[0]);
  const out: HistoryEvent[] = [];
  for (let i = 1; i < all.length; i++) {
    const e = eventOfRow(all[i], columns, read);
    if (e) out.push(e);
  }
  return out;
}
