import { ownEventColumns } from '../../core/sheet/event-columns';
import type { Day } from '../../core/day';
import { InputError } from '../../core/coerce/errors';
import type { MergeRowInput, MergeScope } from '../../core/letters/merge-plan';
import { resolveProfile } from '../../core/profiles/registry';
import type { Profile } from '../../core/profiles/schema';
import { evaluate } from '../../core/rules/engine';
import type { Settings } from '../../core/settings/schema';
import { ColumnMap, findColumns } from '../../core/sheet/columns';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { citizenKey, citizenOf } from '../../core/sidebar/citizen-view';
import { isEmptyCell } from '../../core/coerce/values';
import { rowStatus } from '../../core/status/row-status';
import { type RecordKey, readTeamRecords } from '../../core/status/records';
import { withFollowUp } from '../../core/follow-up/offer';
import { citizenLocator } from '../../core/citizens/locate';
import type { Zone } from '../../sheetfns/zone';
import * as text from './text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The citizen sheet as the merge reads it: one getValues for the whole sheet. */
export interface CitizenTable {
  sheet: Sheet;
  headers: string[];
  columns: ColumnMap;
  /** Data rows; `values[i]` is sheet row i + 2. */
  values: unknown[][];
}

export function citizenSheet(): Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(CITIZEN_SHEET);
  if (!sheet) throw new InputError(text.CITIZEN_SHEET_MISSING);
  return sheet;
}

export function readCitizenTable(sheet: Sheet = citizenSheet()): CitizenTable {
  const all = sheet.getDataRange().getValues();
  const headers = (all[0] ?? []).map((h) => String(h ?? ''));
  return { sheet, headers, columns: findColumns(headers), values: all.slice(1) };
}

const LETTER_STATUSES = new Set(['due', 'upcoming', 'overdue', 'unannounced', 'followUp']);

/** Each row's plan and status, as FHB_PLAN and FHB_STATUS compute them, from the input columns (never the formulas' output). */
export function mergeRows(table: CitizenTable, settings: Settings, asOf: Day, today: Day, zone: Zone, inScope?: (rowNumber: number) => boolean): MergeRowInput[] {
  const profile = resolveProfile(settings.profile);
  const out: MergeRowInput[] = [];
  for (let rowNumber = 2; rowNumber < table.values.length + 2; rowNumber++) {
    const row = rowInput(table, rowNumber, profile, asOf, today, zone);
    if (!row) continue;
    // Asked only of rows that could get a letter: a filter test is one service call per row.
    const candidate = row.error !== undefined || (row.status !== undefined && LETTER_STATUSES.has(row.status));
    row.inScope = inScope !== undefined && candidate ? inScope(rowNumber) : false;
    out.push(row);
  }
  return out;
}

/** One row's plan and status (as `mergeRows`), or undefined when the row has no birth date. */
export function mergeRow(table: CitizenTable, rowNumber: number, settings: Settings, asOf: Day, today: Day, zone: Zone): MergeRowInput | undefined {
  return rowInput(table, rowNumber, resolveProfile(settings.profile), asOf, today, zone);
}

function rowInput(table: CitizenTable, rowNumber: number, profile: Profile, asOf: Day, today: Day, zone: Zone): MergeRowInput | undefined {
  const cells = table.values[rowNumber - 2];
  const birthColumn = table.columns.birthdate ?? table.columns.cpr;
  if (!cells || birthColumn === undefined || isEmptyCell(cells[birthColumn])) return undefined;
  const values: Record<string, unknown> = {};
  table.headers.forEach((h, c) => {
    if (h.trim() !== '' && !(h in values)) values[h] = cells[c];
  });
  const row: MergeRowInput = { rowNumber, values };
  try {
    const cellOf = (key: RecordKey) => (table.columns[key] === undefined ? undefined : cells[table.columns[key]!]);
    const plan = withFollowUp(evaluate(citizenOf({ columns: table.columns, values: cells }, zone.toDay, ownEventColumns(table.headers, profile.events)), asOf, profile), readTeamRecords(cellOf, zone.toDay), asOf, profile);
    row.plan = plan;
    row.status = rowStatus(plan, cellOf, table.columns, asOf, today, zone.toDay);
  } catch (e) {
    row.error = (e as Error).message;
  }
  return row;
}

/** Which rows the scope names: the selection's rows, or the rows a filter shows (asked only for candidates). */
export function scopeTest(scope: MergeScope, sheet: Sheet): ((rowNumber: number) => boolean) | undefined {
  if (scope === 'due') return undefined;
  if (scope === 'selection') {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const active = ss.getActiveSheet();
    // The active range (a selection of several ranges counts by its active one).
    const range = active.getSheetId() === sheet.getSheetId() ? ss.getActiveRange() : null;
    const first = range ? range.getRow() : 0;
    const last = range ? first + range.getNumRows() - 1 : -1;
    return (row) => row >= first && row <= last;
  }
  const filtered = sheet.getFilter() !== null;
  return (row) => !filtered || !sheet.isRowHiddenByFilter(row);
}

/**
 * Who is on a row, as the sidebar and the scheduler tell it (name, birth date, CPR): the run keeps it per
 * letter, so a sheet sorted between two batches is noticed instead of marking the wrong citizen. The
 * address is not part of it: correcting an address mid-run must not stop the run (the letter is filled
 * from the row as it is when the letter is made).
 */
export function rowKey(table: CitizenTable, rowNumber: number): string {
  return citizenKey({ columns: table.columns, values: table.values[rowNumber - 2] ?? [] });
}

/**
 * Finds a job's citizen: on its own row, else on the one row that now has its key (the sheet was sorted).
 * Undefined when no row, or more than one, has it: a letter is never guessed onto a namesake.
 */
export function rowLocator(table: CitizenTable): (row: number, key: string) => number | undefined {
  return citizenLocator({ columns: table.columns, rows: table.values, firstRow: 2 });
}
