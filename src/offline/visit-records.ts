import type { VisitVocabulary } from '../core/visit-record/vocabulary';
import { VISIT_FILE_NAME, VISIT_SHEET_NAME } from '../core/visit-record/columns';
import { readVisitRecords, type VisitRecords } from '../core/visit-record/read';
import { citizenKey } from '../core/citizens/key';
import { parseDay } from '../core/coerce/values';
import { type Day, toDanish } from '../core/day';
import { latestDay } from '../core/records/year';
import { findColumns, normalizeHeader } from '../core/sheet/columns';
import { parseRecord } from '../core/status/records';
import { openFollowUps } from '../core/visit-record/follow-ups';
import type { VisitRecord } from '../core/visit-record/record';
import { companionTable, type InputTable } from './input';
import { fileDateToDay } from './plan-table';

/** The visit file beside a citizen file: `besoeg.csv` (or `besoeg.xlsx`) in the same folder. */
const BESIDE = [VISIT_FILE_NAME, VISIT_FILE_NAME.replace(/\.csv$/, '.xlsx')];

export interface OfflineVisits extends VisitRecords {
  /** The file (or the workbook) the records came from. */
  source: string;
}

/**
 * The visit records for the offline planner, with the Google sheet's headers: the sheet `Besøg` of an
 * input workbook (the Google sheet downloaded as .xlsx has it), else `besoeg.csv`/`.xlsx` beside the
 * input. Undefined when there is none. Read as the Google sheet is (core/visit-record/read.ts).
 */
export async function readOfflineVisits(inputPath: string, vocabulary: VisitVocabulary): Promise<OfflineVisits | undefined> {
  const found = await companionTable(inputPath, VISIT_SHEET_NAME, BESIDE);
  if (!found) return undefined;
  const { table, source } = found;
  const read = readVisitRecords(
    { headers: table.headers, rows: table.rows.map((r) => r.cells) },
    { toDay: fileDateToDay, vocabulary, rowNumbers: table.rows.map((r) => r.row) },
  );
  return { ...read, source };
}

/** The citizen sheet's follow-up column (visits-google's Borgere column Opfølgning), matched as a header. */
const FOLLOW_UP_HEADER = 'Opfølgning';

/**
 * The citizen table with each citizen's open follow-up from the visit records in its Opfølgning column
 * (added at the end when the file has none), as *Registrér besøget* writes it in the Google sheet: the
 * plan then shows the date, and the status and letters that read the column treat the citizen as due from
 * it. A later date already in the cell is kept; a Gennemført after the visit closes the follow-up.
 */
export function withOpenFollowUps(table: InputTable, records: readonly VisitRecord[]): { table: InputTable; count: number } {
  const columns = findColumns(table.headers);
  const keyed = table.rows.map((r) => citizenKey({ columns, values: r.cells }));
  const lastDone = new Map<string, Day>();
  table.rows.forEach((r, i) => {
    const done = latestDay(columns.done === undefined ? undefined : quietRecord(r.cells[columns.done]));
    if (done !== undefined) lastDone.set(keyed[i], done);
  });
  const open = openFollowUps(records, { lastDone: (key) => lastDone.get(key) });
  if (open.size === 0) return { table, count: 0 };
  const headers = [...table.headers];
  let at = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(FOLLOW_UP_HEADER));
  if (at < 0) at = headers.push(FOLLOW_UP_HEADER) - 1;
  let count = 0;
  const rows = table.rows.map((r, i) => {
    const day = open.get(keyed[i]);
    if (day === undefined) return r;
    const cells = headers.map((_, c) => r.cells[c] ?? null);
    const had = quietDay(cells[at]);
    if (had === undefined || had < day) cells[at] = toDanish(day);
    count++;
    return { row: r.row, cells };
  });
  return { table: { headers, rows }, count };
}

function quietRecord(value: unknown) {
  try {
    return parseRecord(value, 'gennemført', fileDateToDay);
  } catch {
    return undefined;
  }
}

function quietDay(value: unknown): Day | undefined {
  try {
    return parseDay(value, FOLLOW_UP_HEADER, fileDateToDay);
  } catch {
    return undefined;
  }
}
