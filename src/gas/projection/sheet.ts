import type { ReportGrid } from '../../core/projection/grid';
import * as text from '../../core/projection/text';
import { writeTextBlock } from '../sheet/block-write';
import { rebuiltSheet } from '../sheet/rebuilt-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEAD_FILL = '#3c5a78';

/**
 * The sheet *Fremskrivning*: the grid in one setValues (its texts plain text), a few formats, and one combo chart of hours by
 * month per profile as bars (with a month's capacity as a line) built with Sheets' own chart builder from the
 * months table. A team's own sheet of that name is refused, never cleared (rebuiltSheet); charts survive clear(), so the
 * previous one is removed first. A fixed number of calls, whatever the number of citizens.
 */
export function writeProjectionSheet(ss: Spreadsheet, grid: ReportGrid, chartTitle: string): Sheet {
  const sheet = rebuiltSheet(ss, text.SHEET_NAME, text.MENU_ITEM, (a1) => a1 === text.TITLE(+String(a1).slice(-4)));
  sheet.clear();
  const needRows = grid.cells.length + 5;
  if (sheet.getMaxRows() < needRows) sheet.insertRowsAfter(sheet.getMaxRows(), needRows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < grid.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), grid.width - sheet.getMaxColumns());
  // Every text as plain text: a pasted profile's name or legal basis «=IMAGE(…)» or «+45 …» would be a formula.
  writeTextBlock(sheet.getRange(1, 1, grid.cells.length, grid.width), grid.cells);
  sheet.getRange(1, 1).setFontSize(14);
  // About twenty rows to format, whatever the number of citizens.
  for (const r of grid.titleRows) sheet.getRange(r, 1).setFontWeight('bold');
  for (const r of grid.headRows) sheet.getRange(r, 1, 1, grid.width).setBackground(HEAD_FILL).setFontColor('#ffffff').setFontWeight('bold');
  for (const r of grid.totalRows) sheet.getRange(r, 1, 1, grid.width).setFontWeight('bold');
  replaceChart(sheet, grid, chartTitle);
  sheet.activate();
  return sheet;
}

function replaceChart(sheet: Sheet, grid: ReportGrid, title: string): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const { headerRow, rows, columns, capacitySeries } = grid.months;
  const builder = sheet
    .newChart()
    .setChartType(Charts.ChartType.COMBO)
    .addRange(sheet.getRange(headerRow, 1, rows + 1, columns))
    .setNumHeaders(1)
    .setPosition(grid.chartRow, 1, 0, 0)
    .setOption('title', title)
    .setOption('legend', { position: 'bottom' })
    .setOption('vAxis', { title: text.CHART_AXIS_HOURS })
    .setOption('seriesType', 'bars');
  if (capacitySeries !== undefined) builder.setOption('series', { [capacitySeries]: { type: 'line', color: '#b3261e' } });
  sheet.insertChart(builder.build());
}
