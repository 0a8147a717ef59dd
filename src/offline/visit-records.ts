import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { VisitVocabulary } from '../core/visit-record/vocabulary';
import { VISIT_FILE_NAME, VISIT_SHEET_NAME } from '../core/visit-record/columns';
import { readVisitRecords, type VisitRecords } from '../core/visit-record/read';
import { type InputTable, readTableFile, tableFromXlsxSheet } from './input';
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
  let table: InputTable | undefined;
  let source = inputPath;
  if (extname(inputPath).toLowerCase() === '.xlsx') table = await tableFromXlsxSheet(readFileSync(inputPath), VISIT_SHEET_NAME, inputPath);
  if (!table) {
    const beside = BESIDE.map((name) => join(dirname(inputPath), name)).find((p) => existsSync(p));
    if (!beside) return undefined;
    table = await readTableFile(beside);
    source = beside;
  }
  const read = readVisitRecords(
    { headers: table.headers, rows: table.rows.map((r) => r.cells) },
    { toDay: fileDateToDay, vocabulary, rowNumbers: table.rows.map((r) => r.row) },
  );
  return { ...read, source };
}
