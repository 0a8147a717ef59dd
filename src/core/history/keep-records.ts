import { parseCallAttempts } from '../calls/attempts';
import { citizenKey } from '../citizens/key';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import { type Day, dayFromYmd, toDanish, yearOf } from '../day';
import type { ColumnMap } from '../sheet/columns';
import { endedDay } from '../records/ended';
import { entriesOf, recordYear } from '../records/year';
import { parseRecord, readTeamRecords, recordEntries } from '../status/records';
import { followUpClosed, followUpDay } from '../status/follow-up';
import { eventCitizen } from './citizen';
import { factId } from './count';
import type { HistoryEvent, HistoryKind, NewHistoryEvent } from './events';
import { UNKNOWN_USER } from './text';

/**
 * The citizen sheet's records kept in the history, and the year closed.
 *
 * Every record in the sheet (Inviteret, Besøg, Gennemført, Frabedt, Opkald, Brev) is a fact; a fact the
 * history does not have yet (typed by hand, or from before fhb kept a history) is appended, marked
 * "Rettet i arket" with the user unknown. A record dated in an earlier calendar year than today's is
 * also cleared from the sheet once the history has it: the record columns hold this year's work, the
 * history every year's. An undated tick ("x", "ja", a note) counts for the year it is seen in and is
 * closed only at the year's turn (`closing`), so it never carries over into a second year.
 */

export interface KeepInput {
  columns: ColumnMap;
  /** The data rows (index i is sheet row i + 2). */
  rows: readonly (readonly unknown[])[];
  history: readonly HistoryEvent[];
  /** Today's calendar year (not the reference date's: planning ahead must not close this year). */
  year: number;
  /** True on the first run of a new year: undated ticks belong to the year that ended and are cleared. */
  closing: boolean;
  toDay: DateToDay;
  /** The row's offer code for a day (the plan with that day as reference date); '' when it cannot be read. */
  codeOf: (rowIndex: number, day: Day) => string;
  /** Ophørt and Ophørsårsag, when the sheet has them: an end is logged once ("Ophørt"), never cleared. */
  ended?: { ended?: number; reason?: number };
}

export interface CellChange {
  /** 0-based data row (sheet row = row + 2) and 0-based column. */
  row: number;
  column: number;
  /** The new content: '' clears the cell; text keeps the entries (calls, records "for" a later year) still open. */
  value: string;
}

export interface KeepPlan {
  events: NewHistoryEvent[];
  changes: CellChange[];
  /** How many cells are cleared or shortened (records of ended years). */
  closedCells: number;
}

type RecordColumn = 'invited' | 'visit' | 'done' | 'declined' | 'calls' | 'letter';
const RECORD_COLUMNS: readonly RecordColumn[] = ['invited', 'visit', 'done', 'declined', 'calls', 'letter'];
const KIND_OF: Record<Exclude<RecordColumn, 'calls' | 'letter' | 'visit'>, HistoryKind> = { invited: 'invited', done: 'done', declined: 'declined' };

interface Fact {
  kind: HistoryKind;
  year: number;
  day?: Day;
  minute?: number;
  detail: string;
  /** The entry of the cell this fact came from (a multi-year cell keeps the entries of open years). */
  part?: string;
  /** Cleared with its year but not logged. */
  silent?: boolean;
}

export function keepRecords(input: KeepInput): KeepPlan {
  const { columns, rows, year, closing } = input;
  const known = new Set(input.history.map(factId));
  const events: NewHistoryEvent[] = [];
  const changes: CellChange[] = [];
  const undatedYear = closing ? year - 1 : year;
  rows.forEach((cells, i) => {
    const endedAt = input.ended?.ended;
    if (!RECORD_COLUMNS.some((c) => columns[c] !== undefined && !isEmptyCell(cells[columns[c]!])) && (endedAt === undefined || isEmptyCell(cells[endedAt])) && (columns.followUp === undefined || isEmptyCell(cells[columns.followUp]))) return;
    const key = citizenKey({ columns, values: cells });
    const codes = new Map<number, string>();
    const citizenFor = (f: Fact) => {
      const day = f.day ?? dayFromYmd(f.year, 12, 31);
      if (!codes.has(day)) codes.set(day, input.codeOf(i, day));
      return eventCitizen({ columns, values: cells }, f.year, codes.get(day));
    };
    const factsOf = cellFacts(cells, columns, input.toDay, undatedYear);
    const ended = endedFact(cells, input.ended, input.toDay, year);
    for (const [column, facts] of [...factsOf, ...(ended ? [[-1, [ended]] as const] : [])]) {
      for (const f of facts) {
        if (f.silent) continue;
        const event: NewHistoryEvent = {
          ...citizenFor(f), key, kind: f.kind, detail: f.detail, source: f.year < year ? 'yearClose' : 'manual', user: UNKNOWN_USER,
          ...(f.day !== undefined ? { day: f.day } : {}), ...(f.minute !== undefined ? { minute: f.minute } : {}),
        };
        if (known.has(factId(event))) continue;
        known.add(factId(event));
        events.push(event);
      }
      if (column < 0) continue;
      const kept = facts.filter((f) => f.year >= year);
      if (kept.length === facts.length) continue;
      const value = kept.map((f) => f.part).join('; ');
      changes.push({ row: i, column, value });
      // A visit's consultant goes with the visit: the scheduler books only rows whose both cells are empty.
      if (column === columns.visit && value === '' && columns.consultant !== undefined && !isEmptyCell(cells[columns.consultant])) {
        changes.push({ row: i, column: columns.consultant, value: '' });
      }
    }
    const closedFollowUp = closedFollowUpCell(cells, columns, input.toDay);
    if (closedFollowUp !== undefined) changes.push({ row: i, column: closedFollowUp, value: '' });
  });
  return { events, changes, closedCells: changes.length };
}

/**
 * The Opfølgning cell to clear: a follow-up closed by a Gennemført or Frabedt on or after its day. It is
 * cleared as soon as it is closed, so the year's close (which clears those records) never opens it again;
 * an open follow-up is kept across the year's turn, because it is no record of the year but due work.
 */
function closedFollowUpCell(cells: readonly unknown[], columns: ColumnMap, toDay: DateToDay): number | undefined {
  const column = columns.followUp;
  if (column === undefined || isEmptyCell(cells[column])) return undefined;
  const records = readTeamRecords((key) => (columns[key] === undefined ? undefined : cells[columns[key]!]), toDay);
  const day = followUpDay(records.followUp);
  return day !== undefined && followUpClosed(records, day) ? column : undefined;
}

/** The citizen's end (Ophørt, with Ophørsårsag as the detail), when the row has one. */
function endedFact(cells: readonly unknown[], at: KeepInput['ended'], toDay: DateToDay, year: number): Fact | undefined {
  if (at?.ended === undefined || isEmptyCell(cells[at.ended])) return undefined;
  let day: Day | undefined;
  try {
    day = endedDay(parseRecord(cells[at.ended], '', toDay));
  } catch {
    day = undefined;
  }
  const reason = at.reason === undefined || isEmptyCell(cells[at.reason]) ? '' : String(cells[at.reason]).trim();
  return { kind: 'ended', detail: reason, year: day === undefined ? year : yearOf(day), ...(day !== undefined ? { day } : {}) };
}

/** Each record cell of a row as facts, by column: one fact per entry of a multi-year cell (records/year.ts). */
function cellFacts(cells: readonly unknown[], columns: ColumnMap, toDay: DateToDay, undatedYear: number): Map<number, Fact[]> {
  const out = new Map<number, Fact[]>();
  const value = (c: RecordColumn) => (columns[c] === undefined ? undefined : cells[columns[c]!]);
  let invited: { day?: Day; year: number } | undefined;
  const entryFacts = (c: Exclude<RecordColumn, 'calls' | 'letter'>, kind: HistoryKind, detail: string): void => {
    const v = value(c);
    if (isEmptyCell(v)) return;
    const entries = recordEntries(v, toDay, toDanish);
    const facts = entries.map(({ text, record }): Fact => {
      const one = entriesOf(record)[0];
      const day = one && 'day' in one ? one.day : undefined;
      const minute = one && 'minute' in one ? one.minute : undefined;
      // An entry that reads as nothing (a stray "nej") is still cleared with the undated marks of its year.
      const year = recordYear(record, undatedYear) ?? undatedYear;
      return { kind, detail, year, part: text, ...(day !== undefined ? { day } : {}), ...(minute !== undefined ? { minute } : {}), ...(record ? {} : { silent: true }) };
    });
    if (c === 'invited') {
      const latest = facts.reduce<Fact | undefined>((m, f) => (!m || f.year >= m.year ? f : m), undefined);
      if (latest) invited = { year: latest.year, ...(latest.day !== undefined ? { day: latest.day } : {}) };
    }
    out.set(columns[c]!, facts);
  };
  for (const c of ['invited', 'done', 'declined'] as const) entryFacts(c, KIND_OF[c], '');
  const consultant = columns.consultant === undefined ? '' : cells[columns.consultant];
  entryFacts('visit', 'booked', isEmptyCell(consultant) ? '' : String(consultant).trim());
  const calls = value('calls');
  if (!isEmptyCell(calls)) {
    const parts = Object.prototype.toString.call(calls) === '[object Date]' ? [calls] : String(calls).split(/[;\n\r]+/).map((p) => p.trim()).filter(Boolean);
    out.set(columns.calls!, parts.map((part): Fact => {
      const attempt = parseCallAttempts(part, toDay)[0];
      // A call that reached the citizen is not an event of its own (what came of it is: a visit, a decline).
      return { kind: 'notReached', detail: attempt?.text ?? '', part: String(part), silent: attempt?.outcome === 'reached', ...dated(attempt?.day, undatedYear) };
    }));
  }
  const letter = value('letter');
  if (!isEmptyCell(letter)) {
    const year = invited?.year ?? undatedYear;
    out.set(columns.letter!, [{ kind: 'letter', detail: String(letter).trim(), year, ...(invited?.day !== undefined ? { day: invited.day } : {}) }]);
  }
  return out;
}

function dated(day: Day | undefined, undatedYear: number): { year: number; day?: Day } {
  return day === undefined ? { year: undatedYear } : { year: yearOf(day), day };
}
