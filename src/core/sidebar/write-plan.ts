import { Day, dayFromUtcDate, toDanish, yearOf } from '../day';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import { recordCellAfterWrite, recordCellValue, recordYear } from '../records/year';
import { recordEntries } from '../status/records';
import { clock } from '../schedule/text';
import type { ColumnKey, ColumnMap } from '../sheet/columns';
import type { ActionId } from './protocol';
import { headerOf } from './citizen-view';
import * as text from './text';

/** A value to write, still free of Apps Script: the adapter turns days into Dates in the sheet's zone. */
export type CellValueToWrite =
  | { kind: 'day'; day: Day }
  | { kind: 'dateTime'; day: Day; minutes: number }
  | { kind: 'text'; text: string }
  /** Empties the cell (an Opfølgning a newer contact closed). */
  | { kind: 'clear' };

export interface CellWrite {
  /** 0-based column. */
  column: number;
  header: string;
  value: CellValueToWrite;
  /** What the sheet showed before ('' when blank). */
  previous: string;
  /** How the new value reads in Danish, for messages. */
  shown: string;
}

export interface ActionInput {
  action: ActionId;
  day: Day;
  /** Minutes after midnight, for a booked visit. */
  minutes?: number;
  consultant?: string;
  /**
   * The planning year (the reference date's) and the open year (today's), for the record cells that keep
   * one entry per planning year (records/year.ts); without it, the day's own year for both.
   */
  years?: { planning: number; open: number; toDay: DateToDay };
}

export type WritePlan =
  /** Some cell the action needs is not in the sheet. */
  | { kind: 'missing'; headers: string[] }
  /** Every target already holds exactly this. */
  | { kind: 'same'; message: string }
  /** Cells hold something else: ask first. `writes` is what an overwrite would write. */
  | { kind: 'confirm'; conflicts: CellWrite[]; writes: CellWrite[]; message: string }
  | { kind: 'write'; writes: CellWrite[]; message: string };

const TARGET: Record<Exclude<ActionId, 'booked' | 'notReached'>, ColumnKey> = {
  invited: 'invited', done: 'done', declined: 'declined',
};

/**
 * Which cells an action writes and whether it may, from the row as it is now. A cell a person filled is
 * never replaced silently: a different value there gives `confirm`. `notReached` only appends, so it
 * never needs to ask.
 */
export function planAction(input: ActionInput, row: { headers: readonly unknown[]; columns: ColumnMap; values: readonly unknown[]; display: readonly string[] }): WritePlan {
  const cell = (key: ColumnKey, value: CellValueToWrite, shownValue: string): CellWrite | string => {
    const column = row.columns[key];
    const header = headerOf(row.headers, column, key);
    if (column === undefined) return header;
    const previous = isEmptyCell(row.values[column]) ? '' : String(row.display[column] ?? '').trim() || String(row.values[column]);
    return { column, header, value, previous, shown: shownValue };
  };

  const dayText = toDanish(input.day);
  let wanted: (CellWrite | string)[];
  let what: string;
  switch (input.action) {
    case 'booked': {
      const when = `${dayText} ${clock(input.minutes ?? 0)}`;
      wanted = [cell('visit', { kind: 'dateTime', day: input.day, minutes: input.minutes ?? 0 }, when)];
      if (input.consultant) wanted.push(cell('consultant', { kind: 'text', text: input.consultant }, input.consultant));
      what = input.consultant ? `${when} (${input.consultant})` : when;
      break;
    }
    case 'notReached': {
      const entry = text.notReachedEntry(input.day);
      const column = row.columns.calls;
      const before = column === undefined || isEmptyCell(row.values[column]) ? '' : String(row.values[column]).trim();
      const next = before ? `${before}; ${entry}` : entry;
      const write = cell('calls', { kind: 'text', text: next }, next);
      if (typeof write === 'string') return { kind: 'missing', headers: [write] };
      return { kind: 'write', writes: [write], message: text.ACTION_DONE.notReached(entry) };
    }
    default:
      wanted = [recordCell(input, TARGET[input.action], row, cell)];
      what = dayText;
  }

  const missing = wanted.filter((w): w is string => typeof w === 'string');
  if (missing.length) return { kind: 'missing', headers: missing };
  const writes = (wanted as CellWrite[]).filter((w) => !sameValue(w));
  if (writes.length === 0) return { kind: 'same', message: text.alreadyRecorded(what) };
  const conflicts = writes.filter((w) => w.previous !== '');
  const message = text.ACTION_DONE[input.action](what);
  if (conflicts.length) return { kind: 'confirm', conflicts, writes, message };
  return { kind: 'write', writes, message };
}

/**
 * A record cell (Inviteret, Gennemført, Frabedt) keeps one entry per planning year: the day is added
 * beside another year's entry (last year's, not yet closed; this year's, when planning ahead), as the
 * merge does, and only an entry of the same planning year is something to ask about. Written for a later
 * year than the day's, it reads "10-12-2026 (for 2027)".
 */
function recordCell(
  input: ActionInput,
  key: ColumnKey,
  row: { columns: ColumnMap; values: readonly unknown[] },
  cell: (key: ColumnKey, value: CellValueToWrite, shown: string) => CellWrite | string,
): CellWrite | string {
  const years = input.years ?? { planning: yearOf(input.day), open: yearOf(input.day), toDay: dayFromUtcDate };
  const column = row.columns[key];
  const entries = column === undefined ? [] : recordEntries(row.values[column], years.toDay, toDanish);
  const value = recordCellAfterWrite(entries, input.day, years.planning, years.open, (day): CellValueToWrite => ({ kind: 'day', day }), toDanish);
  const written: CellValueToWrite = typeof value === 'string' ? { kind: 'text', text: value } : value;
  // This year's entry as the cell will show it ("10-12-2026 (for 2027)" when written for another year).
  const write = cell(key, written, recordCellValue(input.day, years.planning, toDanish, toDanish));
  if (typeof write === 'string') return write;
  // What there is to ask about: this planning year's entry only (an unreadable entry counts as this year's).
  const ours = entries.filter((e) => e.record === undefined || recordYear(e.record, years.open) === years.planning);
  return { ...write, previous: entries.length === 0 ? write.previous : ours.map((e) => e.text).join('; ') };
}

/** True when the cell already shows what would be written (dates compared as the sheet shows them). */
function sameValue(w: CellWrite): boolean {
  if (w.previous === '') return false;
  return normalize(w.previous) === normalize(w.shown);
}

function normalize(s: string): string {
  // "5-3-2025", "05.03.2025" and "05-03-2025" read the same; case and spacing do not matter.
  return s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/(^|\D)(\d)(?=\D|$)/g, '$10$2')
    .replace(/[./]/g, '-')
    .trim();
}

/** `tt:mm` → minutes after midnight (the schema has checked the shape). */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}
