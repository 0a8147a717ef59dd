import type { Day } from '../day';
import { DATE_FORMAT, DATETIME_FORMAT, TEXT_FORMAT } from '../sheet/column-formats';
import { HISTORY_KINDS, HISTORY_SOURCES, HistoryEvent, HistoryKind, HistorySource } from './events';
import { HISTORY_HEADERS, KIND_LABELS, SOURCE_LABELS } from './text';

/** A history row is always this wide, in the order of HISTORY_HEADERS. */
export const HISTORY_WIDTH = HISTORY_HEADERS.length;
export const INSTANT_FORMAT = 'dd-mm-yyyy hh:mm:ss';
const YEAR_FORMAT = '0';

/** How the adapter turns the core's days and instants into cell values (Dates in the sheet's zone). */
export interface CellMaker {
  day(day: Day, minute?: number): unknown;
  instant(ms: number): unknown;
}

/** One event as one sheet row. */
export function historyRow(e: HistoryEvent, make: CellMaker): unknown[] {
  return [
    make.instant(e.atMs), e.user, e.key, e.name, e.year, e.code, KIND_LABELS[e.kind],
    e.day === undefined ? '' : make.day(e.day, e.minute), e.detail, SOURCE_LABELS[e.source],
  ];
}

/**
 * The number formats of a row: text columns as plain text (a name like "007" or "=…" stays what it is),
 * the date with a time when it has one.
 */
export function historyFormats(e: HistoryEvent): string[] {
  return [
    INSTANT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, YEAR_FORMAT, TEXT_FORMAT, TEXT_FORMAT,
    e.minute === undefined ? DATE_FORMAT : DATETIME_FORMAT, TEXT_FORMAT, TEXT_FORMAT,
  ];
}

/** How the adapter reads cells back (a Date cell → its day and wall-clock minute in the sheet's zone). */
export interface CellReader {
  day(value: unknown): { day: Day; minute?: number } | undefined;
  instant(value: unknown): number | undefined;
}

const KIND_OF = labelIndex(HISTORY_KINDS, KIND_LABELS);
const SOURCE_OF = labelIndex(HISTORY_SOURCES, SOURCE_LABELS);

/**
 * A sheet row back to an event; undefined for a row that is not one (blank, or a what-happened word fhb
 * does not know). `columns` maps each header to its column, so a team that moved a column is still read.
 */
export function eventOfRow(cells: readonly unknown[], columns: readonly number[], read: CellReader): HistoryEvent | undefined {
  const cell = (i: number) => cells[columns[i]];
  const text = (i: number) => String(cell(i) ?? '').trim();
  const kind = KIND_OF.get(text(6).toLowerCase()) as HistoryKind | undefined;
  const year = Number(cell(4));
  if (!kind || !Number.isInteger(year)) return undefined;
  const when = read.day(cell(7));
  const event: HistoryEvent = {
    atMs: read.instant(cell(0)) ?? 0,
    user: text(1),
    key: text(2),
    name: text(3),
    year,
    code: text(5),
    kind,
    detail: text(8),
    source: (SOURCE_OF.get(text(9).toLowerCase()) as HistorySource | undefined) ?? 'manual',
  };
  if (when) {
    event.day = when.day;
    if (when.minute !== undefined) event.minute = when.minute;
  }
  return event;
}

/** Each header's column in a header row as the sheet has it now (missing headers at their usual place). */
export function historyColumns(headerRow: readonly unknown[]): number[] {
  const at = new Map(headerRow.map((h, i) => [String(h ?? '').trim().toLowerCase(), i] as const));
  return HISTORY_HEADERS.map((h, i) => at.get(h.toLowerCase()) ?? i);
}

function labelIndex<K extends string>(ids: readonly K[], labels: Record<K, string>): Map<string, K> {
  const map = new Map<string, K>();
  for (const id of ids) {
    map.set(labels[id].toLowerCase(), id);
    map.set(id.toLowerCase(), id);
  }
  return map;
}
