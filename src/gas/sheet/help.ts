import { SETTINGS_SHEET } from '../../core/sheet/names';
import { ensureSettingsSheet } from './settings';
import { HELP_PARAGRAPHS, HELP_TITLE } from './text';
import { escapeHtml } from '../../core/html';

/** A short Danish help dialog (text escaped; no script). */
export function showHelp(): void {
  const html = HELP_PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const page = `<div style="font-family: Arial, sans-serif; font-size: 13px; line-height: 1.45">${html}</div>`;
  const output = HtmlService.createHtmlOutput(page).setWidth(520).setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(output, HELP_TITLE);
}


/** Shows the settings sheet (making it first when it is missing). */
export function openSettings(): void {
  const ss = SpreadsheetApp.getActive();
  const sheet = ss.getSheetByName(SETTINGS_SHEET) ?? ensureSettingsSheet(ss).sheet;
  sheet.activate();
}
