import type { CatalogEntry } from '../../core/report/year-report';
import { historyReportRows } from '../../core/history/report';
import { writeTextBlock } from '../sheet/block-write';
import { readHistory } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The year report's block on what was done, from Historik (core/history/report.ts), written from `row`
 * down in one setValues; nothing when the history has no event for the year or the year before.
 * Returns the rows written.
 */
export function writeHistoryBlock(ss: Spreadsheet, sheet: Sheet, row: number, year: number, catalog: readonly CatalogEntry[]): number {
  const events = readHistory(ss);
  if (!events.some((e) => e.year === year || e.year === year - 1)) return 0;
  const rows = historyReportRows(events, year, catalog);
  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const maxRows = sheet.getMaxRows();
  if (maxRows < row + cells.length) sheet.insertRowsAfter(maxRows, row + cells.length - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  writeTextBlock(sheet.getRange(row, 1, cells.length, width), cells);
  sheet.getRange(row, 1, 2, width).setFontWeight('bold');
  return cells.length;
}
