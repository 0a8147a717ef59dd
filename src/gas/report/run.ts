import { InputError } from '../../core/coerce/errors';
import { type Day, fromIso, toDanish, toIso, yearOf } from '../../core/day';
import { resolveProfile } from '../../core/profiles/registry';
import * as reportText from '../../core/report/text';
import { type ReportInput, type YearReport, offerCatalog, yearReport } from '../../core/report/year-report';
import { birthColumn, columnSpec, findColumns } from '../../core/sheet/columns';
import { makeZone } from '../../sheetfns/zone';
import { citizenSheet, snapshot } from '../sheet/citizens';
import { readSettings, settingsSheet } from '../sheet/settings';
import { writeTextBlock } from '../sheet/block-write';
import { rebuiltSheet } from '../sheet/rebuilt-sheet';
import { MENU } from '../../core/text/glossary';
import { todayInDenmark } from '../sheet/zone';
import { replaceChart } from './chart';
import { writeHistoryBlock } from '../history/report-block';
import { sheetRows } from './rows';
import { visitVocabulary } from '../../core/profiles/visit-terms';
import { citizensVisitReport } from '../../core/report/visit-citizens';
import type { VisitReport } from '../../core/report/visits';
import { readVisitTable } from '../visit-record/rows';
import { visitSheet } from '../visit-record/sheet';
import { writeVisitBlock } from './visit-block';
import { type StoredYear, decodeStored, encodeStored, propertyKey, storedRows, storedYear } from './stored';
import { reportTable } from './table';
import * as text from './text';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The year report in Google Sheets: reads the citizen sheet once, plans every row with the core (never
 * from the computed Kode and Status columns, which may still be loading), compares with last year's stored counts, stores this year's, and rebuilds the sheet
 * `Årsrapport` (one setValues, a few formats, one chart). The caller holds the document lock. A fixed
 * number of service calls, whatever the number of citizens.
 */

/** How many bad rows the note names. */
const ERROR_ROWS_SHOWN = 20;
/** Rows the chart covers below the table. */
const CHART_ROWS = 22;

export interface YearReportResult {
  year: number;
  report: YearReport;
  /** The visit part, when the sheet has the visit sheet Besøg. */
  visits?: VisitReport;
}

export function buildYearReport(ss: Spreadsheet): YearReportResult {
  const citizens = citizenSheet(ss);
  if (!citizens || !settingsSheet(ss)) throw new InputError(text.NEEDS_SETUP);
  const settings = readSettings(ss);
  const asOf: Day = (settings.asOf ? fromIso(settings.asOf) : undefined) ?? todayInDenmark();
  const profile = resolveProfile(settings.profile);
  const year = yearOf(asOf);

  const snap = snapshot(citizens);
  const columns = findColumns(snap.values[0] ?? []);
  if (birthColumn(columns) === undefined) throw new InputError(text.COLUMNS_MISSING([columnSpec('birthdate').header]));
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  const today = todayInDenmark();
  const { rows, citizens: reportCitizens, errorRows } = sheetRows(snap.values, columns, { profile, asOf, toDay: zone.toDay, today });

  const props = PropertiesService.getDocumentProperties();
  const stored = decodeStored(props.getProperty(propertyKey(year - 1)), year - 1);
  const current: ReportInput = { year, rows, errors: errorRows.length, source: 'data' };
  // Stored counts are what happened last year (real statuses): the core's 'file' source compares statuses too.
  const previous: ReportInput | undefined = stored ? { year: year - 1, rows: storedRows(stored), errors: stored.errors, source: 'file' } : undefined;
  const report = yearReport(current, offerCatalog(profile), previous);
  const sheet = reportSheet(ss); // refuses a team's own sheet before anything is written
  const saved = saveYear(props, year, asOf, current);

  const notes = reportNotes(report, stored, saved, errorRows);
  const table = reportTable({ report, asOf: toDanish(asOf), profileName: profile.name, notes });
  writeTable(sheet, table);
  replaceChart(sheet, table, year);
  // Below the chart (about 20 rows high): what was done this year and last, from Historik.
  const historyRow = table.nextRow + CHART_ROWS;
  const historyRows = writeHistoryBlock(ss, sheet, historyRow, year, offerCatalog(profile));
  // Below that: what the visits found and did, once the team has the visit sheet Besøg.
  let visits: VisitReport | undefined;
  if (visitSheet(ss)) {
    const { records, problems } = readVisitTable(ss, zone, visitVocabulary(profile));
    visits = citizensVisitReport(reportCitizens, records, { profile, asOf, today, problemRows: problems.map((p) => p.row) });
    writeVisitBlock(sheet, historyRow + (historyRows ? historyRows + 1 : 0), visits);
  }
  sheet.activate();
  return { year, report, visits };
}

/** This year's counts into the document's properties; false when they could not be stored. */
function saveYear(props: GoogleAppsScript.Properties.Properties, year: number, asOf: Day, current: ReportInput): boolean {
  const json = encodeStored(storedYear(year, toIso(asOf), current));
  if (json === null) return false;
  try {
    props.setProperty(propertyKey(year), json);
    return true;
  } catch {
    // The store is full (500 KB per document, shared with the rest of fhb): the report is still made.
    return false;
  }
}

export function reportNotes(report: YearReport, stored: StoredYear | undefined, saved: boolean, errorRows: readonly number[]): string[] {
  const notes = report.notes.map((n) =>
    stored && n === reportText.FILE_NOTE(stored.year) ? text.STORED_NOTE(stored.year, toDanish(fromIso(stored.asOf) ?? (0 as Day))) : n,
  );
  if (!stored) notes.push(text.NO_STORED_NOTE(report.year - 1));
  notes.push(saved ? text.SAVED_NOTE(report.year) : text.NOT_SAVED_NOTE(report.year));
  if (errorRows.length) notes.push(text.ERROR_ROWS_NOTE(errorRows.slice(0, ERROR_ROWS_SHOWN), errorRows.length - ERROR_ROWS_SHOWN));
  return notes;
}

/** `Årsrapport`, made when missing; a team's own sheet of that name is refused, never cleared. */
const reportSheet = (ss: Spreadsheet): Sheet => rebuiltSheet(ss, text.SHEET_NAME, MENU.report, isReportTitle);

function isReportTitle(value: unknown): boolean {
  const m = typeof value === 'string' ? /^\S+ (\d{4}):/.exec(value) : null;
  return m !== null && value === reportText.TITLE(Number(m[1]));
}

/** The whole table in one write, then the few formats; the grid grows when a team shrank it. */
function writeTable(sheet: Sheet, table: ReturnType<typeof reportTable>): void {
  sheet.clear();
  const needRows = table.nextRow + 25;
  const maxRows = sheet.getMaxRows();
  if (maxRows < needRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < table.width) sheet.insertColumnsAfter(maxCols, table.width - maxCols);
  writeTextBlock(sheet.getRange(1, 1, table.cells.length, table.width), table.cells);
  for (const row of table.boldRows) sheet.getRange(row, 1, 1, table.width).setFontWeight('bold');
  sheet.getRange(1, 1).setFontSize(14);
  for (const c of table.changeCells) sheet.getRange(c.row, c.column, c.rows, 1).setNumberFormat('+0;-0;0');
  sheet.setColumnWidth(2, 240);
}
