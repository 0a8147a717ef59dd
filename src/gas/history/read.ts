import { addDays } from '../../core/day';
import type { HistoryEvent } from '../../core/history/events';
import { CellReader, eventOfRow, historyColumns } from '../../core/history/row';
import { makeZone } from '../../sheetfns/zone';
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
      const day = zone.toDay(v);
      // The wall-clock minute, as wallTimeToDate wrote it (the zone caches midnights; an Intl formatter per
      // row would cost more than the whole read): on a 23- or 25-hour day, times from 03:00 shift.
      const midnight = zone.toDate(day).getTime();
      const shift = (zone.toDate(addDays(day, 1)).getTime() - midnight - 86_400_000) / 60_000;
      const raw = Math.round((v.getTime() - midnight) / 60_000);
      const minute = raw >= 180 + shift ? raw - shift : raw;
      return minute > 0 && minute < 1440 ? { day, minute } : { day };
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
