import { isEmptyCell } from '../../core/coerce/values';
import type { Day } from '../../core/day';
import { DATETIME_FORMAT, TEXT_FORMAT } from '../../core/sheet/column-formats';
import type { ColumnMap } from '../../core/sheet/columns';
import { citizenLocator } from '../../core/citizens/locate';
import type { Zone } from '../../sheetfns/zone';
import { wallTimeToDate } from '../sidebar/time';
import { keepAsIs } from '../sheet/block-write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A visit to write: where it was proposed, who was on that row, and when. */
export interface VisitWrite {
  readonly row: number;
  readonly fingerprint: string;
  readonly day: Day;
  readonly minute: number;
  readonly consultant: string;
}

/**
 * Finds each visit's row again in values read just now (under the lock): the same row when the same
 * citizen is still on it, else the one row that now holds that citizen (the sheet was sorted); keeps only
 * those whose Besøg and Konsulent are still empty, so a value somebody typed is never replaced.
 */
export function placeWrites(writes: readonly VisitWrite[], values: readonly (readonly unknown[])[], columns: ColumnMap): { placed: VisitWrite[]; lost: number } {
  const locate = citizenLocator({ columns, rows: values, firstRow: 1 });
  const visit = columns.visit!;
  const consultant = columns.consultant!;
  const taken = new Set<number>();
  const placed: VisitWrite[] = [];
  let lost = 0;
  for (const w of writes) {
    const row = locate(w.row, w.fingerprint);
    const cells = row === undefined ? undefined : values[row - 1];
    if (row === undefined || !cells || taken.has(row) || !isEmptyCell(cells[visit]) || !isEmptyCell(cells[consultant])) {
      lost++;
      continue;
    }
    taken.add(row);
    placed.push({ ...w, row });
  }
  return { placed, lost };
}

/**
 * Writes Besøg (a date-time in the sheet's zone, shown dd-mm-åååå tt:mm) and Konsulent for the given rows
 * in one `setValues` over the rows they span (one per column when the two columns are not side by side).
 * Cells between them are written back as they were: their formula when they have one, else their value.
 */
export function writeVisits(sheet: Sheet, columns: ColumnMap, values: readonly (readonly unknown[])[], writes: readonly VisitWrite[], zone: Zone): void {
  if (writes.length === 0) return;
  const visit = columns.visit!;
  const consultant = columns.consultant!;
  const byRow = new Map(writes.map((w) => [w.row, w]));
  const rows = writes.map((w) => w.row);
  const top = Math.min(...rows);
  const height = Math.max(...rows) - top + 1;
  const blocks = Math.abs(visit - consultant) === 1 ? [[Math.min(visit, consultant), 2]] : [[visit, 1], [consultant, 1]];
  for (const [first, width] of blocks) {
    const range = sheet.getRange(top, first + 1, height, width);
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    const out = formulas.map((formulaRow, i) =>
      formulaRow.map((formula, j) => {
        const column = first + j;
        const w = byRow.get(top + i);
        if (w && column === visit) {
          formats[i][j] = DATETIME_FORMAT;
          return wallTimeToDate(zone, w.day, w.minute);
        }
        if (w && column === consultant) {
          formats[i][j] = TEXT_FORMAT;
          return w.consultant;
        }
        if (formula !== '') return formula;
        return keepAsIs(values[top + i - 1]?.[column] ?? '', formats[i][j]);
      }),
    );
    // Formats first: setValues parses strings as typed, by the cell's format (a name in plain text stays a name).
    range.setNumberFormats(formats);
    range.setValues(out);
  }
}
