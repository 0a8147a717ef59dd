// Being written (issue 8, the Google report sheet). Until then the menu item says so.
export function yearReportFromMenu(): void {
  SpreadsheetApp.getUi().alert('Årsrapporten er ikke klar endnu.');
}
