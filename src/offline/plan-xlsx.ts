import { reasonText } from '../core/rules/engine';
import ExcelJS from 'exceljs';
import { Day, dayToUtcDate, toDanish } from '../core/day';
import type { YearReport } from '../core/report/year-report';
import { COLUMNS, ColumnKey, ColumnKind, columnOfHeader } from '../core/sheet/columns';
import { splitVisitText } from '../core/letters/visit-text';
// The sheet's own formats: a date dd-mm-åååå, Besøg's date and time dd-mm-åååå tt:mm.
import { DATE_FORMAT, DATETIME_FORMAT } from '../core/sheet/column-formats';
import { STATUSES, StatusId, statusById } from '../core/status/vocabulary';
import { planRow } from '../sheetfns/functions';
import { officeText } from '../core/export/office-text';
import { createPrivateFile } from './private-files';
import { looksLikeCpr } from '../core/coerce/cpr';
import { parseDay } from '../core/coerce/values';
import { fileDateToDay } from './plan-table';
import { makeZone } from '../sheetfns/zone';
import type { InputCell } from './input';
import type { BadRow, PlanResult, PlannedRow } from './plan-table';
import { offerHead } from './report-chart';
import { headerHeight } from './xlsx-rows';
import * as text from './text';

/** The columns fhb computes, in the sheet's order: the FHB_PLAN block, then Status and Begrundelse. */
export const COMPUTED_HEADERS = COLUMNS.filter((c) => c.group === 'computed').map((c) => c.header);
const COMPUTED_KEYS = new Set<ColumnKey>(COLUMNS.filter((c) => c.group === 'computed').map((c) => c.key));


/** ARGB (`FFrrggbb`) of a `#rrggbb` colour, as xlsx wants it. */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

type Style = Partial<ExcelJS.Style>;

/** One shared style object per status (exceljs caches by object identity: 100,000 rows, 9 styles). */
interface CellStyles {
  text: Style;
  date: Style;
  dateTime: Style;
}

const withFormats = (base: Style): CellStyles => ({ text: base, date: { ...base, numFmt: DATE_FORMAT }, dateTime: { ...base, numFmt: DATETIME_FORMAT } });

function statusStyles(): Record<StatusId, CellStyles> {
  const out = {} as Record<StatusId, CellStyles>;
  for (const s of STATUSES) {
    out[s.id] = withFormats({ fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.background) } }, font: { color: { argb: argb(s.text) } } });
  }
  return out;
}

const ERROR_STYLES = withFormats({ font: { color: { argb: 'FF9C0006' }, bold: true } });
export const HEADER_STYLE: Style = {
  font: { bold: true, color: { argb: 'FFFFFFFF' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF3C5A78' } },
  alignment: { vertical: 'middle', wrapText: true },
};

/** Input columns kept: all but the computed ones (a re-run on last year's plan replaces them). */
export function keptColumns(headers: string[]): number[] {
  return headers.map((_, i) => i).filter((i) => {
    const key = columnOfHeader(headers[i]);
    return !(key && COMPUTED_KEYS.has(key));
  });
}

/** xlsx dates are zone-free: midnight UTC is the day Excel shows. */
const UTC = makeZone('UTC');

/**
 * The 9 computed cells of a planned row: FHB_PLAN's own block (so file and sheet cannot drift apart),
 * then Status and Begrundelse; dates as Dates.
 */
export function computedCells(p: PlannedRow): (string | Date)[] {
  return [...(planRow(p.plan, UTC) as (string | Date)[]), statusById(p.status).label, reasonText(p.plan)];
}

function errorCells(b: BadRow): string[] {
  const message = officeText(b.message);
  return [text.errorCode(message), '', '', '', '', '', '', text.ERROR_STATUS, message];
}

/** An input cell as written: text an Office file can hold (the run reports the rows it mended). */
function cellValue(value: InputCell, kind: DateKind | undefined): ExcelJS.CellValue {
  if (typeof value !== 'string') return value;
  const date = kind && textDate(value, kind);
  return date ?? officeText(value);
}

/**
 * The input's dates are written as real dates, so plan.xlsx sorts and filters by them: `19-06-1955`,
 * `04.10.1955` and `1945-01-11` in one column became text in three orders (issue 15), and `25-03-2025 08:30`
 * in Besøg sorted by the day of the month (issue 22). `date`: a day; `dateTime`: a day with its time of
 * day when it has one (Besøg, Besøg meddelt); `record`: a team record that is a single date (Inviteret,
 * Gennemført, Frabedt). A CPR number in the birth date column, text that is no date (a note, "x"), a date
 * for another planning year ("10-12-2025 (for 2026)") and a cell of several years' entries stay text.
 */
type DateKind = 'date' | 'dateTime' | 'record';

const DATE_KIND: Partial<Record<ColumnKind, DateKind>> = { date: 'date', datetime: 'dateTime', record: 'record' };

/** Each input column that holds dates, by index, and how. */
function dateColumns(columns: PlanResult['columns']): Map<number, DateKind> {
  const out = new Map<number, DateKind>();
  for (const c of COLUMNS) {
    const at = columns[c.key];
    const kind = DATE_KIND[c.kind];
    if (at !== undefined && kind) out.set(at, kind);
  }
  return out;
}

/** A cell's text as one Date (midnight UTC is the day Excel shows; a time of day on top), when it is exactly one date. */
function textDate(value: string, kind: DateKind): Date | undefined {
  if (kind === 'date') {
    const day = textDay(value);
    return day === undefined ? undefined : dayToUtcDate(day);
  }
  // splitVisitText takes the time off the end; what is left must be a date and nothing more.
  const { date, hour, minute } = splitVisitText(value);
  const day = textDay(date);
  if (day === undefined) return undefined;
  if (hour === undefined || minute === undefined) return dayToUtcDate(day);
  if (hour > 23 || minute > 59) return undefined;
  return new Date(dayToUtcDate(day).getTime() + (hour * 60 + minute) * 60_000);
}

/** A written date with a time of day (not midnight UTC) is shown with it. */
const hasTime = (d: Date) => d.getTime() % 86_400_000 !== 0;

function textDay(value: string): Day | undefined {
  if (looksLikeCpr(value)) return undefined;
  try {
    return parseDay(value, '', fileDateToDay);
  } catch {
    return undefined;
  }
}

export interface PlanXlsxOptions {
  onProgress?: (done: number) => void;
}

/**
 * Writes plan.xlsx: the `Plan` sheet (every input column, then the computed ones; rows coloured by status;
 * frozen header; auto filter; dates as dates), `Oversigt` (counts per offer and status) and `Fejl` (bad
 * rows with their row numbers). Streams rows to disk, so 100,000 citizens fit in memory.
 */
export async function writePlanXlsx(path: string, result: PlanResult, report: YearReport, options: PlanXlsxOptions = {}): Promise<void> {
  createPrivateFile(path);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'fhb';
  await writePlanSheet(workbook, result, options);
  writeSummarySheet(workbook, result, report);
  writeErrorsSheet(workbook, result.bad);
  await workbook.commit();
}

/**
 * How a long sheet prints: A4 landscape, all columns fitted to the page's width (as many pages down as it
 * takes), the header row repeated on every page, and page numbers in the footer.
 */
const PRINT_A4_LANDSCAPE: Pick<Partial<ExcelJS.AddWorksheetOptions>, 'pageSetup' | 'headerFooter'> = {
  pageSetup: {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  },
  headerFooter: { oddFooter: text.PRINT_FOOTER },
};

async function writePlanSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, result: PlanResult, options: PlanXlsxOptions): Promise<void> {
  const kept = keptColumns(result.headers);
  const headers = [...kept.map((i) => result.headers[i]), ...COMPUTED_HEADERS];
  const sheet = workbook.addWorksheet(text.SHEET_PLAN, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
    ...PRINT_A4_LANDSCAPE,
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const dates = dateColumns(result.columns);
  const kinds = [...kept.map((i) => dates.get(i)), ...COMPUTED_HEADERS.map((h) => COMPUTED_DATES.get(h))];
  sheet.columns = headers.map((h, c) => ({ header: h, width: widthOf(h, kinds[c]) }));
  const header = sheet.getRow(1);
  header.eachCell((c) => (c.style = HEADER_STYLE));
  header.commit();

  const styles = statusStyles();
  const rows = mergeByRow(result.planned, result.bad);
  let done = 0;
  for (const item of rows) {
    const computed = 'plan' in item ? computedCells(item) : errorCells(item);
    const style = 'plan' in item ? styles[item.status] : ERROR_STYLES;
    const values = [...kept.map((i) => cellValue(item.cells[i] ?? null, dates.get(i))), ...computed];
    const row = sheet.addRow(values);
    for (let c = 1; c <= values.length; c++) {
      const v = values[c - 1];
      row.getCell(c).style = !(v instanceof Date) ? style.text : hasTime(v) ? style.dateTime : style.date;
    }
    row.commit();
    if (++done % 2000 === 0) options.onProgress?.(done);
    if (done % ROWS_PER_TURN === 0) await nextTurn();
  }
  options.onProgress?.(done);
  sheet.commit();
}

/**
 * ExcelJS's writer hands each committed row's XML to its ZIP stream, which is read and written to the file
 * only when the event loop turns: without a turn every few rows, the whole sheet's XML (about 140 MB for
 * 100,000 rows) waits in memory until the sheet is done.
 */
const ROWS_PER_TURN = 20;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Planned and bad rows back in the file's order. */
function mergeByRow(planned: PlannedRow[], bad: BadRow[]): (PlannedRow | BadRow)[] {
  const all: (PlannedRow | BadRow)[] = [...planned, ...bad];
  return all.sort((a, b) => a.row - b.row);
}

/** The computed columns that hold a date (FHB_PLAN's period). */
const COMPUTED_DATES = new Map<string, DateKind>(COLUMNS.filter((c) => c.key === 'from' || c.key === 'to').map((c) => [c.header, 'date']));

/**
 * A date needs 10 characters and a date with its time 16 (dd-mm-åååå tt:mm): narrower, Excel and LibreOffice
 * show «###» instead of the visit's date. A record column (Inviteret, Besøg meddelt) may hold either.
 */
const DATE_WIDTH: Record<DateKind, number> = { date: 12, dateTime: 17, record: 17 };
const WIDE: Record<string, number> = {
  // Kode holds AEGTEFAELLE_FLYTTET, as fremskrivning.xlsx's code column does (18 cut its last letter).
  Tilbud: 40, Begrundelse: 60, Lovgrundlag: 30, Form: 30, Kanal: 30, Navn: 24, Adresse: 26, Kode: 21, Noter: 30,
  Status: Math.max(...STATUSES.map((s) => s.label.length)) + 2,
};

function widthOf(header: string, kind: DateKind | undefined): number {
  return Math.max(WIDE[header] ?? 10, header.length + 2, kind ? DATE_WIDTH[kind] : 0);
}

function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, result: PlanResult, report: YearReport): void {
  // Printed as the plan is, on one page's width (no header row to repeat): portrait, its 19 columns took three
  // pages side by side, a note cut between them.
  const sheet = workbook.addWorksheet(text.SHEET_SUMMARY, {
    pageSetup: { ...PRINT_A4_LANDSCAPE.pageSetup, printTitlesRow: undefined },
    headerFooter: PRINT_A4_LANDSCAPE.headerFooter,
  });
  const widths = [22, 40, 10, ...STATUSES.map(() => 14), 10, 10];
  sheet.columns = widths.map((width) => ({ width }));
  sheet.addRow([text.SUMMARY_TITLE(report.year, result.profile.name)]).font = { bold: true, size: 14 };
  sheet.addRow([text.SUMMARY_AS_OF(toDanish(result.asOf as Day))]);
  sheet.addRow([text.SUMMARY_TOTALS(report.citizens, report.errors)]);
  sheet.addRow([]);

  const prev = report.previous;
  const head = offerHead(report);
  const headRow = sheet.addRow(head);
  headRow.height = headerHeight(head, (c) => widths[c]);
  headRow.eachCell((c, col) => {
    const status = STATUSES[col - 4];
    // A status's name wraps in its column («Besøg planlagt – ikke meddelt» was cut at «Besøg planlagt»).
    const alignment: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: 'top' };
    c.style = status
      ? { font: { bold: true, color: { argb: argb(status.text) } }, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(status.background) } }, alignment }
      : { font: { bold: true }, alignment };
  });
  for (const line of report.offers) {
    const values: (string | number)[] = [line.code, line.label, line.total, ...STATUSES.map((s) => line.byStatus[s.id])];
    if (prev) values.push(line.previous ?? 0, line.change ?? 0);
    sheet.addRow(values);
  }
  sheet.addRow([]);
  const statusesHavePrevious = prev !== undefined && report.statuses.some((s) => s.previous !== undefined);
  const statusHead = sheet.addRow([text.SUMMARY_STATUS, '', text.SUMMARY_TOTAL, ...(statusesHavePrevious ? [text.SUMMARY_PREVIOUS(prev.year)] : [])]);
  statusHead.font = { bold: true };
  for (const s of report.statuses) {
    const row = sheet.addRow([s.label, '', s.count, ...(s.previous !== undefined ? [s.previous] : [])]);
    row.getCell(1).style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(statusById(s.id).background) } } };
  }
  sheet.addRow([]);
  for (const note of report.notes) sheet.addRow([note]);
  sheet.commit();
}

function writeErrorsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, bad: BadRow[]): void {
  const sheet = workbook.addWorksheet(text.SHEET_ERRORS, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }], ...PRINT_A4_LANDSCAPE });
  sheet.columns = [{ header: text.ERRORS_HEADERS[0], width: 8 }, { header: text.ERRORS_HEADERS[1], width: 100 }];
  sheet.getRow(1).font = { bold: true };
  if (bad.length === 0) sheet.addRow(['', text.NO_ERRORS]);
  for (const b of bad) sheet.addRow([b.row, officeText(b.message)]);
  sheet.commit();
}
