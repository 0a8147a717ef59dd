import { HEADER_NOTE, HISTORY_HEADERS, HISTORY_SHEET, PROTECTION_WARNING } from '../../core/history/text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The history sheet, or null before the first event. */
export function historySheet(ss: Spreadsheet): Sheet | null {
  return ss.getSheetByName(HISTORY_SHEET);
}

/**
 * The history sheet, made on first use: the headers, a frozen header row, and a warning-only protection
 * of the whole sheet (a consultant who types there is asked to confirm; the team may hide the sheet).
 */
export function ensureHistorySheet(ss: Spreadsheet): Sheet {
  const found = historySheet(ss);
  if (found) return found;
  // insertSheet makes the new sheet the active one: the consultant stays where they were.
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(HISTORY_SHEET, ss.getNumSheets());
  active.activate();
  sheet.getRange(1, 1, 1, HISTORY_HEADERS.length).setValues([[...HISTORY_HEADERS]]).setFontWeight('bold');
  sheet.getRange(1, 1).setNote(HEADER_NOTE);
  sheet.setFrozenRows(1);
  protectHistory(sheet);
  return sheet;
}

/** The sheet's warning, added when missing (set-up calls it too: a colleague may have removed it). */
export function protectHistory(sheet: Sheet): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.some((p) => p.getDescription() === PROTECTION_WARNING)) return;
  sheet.protect().setDescription(PROTECTION_WARNING).setWarningOnly(true);
}
