/**
 * The spreadsheet's time zone, which custom functions may read; undefined when unavailable (no active
 * spreadsheet, or a runtime that refuses), so the caller falls back to Europe/Copenhagen.
 */
export function spreadsheetTimeZone(): string | undefined {
  try {
    return SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  } catch {
    return undefined;
  }
}
