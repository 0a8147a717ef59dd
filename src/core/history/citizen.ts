import { isEmptyCell } from '../coerce/values';
import { citizenKey } from '../citizens/key';
import type { ColumnMap } from '../sheet/columns';
import type { HistoryEvent } from './events';

/** Who an event is about and for which year and offer: the part every writer fills the same way. */
export type EventCitizen = Pick<HistoryEvent, 'key' | 'name' | 'year' | 'code'>;

/**
 * The citizen part of an event from a row of the citizen sheet (or an offline file): the stable key, the
 * name as typed, and the planning year and offer code the writer was working on.
 */
export function eventCitizen(row: { columns: ColumnMap; values: readonly unknown[] }, year: number, code: string | undefined): EventCitizen {
  const name = row.columns.name === undefined ? undefined : row.values[row.columns.name];
  return { key: citizenKey(row), name: isEmptyCell(name) ? '' : String(name).trim(), year, code: code ?? '' };
}
