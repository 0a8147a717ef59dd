import { STATUSES } from '../../core/status/vocabulary';
import type { ReportTable } from './table';
import * as text from './text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The embedded column chart of offers per status: one column per offer, stacked by status in the
 * statuses' own colours (the colours of the citizen sheet's rows and of the offline chart). It reads the
 * offer table on the report sheet (labels and status columns, headers included, "no offer" left out).
 * Charts survive Sheet.clear(), so the previous chart is removed first: one chart, however often the
 * report runs.
 */
export function replaceChart(sheet: Sheet, table: ReportTable, year: number): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const { headerRow, chartRows } = table.offers;
  const height = chartRows + 1;
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(headerRow, 2, height, 1))
    .addRange(sheet.getRange(headerRow, table.firstStatusColumn, height, STATUSES.length))
    .setNumHeaders(1)
    .setPosition(table.nextRow, 1, 0, 0)
    .setOption('title', text.CHART_TITLE(year))
    .setOption('isStacked', true)
    .setOption('colors', STATUSES.map((s) => s.background))
    .setOption('legend', { position: 'right' })
    .setOption('hAxis', { title: text.CHART_AXIS_OFFERS })
    .setOption('vAxis', { title: text.CHART_AXIS_CITIZENS })
    .build();
  sheet.insertChart(chart);
}
