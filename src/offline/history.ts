import { dayFromUtcDate } from '../core/day';
import type { HistoryEvent } from '../core/history/events';
import { type CellReader, eventOfRow, historyColumns } from '../core/history/row';
import { HISTORY_SHEET } from '../core/history/text';
import { parseVisit } from '../core/records/visit';
import { companionTable } from './input';

/** The history file beside a citizen file (`historik.csv` or `historik.xlsx` in the same folder). */
const BESIDE = ['historik.csv', 'historik.xlsx'];

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/**
 * Cells as the offline files hold them: xlsx dates are UTC wall-clock values (Excel has no zones), CSV
 * dates are text as Danes write them ("05-03-2025", "05-03-2025 10:00").
 */
const reader: CellReader = {
  day: (v) => {
    if (isDate(v)) {
      const minute = v.getUTCHours() * 60 + v.getUTCMinutes();
      return { day: dayFromUtcDate(v), ...(minute ? { minute } : {}) };
    }
    return typeof v === 'string' ? parseVisit(v, dayFromUtcDate) : undefined;
  },
  instant: (v) => (isDate(v) ? v.getTime() : undefined),
};

/**
 * The history for the offline year report, when the input has one: a sheet named Historik in the XLSX
 * (the Google sheet downloaded as .xlsx has it), else historik.csv/.xlsx beside the input file.
 * Undefined when there is none; rows that are not events are skipped.
 */
export async function readOfflineHistory(inputPath: string): Promise<{ events: HistoryEvent[]; source: string } | undefined> {
  const found = await companionTable(inputPath, HISTORY_SHEET, BESIDE);
  if (!found) return undefined;
  const { table, source } = found;
  const columns = historyColumns(table.headers);
  const events = table.rows.map((r) => eventOfRow(r.cells, columns, reader)).filter((e): e is HistoryEvent => e !== undefined);
  return { events, source };
}
