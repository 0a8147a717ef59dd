import type { Block, Cell, ProjectionReport } from './report';

/**
 * The report laid out as one grid for a spreadsheet (the Google sheet *Fremskrivning*): the title, the
 * sentences, then each table under its title with a blank row between, and room for the chart under the
 * months table. Pure, so the adapter writes it with one setValues and a few formats.
 */
export interface ReportGrid {
  readonly cells: Cell[][];
  readonly width: number;
  /** 1-based rows: titles (bold), table heads (styled), totals (bold). */
  readonly titleRows: number[];
  readonly headRows: number[];
  readonly totalRows: number[];
  /** Where the months table is (its header row and the 12 months), and the row the chart goes on. */
  readonly months: { readonly headerRow: number; readonly rows: number; readonly columns: number; readonly capacitySeries?: number };
  readonly chartRow: number;
}

/** Rows the chart covers under the months table. */
export const CHART_ROWS = 20;

export function reportGrid(report: ProjectionReport): ReportGrid {
  const rows: Cell[][] = [];
  const titleRows: number[] = [];
  const headRows: number[] = [];
  const totalRows: number[] = [];
  let months: ReportGrid['months'] = { headerRow: 0, rows: 0, columns: 0 };
  let chartRow = 0;
  const add = (cells: readonly Cell[]) => rows.push([...cells]);
  add([report.title]);
  titleRows.push(rows.length);
  add([report.subtitle]);
  for (const s of report.summary) add([s]);
  const block = (b: Block) => {
    add([]);
    add([b.title]);
    titleRows.push(rows.length);
    add(b.head);
    headRows.push(rows.length);
    const header = rows.length;
    for (const r of b.rows) add(r);
    if (b.total) totalRows.push(rows.length);
    return header;
  };
  block(report.comparison);
  const columns = report.months.head.length;
  // The capacity is the months table's last column when the settings name consultants: a line, not bars.
  months = { headerRow: block(report.months), rows: report.months.rows.length, columns, capacitySeries: report.chart.capacity === undefined ? undefined : columns - 2 };
  chartRow = rows.length + 2;
  for (let i = 0; i < CHART_ROWS; i++) add([]);
  for (const b of [report.capacity, ...report.details, report.changes, report.assumptions, report.profiles]) if (b) block(b);
  add([]);
  for (const n of report.notes) add([n]);
  const width = Math.max(...rows.map((r) => r.length));
  const cells = rows.map((r) => [...r, ...new Array<Cell>(width - r.length).fill('')]);
  return { cells, width, titleRows, headRows, totalRows, months, chartRow };
}
