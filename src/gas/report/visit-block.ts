import type { VisitReport } from '../../core/report/visits';
import { visitTables } from '../../core/report/visit-tables';
import * as visitText from '../../core/report/visits-text';
import { writeTextBlock } from '../sheet/block-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The year report's visit part (issue 24 item 6) on the report sheet: the same titled tables as
 * rapport.html and rapport.docx offline (core/report/visit-tables.ts), one below the other. Counts only:
 * no name, key, test result or free text of one citizen is in the model. Pure.
 */
export function visitBlock(report: VisitReport): { cells: (string | number)[][]; boldRows: number[] } {
  const { summary, tables, note } = visitTables(report);
  const rows: (string | number)[][] = [];
  const boldRows: number[] = [];
  const bold = (cells: (string | number)[]) => boldRows.push(rows.push(cells) - 1);
  bold([visitText.HEADING]);
  rows.push([summary], []);
  for (const t of tables) {
    bold([t.heading]);
    bold(t.head);
    // A whole count is a number in the sheet (it sums and sorts); a rate ("50 %") or a dash stays text.
    for (const r of t.rows) rows.push(r.map((c, i) => (i >= t.firstNumber && /^\d+$/.test(c) ? Number(c) : c)));
    if (t.note) rows.push([t.note]);
    rows.push([]);
  }
  rows.push([note]);
  const width = Math.max(...rows.map((r) => r.length));
  return { cells: rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]), boldRows };
}

/** Writes the visit part from `row` down (one setValues, one setFontWeights); returns the rows written. */
export function writeVisitBlock(sheet: Sheet, row: number, report: VisitReport): number {
  const { cells, boldRows } = visitBlock(report);
  const width = cells[0].length;
  const maxRows = sheet.getMaxRows();
  if (maxRows < row + cells.length) sheet.insertRowsAfter(maxRows, row + cells.length - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < width) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(row, 1, cells.length, width);
  writeTextBlock(range, cells);
  const bolds = new Set(boldRows);
  range.setFontWeights(cells.map((_, i) => Array<'bold' | 'normal'>(width).fill(bolds.has(i) ? 'bold' : 'normal')));
  return cells.length;
}
