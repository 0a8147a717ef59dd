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

/** Whole rows as the file's text. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${BOM}${rows.map((r) => r.map(csvField).join(';')).join('\r\n')}\r\n`;
}
