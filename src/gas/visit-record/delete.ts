import { anonymizeVisitRows } from '../../core/history/visit-deletion';
import { findVisitColumns } from '../../core/visit-record';
import { visitSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The deleted citizens' rows in the visit sheet lose key and name (core/history/visit-deletion.ts): one
 * read, and one write per changed column over all rows. The caller holds the document lock.
 */
export function anonymizeVisits(ss: Spreadsheet, anonymous: ReadonlyMap<string, string>): void {
  const sheet = visitSheet(ss);
  if (!sheet || sheet.getLastRow() < 2) return;
  const grid = sheet.getDataRange().getValues();
  const { columns, changed } = anonymizeVisitRows(grid.slice(1), findVisitColumns(grid[0] ?? []), anonymous);
  if (!changed) return;
  for (const [column, values] of columns) sheet.getRange(2, column + 1, values.length, 1).setValues(values.map((v) => [v]));
}
