/** A1 notation helpers for the formulas set-up writes (English syntax, whatever the sheet's locale). */

/** Column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`columnLetters: bad index ${index}`);
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** An open column range from row 2 down: `F2:F`. */
export function openColumn(index: number): string {
  const c = columnLetters(index);
  return `${c}2:${c}`;
}

/** The A1 notation of the block getRange(row, column, numRows, numColumns) names (1-based): `B2:D1000`. */
export function blockA1(row: number, column: number, numRows: number, numColumns: number): string {
  return `${columnLetters(column - 1)}${row}:${columnLetters(column + numColumns - 2)}${row + numRows - 1}`;
}
