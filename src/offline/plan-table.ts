import { ownEventCells, ownEventColumns } from '../core/sheet/event-columns';
import { Day } from '../core/day';
import { InputError } from '../core/coerce/errors';
import { isEmptyCell, tryYesNo } from '../core/coerce/values';
import type { Profile } from '../core/profiles/schema';
import { evaluate } from '../core/rules/engine';
import type { Citizen, Plan } from '../core/rules/types';
import { ColumnKey, ColumnMap, findColumns } from '../core/sheet/columns';
import { planStatus, rowStatus } from '../core/status/row-status';
import { readTeamRecords } from '../core/status/records';
import { withFollowUp } from '../core/follow-up/offer';
import type { StatusId } from '../core/status/vocabulary';
import { citizenFromCells } from '../core/rules/citizen-input';
import type { InputCell, InputRow, InputTable } from './input';
import * as text from './text';

const MS_PER_DAY = 86_400_000;

/**
 * The day of a Date read from a file. Excel and exceljs carry dates as midnight UTC; the second of slack
 * absorbs a serial's rounding (1950-03-01 stored as 23:59:59.999 the day before).
 */
export const fileDateToDay = (date: Date): Day => Math.floor((date.getTime() + 1000) / MS_PER_DAY) as Day;

export interface PlannedRow {
  row: number;
  cells: InputCell[];
  plan: Plan;
  status: StatusId;
}

export interface BadRow {
  row: number;
  cells: InputCell[];
  /** Danish, names the field and the value (a CPR number masked). */
  message: string;
}

export interface PlanResult {
  asOf: Day;
  profile: Profile;
  headers: string[];
  columns: ColumnMap;
  planned: PlannedRow[];
  bad: BadRow[];
}

export interface PlanOptions {
  /** Called now and then with the number of rows done (for a progress bar). */
  onProgress?: (done: number) => void;
  /** The clock (default: the reference date): undated marks count for its year only. */
  today?: Day;
}

/** Reads one cell of a row by its column. */
export type CellOf = (key: ColumnKey) => InputCell;

export function cellReader(columns: ColumnMap, cells: InputCell[]): CellOf {
  return (key) => {
    const i = columns[key];
    return i === undefined ? null : cells[i] ?? null;
  };
}

/**
 * The birth date cell of a row: `Fødselsdato`, or `CPR` when that is the one filled in (a team may keep
 * both columns and fill only one per citizen).
 */
export function birthCell(cell: CellOf): InputCell {
  const birth = cell('birthdate');
  return isEmptyCell(birth) ? cell('cpr') : birth;
}

/**
 * A row as the rules see a citizen. The same coercions, in the same order and with the same field names,
 * as FHB_PLAN (`src/sheetfns/functions.ts`), so a row gives the same plan or the same error offline and
 * in the sheet.
 */
export function citizenOfRow(cell: CellOf, toDay: (d: Date) => Day = fileDateToDay, own?: { events: Profile['events']; cells: readonly unknown[] }): Citizen {
  const birth = birthCell(cell);
  if (isEmptyCell(birth)) throw new InputError(text.ERR_BIRTH_MISSING);
  return citizenFromCells(
    { birth, livesAlone: cell('livesAlone'), spouseDied: cell('spouseDied'), spouseMoved: cell('spouseMoved'), atRisk: cell('atRisk'), exempt: cell('exempt'), events: own?.cells },
    toDay,
    own?.events,
  );
}

/**
 * The row's status, as FHB_STATUS computes it from the plan and the team's records (the year rule of
 * records/year.ts: `today` is the clock, whose year undated marks belong to).
 */
export function statusOfRow(plan: Plan, cell: CellOf, asOf: Day, today: Day, columns: ColumnMap, toDay: (d: Date) => Day = fileDateToDay): StatusId {
  return rowStatus(plan, cell, columns, asOf, today, toDay);
}

/** Digital Post: yes only when the cell clearly says so. */
export function hasDigitalPost(cell: CellOf): boolean {
  return tryYesNo(cell('digitalPost')) === true;
}

/** Plans every row of a table; bad rows are collected with their row numbers, the rest are planned. */
export function planTable(table: InputTable, asOf: Day, profile: Profile, options: PlanOptions = {}): PlanResult {
  const columns = findColumns(table.headers);
  const own = ownEventColumns(table.headers, profile.events);
  const planned: PlannedRow[] = [];
  const bad: BadRow[] = [];
  table.rows.forEach((input: InputRow, i) => {
    const cell = cellReader(columns, input.cells);
    try {
      const records = readTeamRecords(cell, fileDateToDay);
      // An open follow-up whose day has come leads the plan, as in the Google sheet (core/follow-up/offer.ts):
      // plan.xlsx, the status and the letters (template OPFOLGNING, once) treat it as due work.
      const plan = withFollowUp(evaluate(citizenOfRow(cell, fileDateToDay, { events: profile.events, cells: ownEventCells(own, input.cells) }), asOf, profile), records, asOf, profile);
      planned.push({ row: input.row, cells: input.cells, plan, status: planStatus(plan, records, columns, asOf, options.today ?? asOf) });
    } catch (e) {
      bad.push({ row: input.row, cells: input.cells, message: messageOf(e) });
    }
    if (options.onProgress && (i + 1) % 1000 === 0) options.onProgress(i + 1);
  });
  options.onProgress?.(table.rows.length);
  return { asOf, profile, headers: table.headers, columns, planned, bad };
}

/** Another year's plan from this year's data, as counts for the report: each planned row's code, and the rows in error. */
export interface OtherYearCounts {
  codes: string[];
  errors: number;
}

/**
 * The plan of a year other than the data's own (last year's, from this year's data), only counted: a
 * citizen born after the reference date is left out, and an event after it has not happened yet. Nothing
 * of the rows is kept (the report needs the codes alone).
 */
export function countOtherYear(table: InputTable, asOf: Day, profile: Profile): OtherYearCounts {
  const columns = findColumns(table.headers);
  const own = ownEventColumns(table.headers, profile.events);
  const codes: string[] = [];
  let errors = 0;
  for (const input of table.rows) {
    try {
      const cell = cellReader(columns, input.cells);
      const citizen = citizenOfRow(cell, fileDateToDay, { events: profile.events, cells: ownEventCells(own, input.cells) });
      if (citizen.birth > asOf) continue;
      const plan = evaluate(withoutFutureEvents(citizen, asOf), asOf, profile);
      // Read as the year's own plan reads the row: a record cell that cannot be read makes it an error in either year.
      statusOfRow(plan, cell, asOf, asOf, columns);
      codes.push(plan.code);
    } catch {
      errors++;
    }
  }
  return { codes, errors };
}

function withoutFutureEvents(citizen: Citizen, asOf: Day): Citizen {
  return {
    ...citizen,
    spouseDied: citizen.spouseDied !== undefined && citizen.spouseDied <= asOf ? citizen.spouseDied : undefined,
    spouseMoved: citizen.spouseMoved !== undefined && citizen.spouseMoved <= asOf ? citizen.spouseMoved : undefined,
    ...(citizen.events ? { events: Object.fromEntries(Object.entries(citizen.events).filter(([, day]) => day <= asOf)) } : {}),
  };
}

/** The Danish message of a row's failure; an unexpected one (a bug) is said as such. */
export function messageOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  return `uventet fejl (${e instanceof Error ? e.message : String(e)}). Skriv til udviklerne.`;
}
