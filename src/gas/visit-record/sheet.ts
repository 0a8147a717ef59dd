import { columnLetters } from '../../core/sheet/a1';
import { VISIT_SHEET_TEXT, formList, missingVisitHeaders, visitNumberFormat } from '../../core/sheet/visit-sheet';
import { VISIT_COLUMNS, VISIT_SHEET_NAME, findVisitColumns } from '../../core/visit-record';
import { FOLLOW_UP_CODE } from '../../core/follow-up/offer';
import type { Profile } from '../../core/profiles/schema';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The visit sheet Besøg on Google: one row per held contact, codes, counts and dates only (SPEC 4, "The
 * visit record is not a journal"). Set-up and the first registration make it; set-up keeps it right:
 * missing headers added after the last column, text columns plain text, counts whole numbers, Form and
 * Tilbud as lists that only warn (a hand-typed synonym stays legal: the reader knows it), and the whole
 * sheet protected with a warning, as Historik is. Each step reads first and writes only what differs.
 */
export function visitSheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(VISIT_SHEET_NAME);
}

export function ensureVisitSheet(ss: Spreadsheet, offerCodes: readonly string[]): Sheet {
  const sheet = visitSheet(ss) ?? createVisitSheet(ss);
  const lastColumn = Math.max(sheet.getLastColumn(), 1);
  const headers = sheet.getRange(1, 1, 1, lastColumn).getValues()[0];
  const missing = missingVisitHeaders(headers);
  if (missing.length) {
    const first = headers.every((h) => h === '' || h === null) ? 1 : sheet.getLastColumn() + 1;
    if (first + missing.length - 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), first + missing.length - 1 - sheet.getMaxColumns());
    const notes = missing.map((header) => VISIT_COLUMNS.find((c) => c.header === header)?.help ?? '');
    sheet.getRange(1, first, 1, missing.length).setValues([missing]).setNotes([notes]).setFontWeight('bold');
  }
  const now = missing.length ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] : headers;
  applyVisitFormats(sheet, now, offerCodes);
  protectVisitSheet(sheet);
  return sheet;
}

function createVisitSheet(ss: Spreadsheet): Sheet {
  // insertSheet makes the new sheet the active one: the consultant stays where they were.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(VISIT_SHEET_NAME, ss.getNumSheets());
  active.activate();
  sheet.setFrozenRows(1);
  return sheet;
}

/** Number formats (one call per format) and the two lists, rows 2 to the end of the grid. */
function applyVisitFormats(sheet: Sheet, headers: readonly unknown[], offerCodes: readonly string[]): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const columns = findVisitColumns(headers);
  const current = sheet.getRange(2, 1, 1, headers.length).getNumberFormats()[0];
  const byFormat = new Map<string, string[]>();
  for (const spec of VISIT_COLUMNS) {
    const col = columns[spec.key];
    if (col === undefined) continue;
    const want = visitNumberFormat(spec.kind);
    if (current[col] === want) continue;
    const letters = columnLetters(col);
    byFormat.set(want, [...(byFormat.get(want) ?? []), `${letters}2:${letters}${rows + 1}`]);
  }
  for (const [format, ranges] of byFormat) sheet.getRangeList(ranges).setNumberFormat(format);

  const list = (col: number | undefined, values: readonly string[], help: string) => {
    if (col === undefined || values.length === 0) return;
    const range = sheet.getRange(2, col + 1, rows, 1);
    const have = range.getCell(1, 1).getDataValidation();
    const same = have && String(have.getCriteriaType()) === 'VALUE_IN_LIST' && sameList(have.getCriteriaValues()[0], values);
    if (same) return;
    range.setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList([...values], true).setAllowInvalid(true).setHelpText(help).build());
  };
  list(columns.form, formList(), VISIT_SHEET_TEXT.formHelp);
  list(columns.offer, offerCodes, VISIT_SHEET_TEXT.offerHelp);
}

function sameList(have: unknown, want: readonly string[]): boolean {
  return Array.isArray(have) && have.length === want.length && have.every((x, i) => x === want[i]);
}

/** The sheet's warning, added when missing (a colleague may have removed it). */
function protectVisitSheet(sheet: Sheet): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.some((p) => p.getDescription() === VISIT_SHEET_TEXT.protection)) return;
  sheet.protect().setDescription(VISIT_SHEET_TEXT.protection).setWarningOnly(true);
}

/** The Tilbud column's list: the profile's offer codes, and the follow-up's. */
export function offerCodesOf(profile: Profile | undefined): string[] {
  const codes = profile ? profile.rules.map((r) => r.code) : [];
  return [...new Set([...codes, FOLLOW_UP_CODE])];
}
