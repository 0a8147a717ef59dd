/** A1 notation: parsing and formatting, as Sheets spells it. */

export const MAX_COLUMNS = 18278; // ZZZ

export interface GridRange {
  /** Sheet name when the notation had one (`Sheet!A1`, `'Sheet name'!A1`). */
  sheet?: string;
  row: number;
  col: number;
  /** Last row, or null for an open end (`F2:F`, `A:A`): up to the sheet's last row. */
  endRow: number | null;
  /** Last column, or null for an open end (`2:2`). */
  endCol: number | null;
}

export function columnToLetters(col: number): string {
  if (!Number.isInteger(col) || col < 1) throw new Error(`bad column ${col}`);
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0) - 64;
    if (c < 1 || c > 26) return NaN;
    n = n * 26 + c;
  }
  return n;
}

/** Split a leading sheet name off: returns [sheetName | undefined, rest]. */
export function splitSheet(a1: string): [string | undefined, string] | null {
  if (a1.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      if (i >= a1.length) return null;
      const ch = a1[i];
      if (ch === "'") {
        if (a1[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (a1[i + 1] !== '!') return null;
    return [name, a1.slice(i + 2)];
  }
  const bang = a1.lastIndexOf('!');
  if (bang < 0) return [undefined, a1];
  const name = a1.slice(0, bang);
  if (name === '' || /['\s]/.test(name)) return null;
  return [name, a1.slice(bang + 1)];
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([1-9][0-9]*)$/;

/** Parse `A1`, `A1:B2`, `F2:F`, `A:C`, `2:5`, with an optional sheet prefix. Null when not A1 notation. */
export function parseA1(input: string): GridRange | null {
  const split = splitSheet(input.trim());
  if (!split) return null;
  const [sheet, rest] = split;
  const parts = rest.split(':');
  if (parts.length > 2 || parts[0] === '') return null;
  const out = (g: Omit<GridRange, 'sheet'>): GridRange => (sheet === undefined ? g : { sheet, ...g });
  const a = parts[0];
  const b = parts[1];
  const ca = CELL.exec(a);
  if (b === undefined) {
    if (!ca) return null;
    const col = lettersToColumn(ca[1]);
    const row = Number(ca[2]);
    if (col > MAX_COLUMNS) return null;
    return out({ row, col, endRow: row, endCol: col });
  }
  const cb = CELL.exec(b);
  if (ca && cb) {
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(cb[1]);
    const r1 = Number(ca[2]);
    const r2 = Number(cb[2]);
    return out({ row: Math.min(r1, r2), col: Math.min(c1, c2), endRow: Math.max(r1, r2), endCol: Math.max(c1, c2) });
  }
  const colA = COL.exec(a);
  const colB = COL.exec(b);
  if (ca && colB) {
    // F2:F  (open-ended column range)
    const c1 = lettersToColumn(ca[1]);
    const c2 = lettersToColumn(colB[1]);
    return out({ row: Number(ca[2]), col: Math.min(c1, c2), endRow: null, endCol: Math.max(c1, c2) });
  }
  if (colA && cb) {
    const c1 = lettersToColumn(colA[1]);
    const c2 = lettersToColumn(cb[1]);
    return out({ row: Number(cb[2]), col: Math.min(c1, c2), endRow: null, endCol: Math.max(c1, c2) });
  }
  if (colA && colB) {
    const c1 = lettersToColumn(colA[1]);
    const c2 = lettersToColumn(colB[1]);
    return out({ row: 1, col: Math.min(c1, c2), endRow: null, endCol: Math.max(c1, c2) });
  }
  const ra = ROW.exec(a);
  const rb = ROW.exec(b);
  if (ra && rb) {
    const r1 = Number(ra[1]);
    const r2 = Number(rb[1]);
    return out({ row: Math.min(r1, r2), col: 1, endRow: Math.max(r1, r2), endCol: null });
  }
  // A2:2 style (open to the right)
  if (ca && rb) {
    return out({ row: Number(ca[2]), col: lettersToColumn(ca[1]), endRow: Number(rb[1]), endCol: null });
  }
  return null;
}

/** Whether a sheet name must be quoted in a reference. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !CELL.test(name) && !/^R\d*C\d*$/i.test(name) && !/^(TRUE|FALSE)$/i.test(name)) {
    return name;
  }
  return `'${name.replace(/'/g, "''")}'`;
}

export interface A1Format {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  openRows?: boolean;
  openCols?: boolean;
}

/** `A1`, `A1:B2`, or the open forms `F2:F`, `A:A`, `2:2` when the range was obtained that way. */
export function formatA1(r: A1Format): string {
  const c1 = columnToLetters(r.col);
  const c2 = columnToLetters(r.col + r.numCols - 1);
  const r2 = r.row + r.numRows - 1;
  if (r.openRows && r.openCols) return `${r.row}:${r2}`;
  if (r.openRows) return r.row === 1 ? `${c1}:${c2}` : `${c1}${r.row}:${c2}`;
  if (r.openCols) return `${r.row}:${r2}`;
  if (r.numRows === 1 && r.numCols === 1) return `${c1}${r.row}`;
  return `${c1}${r.row}:${c2}${r2}`;
}
