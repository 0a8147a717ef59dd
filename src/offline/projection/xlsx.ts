import ExcelJS from 'exceljs';
import type { Block, ProjectionReport } from '../../core/projection/report';
import { SHEET_NAME } from '../../core/projection/text';
import { officeText } from '../../core/export/office-text';
import { HEADER_STYLE } from '../plan-xlsx';
import { writePrivateFile } from '../private-files';
import { chartPng, monthChart } from './chart';
import { headerHeight } from '../xlsx-rows';

/**
 * fremskrivning.xlsx: the sheet *Fremskrivning* as the Google side writes it (the same report model),
 * numbers as numbers so a reader can check and sum them. ExcelJS draws no charts: the chart's bars come
 * as a picture beside the months table, whose figures it shows.
 */
const CHART_ROWS = 18;

export async function writeProjectionXlsx(path: string, report: ProjectionReport): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'fhb';
  const sheet = workbook.addWorksheet(SHEET_NAME, { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  // Widths first: a header row's height is worked out from them.
  sheet.getColumn(1).width = 21; // AEGTEFAELLE_FLYTTET
  sheet.getColumn(2).width = 40;
  for (let c = 3; c <= 20; c++) sheet.getColumn(c).width = 14;
  sheet.addRow([report.title]).font = { bold: true, size: 14 };
  sheet.addRow([report.subtitle]).font = { italic: true };
  for (const s of report.summary) sheet.addRow([s]);
  const blocks = [report.comparison, report.months];
  for (const b of blocks) addBlock(sheet, b);
  const image = workbook.addImage({ buffer: chartPng(monthChart(report.chart)) as unknown as ExcelJS.Buffer, extension: 'png' });
  sheet.addRow([report.chart.title]).font = { bold: true };
  sheet.addImage(image, { tl: { col: 0, row: sheet.rowCount }, ext: { width: 720, height: 272 } });
  for (let i = 0; i < CHART_ROWS; i++) sheet.addRow([]);
  for (const b of [report.capacity, ...report.details, report.changes, report.assumptions, report.profiles]) if (b) addBlock(sheet, b);
  for (const n of report.notes) sheet.addRow([officeText(n)]).font = { italic: true };
  writePrivateFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

function addBlock(sheet: ExcelJS.Worksheet, block: Block): void {
  sheet.addRow([]);
  sheet.addRow([block.title]).font = { bold: true, size: 12 };
  const head = sheet.addRow(block.head.map(officeText));
  head.eachCell((cell) => (cell.style = HEADER_STYLE));
  head.height = headerHeight(block.head.map(officeText), (c) => sheet.getColumn(c + 1).width ?? 10);
  block.rows.forEach((r, i) => {
    const row = sheet.addRow(r.map((c) => (typeof c === 'string' ? officeText(c) : c)));
    if (block.total && i === block.rows.length - 1) row.font = { bold: true };
  });
}
