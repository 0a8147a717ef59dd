import { InputError } from '../../core/coerce/errors';
import { citizenLocator } from '../../core/citizens/locate';
import { citizenKey } from '../../core/citizens/key';
import { findColumns } from '../../core/sheet/columns';
import { AS_OF_ROW, PROFILE_ROW, VALUE_COLUMN } from '../../core/sheet/names';
import type { RowData } from '../../core/sidebar/citizen-view';
import * as text from '../../core/sidebar/text';
import { citizenSheet } from '../sheet/citizens';
import { consultantNames, readSettingsGrid, settingsSheet } from '../sheet/settings';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The citizen sheet, or a Danish refusal naming what to do when it is missing. */
export function requireCitizenSheet(ss: Spreadsheet): Sheet {
  const sheet = citizenSheet(ss);
  if (!sheet) throw new InputError(text.CITIZEN_SHEET_MISSING);
  return sheet;
}

/** The row under the cursor (the current cell of the selection), or 0 when there is none. */
export function activeRow(ss: Spreadsheet): number {
  const cell = ss.getCurrentCell() ?? ss.getActiveRange();
  return cell ? cell.getRow() : 0;
}

/** A row's raw values, one per column up to the sheet's last column (blanks past the last row). */
export function rowValues(sheet: Sheet, row: number): unknown[] {
  const lastColumn = sheet.getLastColumn();
  return lastColumn < 1 ? [] : sheet.getRange(row, 1, 1, lastColumn).getValues()[0];
}

/** The headers and one row, raw and as displayed: what the view and the write plan read. */
export function readRow(sheet: Sheet, row: number): RowData {
  const lastColumn = sheet.getLastColumn();
  if (lastColumn < 1) return { row, headers: [], columns: {}, values: [], display: [] };
  const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
  const range = sheet.getRange(row, 1, 1, lastColumn);
  return { row, headers, columns: findColumns(headers), values: range.getValues()[0], display: range.getDisplayValues()[0] };
}

/**
 * The row that holds the citizen with `key` now (call under the lock): the remembered row when they are
 * still on it, else the one row that holds them (the sheet was sorted, or rows were inserted or deleted),
 * found by the rule every writer uses (core/citizens/locate.ts). Undefined when they are gone, or when two
 * rows hold them: the sidebar then refuses rather than write on a guess.
 */
export function citizenRow(sheet: Sheet, row: number, key: string): RowData | undefined {
  const remembered = readRow(sheet, row);
  if (remembered.values.length && citizenKey(remembered) === key) return remembered;
  const all = sheet.getDataRange().getValues();
  const found = citizenLocator({ columns: findColumns(all[0] ?? []), rows: all, firstRow: 1 })(row, key);
  return found === undefined ? undefined : readRow(sheet, found);
}

/**
 * The settings cells every plan depends on, read as the sheet's formulas read them: the reference date
 * (Indstillinger!B2) and the profile (B3). They are part of the version key, so a new reference date or
 * profile refreshes the sidebar too.
 */
export function planSettingsCells(ss: Spreadsheet): unknown[] {
  const sheet = settingsSheet(ss);
  if (!sheet) return [];
  return sheet.getRange(AS_OF_ROW, VALUE_COLUMN, PROFILE_ROW - AS_OF_ROW + 1, 1).getValues().map((r) => r[0]);
}

/** The consultants' names from Indstillinger (lenient: a problem elsewhere in the sheet does not hide them). */
export function teamConsultants(ss: Spreadsheet): string[] {
  const sheet = settingsSheet(ss);
  return sheet ? consultantNames(readSettingsGrid(sheet)) : [];
}
