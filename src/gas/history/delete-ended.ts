import { InputError } from '../../core/coerce/errors';
import { anonymize, deletedEvents, endedColumns, endedLongAgo, type EndedRow, text } from '../../core/history/deletion';
import { findColumns } from '../../core/sheet/columns';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { makeZone, todayIn } from '../../sheetfns/zone';
import { menuAction, underLock } from '../run-action';
import { readSettings } from '../sheet/settings';
import { runSetup } from '../sheet/setup';
import { alert, toast } from '../sheet/ui';
import { appendHistory } from './append';
import { historySheet } from './sheet';
import { anonymizeVisits } from '../visit-record/delete';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Menu "Slet ophørte borgere …" (core/history/deletion.ts): names how many, asks, then under the lock
 * reads the sheet again, deletes only the rows that still qualify (by citizen key: a sorted sheet is
 * fine), makes their history anonymous and logs one "Slettet" each. The history is changed before the
 * rows go, so a failure in between leaves the citizen in Borgere, never a name in Historik.
 */
export function deleteEndedFromMenu(): void {
  menuAction(text.title, () => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ui = SpreadsheetApp.getUi();
    const sheet = ss.getSheetByName(CITIZEN_SHEET);
    if (!sheet) return alert(text.noColumn, text.title);
    const months = readSettings(ss).retentionMonths;
    const first = candidates(ss, sheet, months);
    if (first === undefined) return alert(text.noColumn, text.title);
    if (first.length === 0) return alert(text.none(months), text.title);
    if (ui.alert(text.title, text.confirm(first.length, months), ui.ButtonSet.YES_NO) !== ui.Button.YES) return toast(text.cancelled, text.title);
    const wanted = new Set(first.map((r) => r.key));
    const deleted = underLock(() => {
      const now = (candidates(ss, sheet, months) ?? []).filter((r) => wanted.has(r.key));
      deleteCitizens(ss, sheet, now);
      return now.length;
    }, text.busy);
    alert([text.done(deleted), deleted < first.length ? text.changed : ''].filter(Boolean).join('\n\n'), text.title);
  }, { known: [InputError, SettingsError] });
}

function candidates(ss: Spreadsheet, sheet: Sheet, months: number): EndedRow[] | undefined {
  const grid = sheet.getDataRange().getValues();
  const headers = grid[0] ?? [];
  if (endedColumns(headers).ended === undefined) return undefined;
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  return endedLongAgo({ headers, columns: findColumns(headers), rows: grid.slice(1), today: todayIn(zone), months, toDay: zone.toDay });
}

function deleteCitizens(ss: Spreadsheet, sheet: Sheet, rows: readonly EndedRow[]): void {
  if (rows.length === 0) return;
  const anonymous = new Map(rows.map((r) => [r.key, `slettet-${Utilities.getUuid().slice(0, 8)}`]));
  const history = historySheet(ss);
  if (history && history.getLastRow() > 1) {
    const range = history.getRange(2, 3, history.getLastRow() - 1, 2); // Borgernøgle, Navn
    const { pairs, changed } = anonymize(range.getValues(), anonymous);
    if (changed) range.setValues(pairs);
  }
  anonymizeVisits(ss, anonymous);
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  appendHistory(deletedEvents(rows, anonymous, todayIn(zone)), ss);
  // Bottom up, one call per run of neighbouring rows.
  const sheetRows = rows.map((r) => r.row + 2).sort((a, b) => b - a);
  for (let i = 0; i < sheetRows.length; ) {
    let j = i + 1;
    while (j < sheetRows.length && sheetRows[j] === sheetRows[j - 1] - 1) j++;
    sheet.deleteRows(sheetRows[j - 1], j - i);
    i = j;
  }
  // Row 2 holds the computed columns' formulas: set-up puts them back if it went.
  if (sheetRows.includes(2)) runSetup(ss);
}
