import { kindOf, type ImportValue } from './values';
import type { ColumnKey } from '../sheet/columns';
import type { ImportPlan } from './plan';

/**
 * The import's write as a few rectangular blocks: one per run of adjacent citizen columns (one block in
 * the standard layout), from the first to the last row the import touches. Cells the import does not
 * change keep the value read under the same lock, so the number of service calls does not grow with
 * the number of citizens. Only the citizen columns the file has are in a block: the team's records and
 * the computed columns are never part of one.
 */
export interface BlockWrite {
  /** 0-based data row (sheet row = firstRow + 2). */
  firstRow: number;
  /** 0-based sheet column. */
  firstColumn: number;
  values: unknown[][];
  /** 0-based sheet columns of the block written as plain text (`@`), so Sheets cannot reinterpret them. */
  textColumns: number[];
}

export interface WritePlan {
  blocks: BlockWrite[];
  /** Data rows the sheet must have (0-based exclusive end of the last block). */
  rowsNeeded: number;
}

export function writeBlocks(plan: ImportPlan, rows: readonly (readonly unknown[])[], toCell: (v: ImportValue) => unknown): WritePlan {
  const touched = [...plan.updates.map((u) => u.row)];
  if (plan.adds.length) touched.push(plan.appendAt, plan.appendAt + plan.adds.length - 1);
  if (!touched.length) return { blocks: [], rowsNeeded: rows.length };
  const first = Math.min(...touched);
  const last = Math.max(...touched);

  const entries = (Object.entries(plan.columns) as [ColumnKey, number][]).sort((a, b) => a[1] - b[1]);
  const runs: [ColumnKey, number][][] = [];
  for (const e of entries) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1][1] === e[1] - 1) run.push(e);
    else runs.push([e]);
  }

  const blocks = runs.map((run): BlockWrite => {
    const start = run[0][1];
    const width = run.length;
    const values: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      const source = rows[r];
      const line: unknown[] = new Array(width);
      for (let c = 0; c < width; c++) line[c] = source?.[start + c] ?? '';
      values.push(line);
    }
    const put = (row: number, column: number, value: ImportValue) => {
      if (column >= start && column < start + width) values[row - first][column - start] = toCell(value);
    };
    for (const u of plan.updates) for (const ch of u.changes) put(u.row, ch.column, ch.value);
    plan.adds.forEach((a, i) => {
      for (const ch of a.cells) put(plan.appendAt + i, ch.column, ch.value);
    });
    const textColumns = run.filter(([key]) => kindOf(key) === 'text').map(([, col]) => col);
    return { firstRow: first, firstColumn: start, values, textColumns };
  });
  return { blocks, rowsNeeded: Math.max(rows.length, last + 1) };
}
