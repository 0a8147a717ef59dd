import * as reportText from '../../core/report/text';
import type { OfferLine, YearReport } from '../../core/report/year-report';
import { CODE_NONE } from '../../core/rules/types';
import { STATUSES } from '../../core/status/vocabulary';
import * as text from './text';

/**
 * The report sheet as one block of cells (written with one setValues) and where its parts are, for the
 * few formats and the chart. Pure. Layout, top to bottom: title, one line of facts, the offers (code,
 * label, total, one column per status, last year and the change when known), the statuses, the notes.
 * "No offer" is the last offer row, so the chart can leave it out (it would dwarf the rest, as in the
 * offline chart) and still read one contiguous block.
 */
export interface ReportTable {
  cells: (string | number)[][];
  width: number;
  /** 1-based rows to show in bold: title and the table headers. */
  boldRows: number[];
  /** The offer table: its header row and the offer rows the chart shows (1-based, header excluded). */
  offers: { headerRow: number; firstRow: number; chartRows: number };
  /** 1-based column of the first status column in the offer table. */
  firstStatusColumn: number;
  /** Cells holding a signed change (+3 / -2), as { row, column, rows } (1-based). */
  changeCells: { row: number; column: number; rows: number }[];
  /** First free row below the table (for the chart). */
  nextRow: number;
}

export interface TableInput {
  report: YearReport;
  /** Reference date, as Danish text. */
  asOf: string;
  profileName: string;
  notes: readonly string[];
}

/** The offers in the report's order, with "no offer" moved last. */
export function offerOrder(offers: readonly OfferLine[]): OfferLine[] {
  return [...offers.filter((o) => o.code !== CODE_NONE), ...offers.filter((o) => o.code === CODE_NONE)];
}

export function reportTable({ report, asOf, profileName, notes }: TableInput): ReportTable {
  const prev = report.previous;
  const statusesCompared = prev !== undefined && report.statuses.some((s) => s.previous !== undefined);
  const offerHead = [
    text.OFFER_HEADERS.code, text.OFFER_HEADERS.offer, text.OFFER_HEADERS.total, ...STATUSES.map((s) => s.label),
    ...(prev ? [String(prev.year), text.OFFER_HEADERS.change] : []),
  ];
  const statusHead = [text.STATUS_HEADERS.status, text.STATUS_HEADERS.count, ...(statusesCompared ? [String(prev!.year), text.STATUS_HEADERS.change] : [])];
  const width = Math.max(offerHead.length, statusHead.length);
  const rows: (string | number)[][] = [];
  const add = (cells: (string | number)[]) => rows.push([...cells, ...new Array<string>(width - cells.length).fill('')]);
  const boldRows: number[] = [];
  const changeCells: ReportTable['changeCells'] = [];

  add([reportText.TITLE(report.year)]);
  boldRows.push(rows.length);
  const facts = [
    text.REFERENCE(asOf),
    text.PROFILE(profileName),
    reportText.CITIZENS(report.citizens),
    ...(report.errors ? [reportText.ERRORS(report.errors)] : []),
    ...(prev ? [`${prev.year}: ${reportText.CITIZENS(prev.citizens)}`] : []),
  ];
  add([facts.join(' · ')]);
  add([]);

  add(offerHead);
  const headerRow = rows.length;
  boldRows.push(headerRow);
  const offers = offerOrder(report.offers);
  for (const o of offers) {
    add([o.code, o.label, o.total, ...STATUSES.map((s) => o.byStatus[s.id]), ...(prev ? [o.previous ?? 0, o.change ?? 0] : [])]);
  }
  if (prev && offers.length) changeCells.push({ row: headerRow + 1, column: offerHead.length, rows: offers.length });
  const chartRows = offers.filter((o) => o.code !== CODE_NONE).length;
  add([]);

  add(statusHead);
  boldRows.push(rows.length);
  const firstStatusRow = rows.length + 1;
  for (const s of report.statuses) {
    add([s.label, s.count, ...(statusesCompared ? [s.previous ?? 0, s.count - (s.previous ?? 0)] : [])]);
  }
  if (statusesCompared) changeCells.push({ row: firstStatusRow, column: statusHead.length, rows: report.statuses.length });
  add([]);

  add([text.NOTES_HEADER]);
  boldRows.push(rows.length);
  for (const n of notes) add([n]);

  return {
    cells: rows,
    width,
    boldRows,
    offers: { headerRow, firstRow: headerRow + 1, chartRows },
    firstStatusColumn: 4,
    changeCells,
    nextRow: rows.length + 2,
  };
}
