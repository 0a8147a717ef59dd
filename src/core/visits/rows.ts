import { ownEventColumns, type OwnEventColumns } from '../sheet/event-columns';
import { parseCallAttempts, type CallAttempt } from '../calls';
import { maskCpr } from '../coerce/cpr';
import { InputError } from '../coerce/errors';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import type { Day } from '../day';
import { planScope, visitThisYear } from '../records/this-year';
import { parseVisit } from '../records/visit';
import { yearScope } from '../records/year';
import type { Profile } from '../profiles/schema';
import { evaluate } from '../rules/engine';
import type { Plan } from '../rules/types';
import { type ColumnKey, type ColumnMap, birthColumn } from '../sheet/columns';
import { citizenKey, citizenOf } from '../sidebar/citizen-view';
import type { TeamRecords } from '../status/status';
import { readTeamRecords } from '../status/records';
import { withFollowUp } from '../follow-up/offer';

/**
 * The citizen sheet read once into what scheduling and the call list need. Pure: the adapter hands in the
 * values of one `getValues()` and the zone's `toDay`.
 *
 * Why evaluate the rules here instead of reading the computed Kode/Fra/Til columns: the scheduler must
 * know each offer's `booking` (fixed time, phone …), which only the profile carries; the formula cells may
 * be stale, still loading, an error, or missing in a team's own layout; and the engine with the same
 * profile and reference date (Indstillinger B3 and B2, the very arguments the formulas get) gives the same
 * answer in one pass without a round-trip per cell.
 */
export interface CitizenRow {
  /** 1-based sheet row. */
  readonly row: number;
  /**
   * Who is on the row: the sidebar's citizen key (name and birth date/CPR, hashed, so no name or CPR sits
   * in it), checked again before anything is written.
   */
  readonly fingerprint: string;
  readonly name: string;
  readonly phone: string;
  readonly postcode: string;
  readonly plan?: Plan;
  /** The Danish message of a row the rules cannot read. */
  readonly problem?: string;
  readonly records: TeamRecords;
  /**
   * The raw Besøg cell, and this planning year's visit in it (records/this-year.ts; a minute only when a
   * time was there): a visit of another year is history, never a booking to keep, move or plan around.
   */
  readonly visitCell: unknown;
  readonly visit?: { readonly day: Day; readonly minute?: number };
  /** The visit in Besøg when it belongs to another planning year (then `visit` is undefined). */
  readonly otherYearVisit?: { readonly day: Day; readonly minute?: number };
  readonly consultant: string;
  readonly attempts: readonly CallAttempt[];
}

export interface ReadContext {
  profile: Profile;
  asOf: Day;
  toDay: DateToDay;
  /** Where the profile's own event columns are (sheet/event-columns.ts); none read when left out. */
  own?: OwnEventColumns;
}

/** The columns the scheduler cannot do without (the call list needs only the birth date). */
export const PLANNING_COLUMNS: readonly ColumnKey[] = ['visit', 'consultant'];

/** Every data row with a birth date (or CPR): empty rows and rows without one are skipped. */
export function readCitizenRows(values: readonly (readonly unknown[])[], columns: ColumnMap, ctx: ReadContext): CitizenRow[] {
  const birth = birthColumn(columns);
  if (birth === undefined) return [];
  const rows: CitizenRow[] = [];
  const withOwn = { ...ctx, own: ctx.own ?? ownEventColumns(values[0] ?? [], ctx.profile.events) };
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    if (isEmptyCell(cells[birth]) && (columns.cpr === undefined || isEmptyCell(cells[columns.cpr]))) continue;
    rows.push(readRow(i + 1, cells, columns, withOwn));
  }
  return rows;
}

export function readRow(row: number, cells: readonly unknown[], columns: ColumnMap, ctx: ReadContext): CitizenRow {
  const at = (key: ColumnKey) => (columns[key] === undefined ? undefined : cells[columns[key]!]);
  let plan: Plan | undefined;
  let problem: string | undefined;
  try {
    plan = evaluate(citizenOf({ columns, values: cells }, ctx.toDay, ctx.own), ctx.asOf, ctx.profile);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    problem = e.message;
  }
  const visitCell = at('visit');
  const records = readTeamRecords(at, ctx.toDay);
  if (plan) plan = withFollowUp(plan, records, ctx.asOf, ctx.profile);
  const visit = visitThisYear(visitCell, plan ? planScope(plan, ctx.asOf) : yearScope(ctx.asOf, ctx.asOf), ctx.toDay);
  return {
    row,
    fingerprint: citizenKey({ columns, values: cells }),
    // Masked as in the sidebar: the call list that shows them is printed and shared.
    name: maskCpr(textOf(at('name'))),
    phone: maskCpr(textOf(at('phone'))),
    postcode: textOf(at('postcode')),
    plan,
    problem,
    records,
    visitCell,
    visit,
    otherYearVisit: visit ? undefined : parseVisit(visitCell, ctx.toDay),
    consultant: textOf(at('consultant')),
    attempts: parseCallAttempts(at('calls'), ctx.toDay),
  };
}

function textOf(value: unknown): string {
  return isEmptyCell(value) ? '' : String(value).trim();
}
