import { InputError } from '../../core/coerce/errors';
import { sheetNotOurs } from '../../core/text/glossary';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The sheet `name` a menu item rebuilds (clears and writes whole), made last when missing. A sheet of that
 * name with anything in it whose A1 `ours` does not know is the team's own (their own «Opkaldsliste»): refused
 * in Danish, never cleared. The report, the projection, the call list and the participant lists all ask here.
 */
export function rebuiltSheet(ss: Spreadsheet, name: string, menu: string, ours: (a1: unknown) => boolean): Sheet {
  const existing = ss.getSheetByName(name);
  if (!existing) return ss.insertSheet(name, ss.getNumSheets());
  if (existing.getLastRow() > 0 && !ours(existing.getRange(1, 1).getValue())) throw new InputError(sheetNotOurs(name, menu));
  return existing;
}
