import type { ColumnMap } from '../sheet/columns';
import { citizenKey } from './key';

/** Sheet rows as one read of them gives them: `rows[i]` is sheet row `firstRow + i`. */
export interface RowsRead {
  columns: ColumnMap;
  rows: readonly (readonly unknown[])[];
  /** The sheet row of `rows[0]`: 2 for data read below the headers, 1 for a whole-sheet read. */
  firstRow: number;
}

/** The first data row (row 1 holds the headers). */
const FIRST_DATA_ROW = 2;

/**
 * Finds a citizen by key in rows read just now (under the lock), the one rule every writer uses (the merge's
 * marks, the scheduler's visits, the sidebar's actions): the remembered row when the citizen is still on
 * it, else the one row that now holds the key (the sheet was sorted, or rows were inserted or deleted).
 * Undefined when no row, or more than one, holds it: nothing is ever written onto a guessed namesake.
 * The index of all keys is built once, on the first miss, so a run of hits costs one key each.
 */
export function citizenLocator(read: RowsRead): (row: number, key: string) => number | undefined {
  const keyAt = (row: number): string | undefined => {
    const cells = row >= FIRST_DATA_ROW ? read.rows[row - read.firstRow] : undefined;
    return cells ? citizenKey({ columns: read.columns, values: cells }) : undefined;
  };
  let rowsByKey: Map<string, number[]> | undefined;
  return (row, key) => {
    if (keyAt(row) === key) return row;
    if (!rowsByKey) {
      rowsByKey = new Map();
      for (let r = Math.max(read.firstRow, FIRST_DATA_ROW); r < read.firstRow + read.rows.length; r++) {
        const k = keyAt(r)!;
        const rows = rowsByKey.get(k);
        if (rows) rows.push(r);
        else rowsByKey.set(k, [r]);
      }
    }
    const rows = rowsByKey.get(key);
    return rows?.length === 1 ? rows[0] : undefined;
  };
}
