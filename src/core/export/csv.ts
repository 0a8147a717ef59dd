/**
 * The one CSV writer for every list a spreadsheet program may open (the Digital Post lists of the merge and
 * of the offline planner): `;`-separated, UTF-8 with a byte-order mark, CRLF line ends, as a Danish Excel
 * writes and opens it.
 *
 * Formula injection (issue 15): Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (`=HYPERLINK(…)` in a citizen's name becomes a live link), and a leading tab or carriage return
 * does not stop them. Such a cell is written with a leading apostrophe, which both programs show as text.
 */

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell's text, made inert for a spreadsheet program. */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: inert, and quoted when it holds the separator, a quote or a line break. */
export function csvField(value: string): string {
  const v = inertCell(value);
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The start of every such file: the byte-order mark (so Excel reads UTF-8). */
export const CSV_START = BOM;

/** One row as a line of the file, with its line end (a writer that streams rows writes `CSV_START`, then these). */
export function csvLine(row: readonly string[]): string {
  return `${row.map(csvField).join(';')}\r\n`;
}

/** Whole rows as the file's text. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.length === 0 ? `${CSV_START}\r\n` : `${CSV_START}${rows.map(csvLine).join('')}`;
}
