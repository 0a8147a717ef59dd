import { TEXT_FORMAT } from '../../core/sheet/column-formats';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Writes some rows of a block of neighbouring columns in one `setValues` over the rows they span, whatever
 * the gaps between them: a handful of service calls for 1 or 1,000 rows. The gap rows' cells are written
 * back as they were: their formula when they have one, else their value, kept as text where it is text
 * (`setValues` parses a string as if typed: "007" would lose its zeros, "9-12" become a date). Reading the
 * gaps' formulas and formats costs two calls, asked only when there are gaps. The caller holds the document
 * lock and read `valueAt` under it, so the gap rows hold what it read.
 *
 * `rows` maps a sheet row to the block's new values (one per column, `width` of them).
 */
export function writeRowsInBlock(
  sheet: Sheet,
  firstColumn: number,
  width: number,
  rows: ReadonlyMap<number, readonly unknown[]>,
  valueAt: (row: number, column: number) => unknown,
): void {
  if (rows.size === 0) return;
  const numbers = [...rows.keys()];
  const top = Math.min(...numbers);
  const height = Math.max(...numbers) - top + 1;
  const range = sheet.getRange(top, firstColumn, height, width);
  if (height === rows.size) {
    range.setValues(Array.from({ length: height }, (_, i) => [...rows.get(top + i)!]));
    return;
  }
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const out = formulas.map((formulaRow, i) => {
    const written = rows.get(top + i);
    if (written) return [...written];
    return formulaRow.map((formula, j) => (formula !== '' ? formula : keepAsIs(valueAt(top + i, firstColumn + j), formats[i][j])));
  });
  range.setValues(out);
}

/**
 * A value read from a cell, to write back unchanged: text in a cell that is not plain text gets the
 * apostrophe that keeps it text.
 */
export function keepAsIs(value: unknown, format: string): unknown {
  return typeof value === 'string' && value !== '' && format !== TEXT_FORMAT ? `'${value}` : value;
}

/**
 * Writes a block the script made (a report, a list) with every text as plain text: `setValues` parses a
 * string as if typed, so a profile's label "=…" would become a formula and "10-12" a date. Numbers keep
 * Sheets' General format. Two calls: the formats, then the values.
 */
export function writeTextBlock(range: GoogleAppsScript.Spreadsheet.Range, cells: readonly (readonly unknown[])[]): void {
  range.setNumberFormats(cells.map((row) => row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : GENERAL_FORMAT))));
  range.setValues(cells.map((row) => [...row]));
}

const GENERAL_FORMAT = 'General';
