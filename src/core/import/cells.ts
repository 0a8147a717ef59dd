import { dayFromYmd, toDanish, type Day } from '../day';

/**
 * Cells of a workbook as the import reads them: the column of a cell reference, whether a number format
 * shows a date, a date serial as `dd-mm-åååå`, and rows as `;`-separated text for the CSV reader (so an
 * .xlsx file and a CSV file go through the same validation). Pure.
 */

/** 0-based column of a reference such as `AB12`. */
export function columnOfRef(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Excel's built-in date and time formats (ECMA-376 §18.8.30). */
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a number format shows a date: a built-in date id, or a custom code with d, m or y outside quotes and brackets. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (BUILTIN_DATES.has(numFmtId)) return true;
  if (!formatCode) return false;
  // `[^\][]` stops at the next "[": a run of "[" without "]" would otherwise be scanned from each of them.
  const bare = formatCode.replace(/"[^"]*"/g, '').replace(/\[[^\][]*\]/g, '').replace(/\\./g, '');
  return /[dmy]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

const EPOCH = dayFromYmd(1899, 12, 30);

/** A date serial (days since 30-12-1899, as Excel and Sheets count) as `dd-mm-åååå`. */
export function serialToDanish(serial: number): string {
  return toDanish((EPOCH + Math.floor(serial)) as Day);
}

/** Rows of text as `;`-separated lines, quoted where a cell holds `;`, `"` or a line break. */
export function rowsToDelimited(rows: readonly (readonly string[])[]): string {
  const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(quote).join(';')).join('\r\n');
}
