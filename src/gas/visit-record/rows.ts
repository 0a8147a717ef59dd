import type { Zone } from '../../sheetfns/zone';
import { visitNumberFormat } from '../../core/sheet/visit-sheet';
import { VISIT_COLUMNS, type VisitRecords, type VisitVocabulary, findVisitColumns, readVisitRecords } from '../../core/visit-record';
import { visitSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface VisitTable extends VisitRecords {
  headers: unknown[];
}

/**
 * The visit sheet read once (every record, superseded rows dropped); empty when there is no sheet yet.
 * With the profile's vocabulary, hand-typed theme and referral labels are read as their codes.
 */
export function readVisitTable(ss: Spreadsheet, zone: Zone, vocabulary?: VisitVocabulary): VisitTable {
  const sheet = visitSheet(ss);
  if (!sheet || sheet.getLastRow() < 1) return { headers: [], records: [], problems: [] };
  const grid = sheet.getDataRange().getValues();
  const headers = grid[0] ?? [];
  return { headers, ...readVisitRecords({ headers, rows: grid.slice(1) }, { toDay: zone.toDay, vocabulary }) };
}

/**
 * Appends one row (in VISIT_COLUMNS order, as newVisitRow gives it) after the sheet's last row, each
 * value under its header wherever the team moved the column; formats first, so text stays text. The
 * caller holds the document lock (two registrations at once would take the same row).
 */
export function appendVisitRow(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: readonly unknown[]): number {
  const width = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
  const columns = findVisitColumns(headers);
  const row = sheet.getLastRow() + 1;
  if (row > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), row - sheet.getMaxRows());
  const range = sheet.getRange(row, 1, 1, width);
  const out: unknown[] = Array(width).fill('');
  // The team's own columns keep their format; ours get theirs (text stays text).
  const formats = range.getNumberFormats()[0];
  VISIT_COLUMNS.forEach((spec, i) => {
    const col = columns[spec.key];
    if (col === undefined) return;
    out[col] = values[i];
    formats[col] = visitNumberFormat(spec.kind);
  });
  range.setNumberFormats([formats]).setValues([out]);
  return row;
}
