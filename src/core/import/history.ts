import { citizenKey } from '../citizens/key';
import type { NewHistoryEvent } from '../history/events';
import { columnSpec, type ColumnKey, type ColumnMap } from '../sheet/columns';
import type { ImportPlan } from './plan';
import * as text from './text';
import type { ImportValue } from './values';

/**
 * One history event per citizen the import adds or updates (kind `imported`, source `import`), told by the
 * stable citizen key of the row as it is after the write. The detail says what happened in Danish:
 * added, or which columns were updated. Appended by the adapter under the same lock as the write.
 */
export function importEvents(
  plan: ImportPlan,
  rows: readonly (readonly unknown[])[],
  columns: ColumnMap,
  toCell: (v: ImportValue) => unknown,
  year: number,
  headerOf: (key: ColumnKey) => string = (key) => columnSpec(key).header,
): NewHistoryEvent[] {
  const width = Math.max(0, ...Object.values(columns).map((c) => (c ?? 0) + 1));
  const event = (values: unknown[], name: string, detail: string): NewHistoryEvent => ({
    key: citizenKey({ columns, values }),
    name,
    year,
    code: '',
    kind: 'imported',
    detail,
    source: 'import',
  });
  const added = plan.adds.map((a) => {
    const values: unknown[] = new Array(width).fill('');
    for (const c of a.cells) values[c.column] = toCell(c.value);
    return event(values, a.name, text.HISTORY_ADDED);
  });
  const updated = plan.updates.map((u) => {
    const values = [...(rows[u.row] ?? [])];
    for (const c of u.changes) values[c.column] = toCell(c.value);
    return event(values, u.name, text.historyUpdated(u.changes.map((c) => headerOf(c.key))));
  });
  return [...added, ...updated];
}
