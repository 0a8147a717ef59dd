import { LEGEND_TITLE } from '../../core/sheet/settings-text';
import { STATUSES } from '../../core/status/vocabulary';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The colour legend on the settings sheet, beside the settings (J1:K, one row per status): each status in its row colour. */
export const LEGEND_ROW = 1;
export const LEGEND_COL = 10;

export function applyLegend(sheet: Sheet): boolean {
  const height = STATUSES.length + 1;
  const range = sheet.getRange(LEGEND_ROW, LEGEND_COL, height, 2);
  const want = [[LEGEND_TITLE, ''], ...STATUSES.map((s) => [s.label, s.help])];
  const values = range.getValues();
  const backgrounds = range.getBackgrounds();
  const same =
    want.every((row, i) => row[0] === values[i][0] && row[1] === values[i][1]) &&
    STATUSES.every((s, i) => String(backgrounds[i + 1][0]).toLowerCase() === s.background);
  if (same) return false;
  range.setValues(want);
  const colours = sheet.getRange(LEGEND_ROW + 1, LEGEND_COL, STATUSES.length, 1);
  colours.setBackgrounds(STATUSES.map((s) => [s.background]));
  colours.setFontColors(STATUSES.map((s) => [s.text]));
  sheet.getRange(LEGEND_ROW, LEGEND_COL).setFontWeight('bold');
  return true;
}
