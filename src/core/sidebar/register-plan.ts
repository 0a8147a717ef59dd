import { type Day, toDanish } from '../day';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import { entriesOf, recordCellAfterWrite, recordYear } from '../records/year';
import { parseRecord, recordEntries } from '../status/records';
import { followUpDay } from '../status/follow-up';
import type { ColumnKey, ColumnMap } from '../sheet/columns';
import { headerOf } from './citizen-view';
import type { CellValueToWrite, CellWrite } from './write-plan';

export interface RegisterCells {
  day: Day;
  followUp?: Day;
  years: { planning: number; open: number; toDay: DateToDay };
}

export type RegisterPlan = { kind: 'missing'; headers: string[] } | { kind: 'write'; writes: CellWrite[]; newest: boolean };

/**
 * What registering a held contact writes in the citizen's row, beside the visit sheet's new row: this
 * planning year's Gennemført (as recording a visit does), unless that already holds a later contact (a
 * visit registered late moves nothing back), and the Opfølgning date: the new one, or none, since the
 * newest contact decides whether a follow-up is open. Never asks: the visit sheet keeps every contact.
 * With a follow-up, a Besøg booked for the day registered is emptied with its Konsulent (below).
 */
export function registerCells(input: RegisterCells, row: { headers: readonly unknown[]; columns: ColumnMap; values: readonly unknown[] }): RegisterPlan {
  const missing: string[] = [];
  const column = (key: ColumnKey) => {
    const c = row.columns[key];
    if (c === undefined) missing.push(headerOf(row.headers, c, key));
    return c;
  };
  const done = column('done');
  const follow = input.followUp !== undefined || !isEmptyCell(row.columns.followUp === undefined ? undefined : row.values[row.columns.followUp]) ? column('followUp') : row.columns.followUp;
  if (missing.length || done === undefined) return { kind: 'missing', headers: missing };

  const { planning, open, toDay } = input.years;
  const entries = recordEntries(row.values[done], toDay, toDanish);
  const later = entries.some((e) => recordYear(e.record, open) === planning && entriesOf(e.record).some((x) => 'day' in x && x.day > input.day));
  const writes: CellWrite[] = [];
  const write = (c: number, key: ColumnKey, value: CellValueToWrite, shown: string) =>
    writes.push({ column: c, header: headerOf(row.headers, c, key), value, previous: '', shown });
  if (!later) {
    const value = recordCellAfterWrite(entries, input.day, planning, open, (day): CellValueToWrite => ({ kind: 'day', day }), toDanish);
    write(done, 'done', typeof value === 'string' ? { kind: 'text', text: value } : value, toDanish(input.day));
    if (follow !== undefined) {
      const current = safeDay(row.values[follow], toDay);
      if (input.followUp !== undefined && current !== input.followUp) write(follow, 'followUp', { kind: 'day', day: input.followUp }, toDanish(input.followUp));
      if (input.followUp === undefined && current !== undefined) write(follow, 'followUp', { kind: 'clear' }, '');
    }
    // The visit just held frees Besøg and Konsulent for the follow-up's visit, which «Planlæg besøg» books
    // only in empty cells: the held visit is kept in the visit sheet and in Historik.
    if (input.followUp !== undefined && heldVisitIn(row, input.day, toDay)) {
      write(row.columns.visit!, 'visit', { kind: 'clear' }, '');
      if (row.columns.consultant !== undefined && !isEmptyCell(row.values[row.columns.consultant])) write(row.columns.consultant, 'consultant', { kind: 'clear' }, '');
    }
  }
  return { kind: 'write', writes, newest: !later };
}

/** Whether Besøg holds a visit on the registered day. */
function heldVisitIn(row: { columns: ColumnMap; values: readonly unknown[] }, day: Day, toDay: DateToDay): boolean {
  const column = row.columns.visit;
  if (column === undefined) return false;
  try {
    return entriesOf(parseRecord(row.values[column], '', toDay)).some((e) => 'day' in e && e.day === day);
  } catch {
    return false;
  }
}

function safeDay(value: unknown, toDay: DateToDay): Day | undefined {
  try {
    return followUpDay(parseRecord(value, '', toDay));
  } catch {
    return undefined;
  }
}
