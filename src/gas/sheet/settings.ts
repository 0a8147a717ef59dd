import { blockA1 } from '../../core/sheet/a1';
import { isDate } from '../../core/coerce/values';
import { Day, toIso, yearOf } from '../../core/day';
import { allProfiles, builtinProfileIds } from '../../core/profiles/registry';
import { Settings, SettingsInput, defaultClosures } from '../../core/settings/schema';
import { AS_OF_ROW, CITIZEN_SHEET, SETTINGS_SHEET, VALUE_COLUMN } from '../../core/sheet/names';
import { applyConsultantDropdown } from './formats';
import {
  Cell, GRID_WIDTH, ParsedSettings, SettingsError, SettingsLayout, consultantNamesOf, isEmptyGrid, isSettingsGrid, missingProjectionTable,
  parseSettingsGrid, ScalarKey, renderSettingsGrid, settingsLayout,
} from '../../core/sheet/settings-sheet';
import { MERGE_MODE_LABELS } from '../../core/sheet/settings-text';
import { SCALAR_FORMATS, SETTINGS_TABLE_FORMATS } from '../../core/sheet/settings-formats';
import { missingSettingRows } from '../../core/sheet/settings-upgrade';
import { text } from './text';
import { minuteOfDay, sheetZone, todayInDenmark } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The settings sheet `Indstillinger`: read into the zod `Settings`, written from it, created by set-up.
 * The layout and parsing are pure (`core/sheet/settings-sheet.ts`); this file moves cells in batches.
 */

export class SetupError extends Error {}

export function settingsSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(SETTINGS_SHEET);
}

/** The cells A1:H of the settings sheet, down to its last row. */
export function readSettingsGrid(sheet: Sheet): Cell[][] {
  const last = sheet.getLastRow();
  if (last < 1) return [];
  return sheet.getRange(1, 1, last, GRID_WIDTH).getValues();
}

function parse(ss: Spreadsheet, grid: Cell[][]): ParsedSettings {
  const zone = sheetZone(ss);
  return parseSettingsGrid(grid, zone, (d) => minuteOfDay(d, zone.timeZone));
}

/** The settings and any problems (Danish, naming the row); never throws for a bad cell. */
export function readSettingsResult(ss: Spreadsheet): ParsedSettings {
  const sheet = settingsSheet(ss);
  if (!sheet) return { problems: [text.needsSetup] };
  return parse(ss, readSettingsGrid(sheet));
}

/** The team's settings; throws a SettingsError listing each problem with its row. */
export function readSettings(ss: Spreadsheet): Settings {
  const parsed = readSettingsResult(ss);
  if (!parsed.settings) throw new SettingsError(parsed.problems);
  return parsed.settings;
}

/** Every template key the built-in profiles use, so the template table lists what to fill in. */
function templateCodes(): string[] {
  const codes: string[] = [];
  for (const p of allProfiles()) {
    for (const rule of p.rules) {
      const offers = rule.kind === 'age' ? [rule.offer] : rule.contacts;
      for (const o of offers) for (const c of [o.template ?? rule.code, o.letterIfNotReached]) if (c && !codes.includes(c)) codes.push(c);
      // A form by age may name its own letter (a booking letter at 82-84 beside the fixed-time one).
      if (rule.kind === 'age') for (const f of rule.forms ?? []) if (f.template && !codes.includes(f.template)) codes.push(f.template);
    }
  }
  return codes;
}

/**
 * Writes the settings (validated first: a bad value changes nothing and throws a SettingsError). Rows
 * left over from a longer table are cleared; the colour legend beside the tables is kept.
 */
export function writeSettings(ss: Spreadsheet, input: SettingsInput | Settings): Settings {
  const parsed = Settings.safeParse(input);
  if (!parsed.success) throw new SettingsError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const settings = parsed.data;
  const sheet = settingsSheet(ss) ?? ss.insertSheet(SETTINGS_SHEET);
  const zone = sheetZone(ss);
  const rendered = renderSettingsGrid(settings, zone, templateCodes());
  const layout = settingsLayout(rendered.rows);
  // Text formats first, so "09:00" stays text and is not turned into a time.
  applySettingsFormats(sheet, layout, rendered.rows.length, null);
  sheet.getRange(1, 1, rendered.rows.length, GRID_WIDTH).setValues(rendered.rows);
  const oldLast = sheet.getLastRow();
  if (oldLast > rendered.rows.length) sheet.getRange(rendered.rows.length + 1, 1, oldLast - rendered.rows.length, GRID_WIDTH).clearContent();
  const citizens = ss.getSheetByName(CITIZEN_SHEET);
  if (citizens) applyConsultantDropdown(citizens, settings.consultants.map((c) => c.name));
  return settings;
}

/** The settings a new sheet starts with: today's date, the default profile, this and next year's closures. */
export function defaultSettings(today: Day): Settings {
  const year = yearOf(today);
  return Settings.parse({ asOf: toIso(today), closures: [...defaultClosures(year), ...defaultClosures(year + 1)] });
}

/**
 * Creates the settings sheet when it is missing or empty; leaves a filled one as the team keeps it, adding
 * only the setting rows a newer fhb has (their defaults, under the team's settings).
 * Refuses a sheet of that name holding something else. Returns the grid as it now is.
 */
export function ensureSettingsSheet(ss: Spreadsheet): { sheet: Sheet; grid: Cell[][] } {
  let sheet = settingsSheet(ss);
  if (!sheet) sheet = ss.insertSheet(SETTINGS_SHEET, ss.getNumSheets());
  const grid = readSettingsGrid(sheet);
  if (isSettingsGrid(grid)) {
    // A sheet set up by an older fhb gets the settings added since, with their defaults, above the tables,
    // and the table Fremskrivning under its last row.
    const missing = missingSettingRows(grid, sheetZone(ss));
    if (!missing) return { sheet, grid: withProjectionTable(sheet, grid) };
    sheet.insertRowsBefore(missing.before, missing.rows.length);
    sheet.getRange(missing.before, 1, missing.rows.length, GRID_WIDTH).setValues(missing.rows);
    return { sheet, grid: withProjectionTable(sheet, readSettingsGrid(sheet)) };
  }
  if (!isEmptyGrid(grid)) throw new SetupError(text.settingsNotOurs);
  const rendered = renderSettingsGrid(defaultSettings(todayInDenmark()), sheetZone(ss), templateCodes());
  applySettingsFormats(sheet, settingsLayout(rendered.rows), rendered.rows.length, null);
  sheet.getRange(1, 1, rendered.rows.length, GRID_WIDTH).setValues(rendered.rows);
  return { sheet, grid: rendered.rows };
}

/** An older sheet gets the table Fremskrivning under its last row; every cell the team typed stays. */
function withProjectionTable(sheet: Sheet, grid: Cell[][]): Cell[][] {
  const missing = missingProjectionTable(grid);
  if (!missing) return grid;
  const need = missing.row + missing.rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  sheet.getRange(missing.row, 1, missing.rows.length, GRID_WIDTH).setValues(missing.rows);
  return readSettingsGrid(sheet);
}

interface FormatWant {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  format: string;
}

/** Every setting and table column that has a format (settings-formats.ts says which, and why). */
function wantedFormats(layout: SettingsLayout): FormatWant[] {
  const out: FormatWant[] = [];
  for (const [key, row] of Object.entries(layout.scalarRows) as [ScalarKey, number][]) {
    const format = SCALAR_FORMATS[key];
    if (format) out.push({ row, col: VALUE_COLUMN, numRows: 1, numCols: 1, format });
  }
  for (const table of ['consultants', 'closures', 'meetings', 'templates', 'projection'] as const) {
    const rows = layout[table];
    if (!rows || rows.count < 1) continue;
    for (const b of SETTINGS_TABLE_FORMATS[table]) out.push({ row: rows.first, col: b.col, numRows: rows.count, numCols: b.numCols, format: b.format });
  }
  return out;
}

/**
 * Number formats, dropdowns and bold headings of the settings sheet; each only where it differs from
 * what is there (`formats` = the sheet's current number formats of A1:H, or null to write all).
 */
export function applySettingsFormats(sheet: Sheet, layout: SettingsLayout, height: number, formats: string[][] | null): void {
  // The blocks that differ, by format: one RangeList call per format, however many tables want it.
  const blocks = new Map<string, string[]>();
  for (const want of wantedFormats(layout)) {
    // The last table's spare rows may run past the grid: only rows there are formatted (and compared).
    const w = { ...want, numRows: Math.min(want.numRows, height - want.row + 1) };
    if (w.numRows < 1) continue;
    let same = formats !== null;
    for (let i = 0; same && i < w.numRows; i++) {
      for (let j = 0; same && j < w.numCols; j++) same = formats![w.row - 1 + i]?.[w.col - 1 + j] === w.format;
    }
    if (!same) blocks.set(w.format, [...(blocks.get(w.format) ?? []), blockA1(w.row, w.col, w.numRows, w.numCols)]);
  }
  for (const [format, a1s] of blocks) sheet.getRangeList(a1s).setNumberFormat(format);
  applySettingsValidations(sheet, layout, height);
}

function applySettingsValidations(sheet: Sheet, layout: SettingsLayout, height: number): void {
  const r = layout.scalarRows;
  const column = sheet.getRange(1, VALUE_COLUMN, Math.max(height, 1), 1);
  const have = column.getDataValidations();
  const want: { row: number; build: () => GoogleAppsScript.Spreadsheet.DataValidation; type: string; values: unknown[] }[] = [];
  const list = (values: string[], help: string) => () =>
    SpreadsheetApp.newDataValidation().requireValueInList(values, true).setAllowInvalid(false).setHelpText(help).build();
  if (r.profile) {
    const ids = builtinProfileIds();
    want.push({ row: r.profile, build: list(ids, text.profileHelp), type: 'VALUE_IN_LIST', values: ids });
  }
  if (r.mergeMode) {
    const labels = Object.values(MERGE_MODE_LABELS) as string[];
    want.push({ row: r.mergeMode, build: list(labels, text.mergeModeHelp), type: 'VALUE_IN_LIST', values: labels });
  }
  for (const row of [r.pdf, r.privacyShort]) {
    if (row) want.push({ row, build: () => SpreadsheetApp.newDataValidation().requireCheckbox().build(), type: 'CHECKBOX', values: [] });
  }
  for (const w of want) {
    const v = have[w.row - 1]?.[0];
    if (v && String(v.getCriteriaType()) === w.type && sameList(v.getCriteriaValues()[0], w.values)) continue;
    sheet.getRange(w.row, VALUE_COLUMN).setDataValidation(w.build());
  }
}

function sameList(have: unknown, want: unknown[]): boolean {
  if (want.length === 0) return true;
  return Array.isArray(have) && have.length === want.length && have.every((v, i) => v === want[i]);
}

/** The consultants' names for the Konsulent dropdown (lenient: other problems in the sheet do not hide them). */
export function consultantNames(grid: Cell[][]): string[] {
  return consultantNamesOf(grid);
}

/** Writes the reference date into Indstillinger!B2 when it differs; true when it changed. */
export function writeReferenceDate(ss: Spreadsheet, day: Day): boolean {
  const sheet = settingsSheet(ss);
  if (!sheet) return false;
  const cell = sheet.getRange(AS_OF_ROW, VALUE_COLUMN);
  const zone = sheetZone(ss);
  const current = cell.getValue();
  if (isDate(current) && zone.toDay(current) === day) return false;
  cell.setValue(zone.toDate(day));
  return true;
}
