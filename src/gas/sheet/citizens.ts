import { birthColumn, findColumns } from '../../core/sheet/columns';
import { ExistingColumn } from '../../core/sheet/layout';
import { CITIZEN_SHEET, SETTINGS_SHEET } from '../../core/sheet/names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The citizen sheet `Borgere`: found by name, adopted from a team's own citizen list, or created; read
 * in one batch (every value, and the formulas of row 2) so the number of calls never grows with rows.
 */

export function citizenSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(CITIZEN_SHEET);
}

/** A team's own list looks like a citizen sheet when its header row names a birth date (or CPR) and two more known columns. */
function looksLikeCitizens(headers: unknown[]): boolean {
  const map = findColumns(headers);
  return birthColumn(map) !== undefined && Object.keys(map).length >= 3;
}

/**
 * `Borgere`, else the team's own citizen list renamed to `Borgere` (Sheets keeps formulas pointing at it),
 * else the only sheet of a new spreadsheet when it is empty, else a new sheet.
 */
export function findOrAdoptCitizenSheet(ss: Spreadsheet): { sheet: Sheet; how: 'found' | 'adopted' | 'created' } {
  const found = citizenSheet(ss);
  if (found) return { sheet: found, how: 'found' };
  const sheets = ss.getSheets().filter((s) => s.getName() !== SETTINGS_SHEET);
  for (const s of sheets) {
    const width = s.getLastColumn();
    if (width >= 1 && looksLikeCitizens(s.getRange(1, 1, 1, width).getValues()[0])) {
      s.setName(CITIZEN_SHEET);
      return { sheet: s, how: 'adopted' };
    }
  }
  if (sheets.length === 1 && sheets[0].getLastRow() === 0 && sheets[0].getLastColumn() === 0) {
    sheets[0].setName(CITIZEN_SHEET);
    return { sheet: sheets[0], how: 'adopted' };
  }
  return { sheet: ss.insertSheet(CITIZEN_SHEET, 0), how: 'created' };
}

export interface Snapshot {
  lastRow: number;
  lastCol: number;
  maxRows: number;
  maxCols: number;
  /** Every value of A1 to the last cell, as getValues gives them. */
  values: unknown[][];
  /** The formulas of row 2 ('' where none). */
  row2: string[];
}

export function snapshot(sheet: Sheet): Snapshot {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  const values = lastRow >= 1 && lastCol >= 1 ? sheet.getRange(1, 1, lastRow, lastCol).getValues() : [];
  const row2 = lastRow >= 2 && lastCol >= 1 ? sheet.getRange(2, 1, 1, lastCol).getFormulas()[0] : new Array<string>(lastCol).fill('');
  return { lastRow, lastCol, maxRows, maxCols, values, row2 };
}

const isEmpty = (v: unknown) => v === '' || v === null || v === undefined;

export function existingColumns(s: Snapshot): ExistingColumn[] {
  const out: ExistingColumn[] = [];
  for (let c = 0; c < s.lastCol; c++) {
    let empty = (s.row2[c] ?? '') === '';
    for (let r = 1; empty && r < s.values.length; r++) empty = isEmpty(s.values[r][c]);
    out.push({ header: s.values[0]?.[c] ?? '', empty, formula: s.row2[c] ?? '' });
  }
  return out;
}

/** The values below the header of an existing column (0-based). */
export function columnValues(s: Snapshot, c: number): unknown[] {
  return s.values.slice(1).map((row) => row[c]);
}
