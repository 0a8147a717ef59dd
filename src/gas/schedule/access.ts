import { InputError } from '../../core/coerce/errors';
import { type Day, fromIso } from '../../core/day';
import type { Settings } from '../../core/settings/schema';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { type ColumnKey, type ColumnMap, columnSpec, findColumns } from '../../core/sheet/columns';
import { type Zone, todayIn } from '../../sheetfns/zone';
import { readSettings } from '../sheet/settings';
import { sheetZone } from '../sheet/zone';
import * as text from '../../core/visits/text';

/** The few Apps Script calls scheduling and the call list make, behind small functions. */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetContext {
  ss: Spreadsheet;
  zone: Zone;
  today: Day;
}

export function sheetContext(): SheetContext {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const zone = sheetZone(ss);
  return { ss, zone, today: todayIn(zone) };
}

/** The citizen sheet's values, header row included, in one call; [] when the sheet is empty. */
export function readGrid(sheet: Sheet): { values: unknown[][]; columns: ColumnMap } {
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 1 || lastColumn < 1) return { values: [], columns: {} };
  const values = sheet.getRange(1, 1, lastRow, lastColumn).getValues();
  return { values, columns: findColumns(values[0]) };
}

/** Refuses, naming the headers, when the sheet lacks a column the work needs. */
export function requireColumns(columns: ColumnMap, keys: readonly ColumnKey[]): void {
  const missing = keys.filter((k) => columns[k] === undefined);
  if (columns.birthdate === undefined && columns.cpr === undefined) missing.unshift('birthdate');
  if (missing.length) throw new InputError(text.columnsMissing(missing.map((k) => columnSpec(k).header)));
}

/**
 * The team's settings, read by src/gas/sheet/ (the set-up engineer's reader of `Indstillinger`); its
 * SettingsError (Danish, one line per bad row) becomes an InputError so the menu shows it as it is.
 */
export function loadSettings(ss: Spreadsheet): Settings {
  try {
    return readSettings(ss);
  } catch (e) {
    if (e instanceof SettingsError) throw new InputError(e.message);
    throw e;
  }
}

/**
 * The reference date (Indstillinger!B2, kept current by the daily trigger) is "today" for planning: the
 * rules, the Status column and the letter's lead time all count from it, so they agree, and a team may set
 * it ahead to plan next year. Empty, today in the sheet's zone is used. `realToday` is the clock's day,
 * for a warning when the reference date has fallen behind.
 */
export function referenceDay(settings: Settings, ctx: SheetContext): { asOf: Day; realToday: Day } {
  const asOf = settings.asOf ? fromIso(settings.asOf) : undefined;
  return { asOf: asOf ?? ctx.today, realToday: ctx.today };
}
