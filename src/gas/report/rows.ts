import type { ReportInput } from '../../core/report/year-report';
import type { ColumnMap } from '../../core/sheet/columns';
import { planStatus } from '../../core/status/row-status';
import { type ReadContext, readCitizenRows } from '../../core/visits/rows';
import type { Day } from '../../core/day';
import { type ReportCitizen, reportCitizen } from '../../core/report/visit-citizens';

/**
 * The year's rows, planned and given their status by the core from the input columns (birth date,
 * lives alone, events, exemption, the team's records) with the sheet's profile and reference date: the
 * very arguments FHB_PLAN and FHB_STATUS get, so the counts are what the team sees. Never read from the
 * computed Kode and Status columns: on Google those cells may still say "Indlæser…" while the custom
 * functions compute, and a report stores its counts for good. Pure: it gets the values of one
 * getValues() (header row first).
 *
 * A row counts when it has a birth date (or CPR). It is an error, not counted, when the rules cannot
 * read it. Names and CPR numbers are never kept: only the row number of a bad row is.
 */
export interface SheetRows {
  rows: ReportInput['rows'];
  /** Every citizen row as the visit part of the report reads it (key, birth, sex, Inviteret, Gennemført). */
  citizens: ReportCitizen[];
  /** 1-based sheet rows that could not be counted. */
  errorRows: number[];
}

export function sheetRows(values: readonly (readonly unknown[])[], columns: ColumnMap, ctx: ReadContext & { today: Day }): SheetRows {
  const rows: { code: string; status: NonNullable<ReportInput['rows'][number]['status']> }[] = [];
  const errorRows: number[] = [];
  const citizens: ReportCitizen[] = [];
  for (const row of readCitizenRows(values, columns, ctx)) {
    citizens.push(reportCitizen({ columns, values: values[row.row - 1] }, ctx.toDay, row.records, row.plan?.offers ?? []));
    if (row.plan) rows.push({ code: row.plan.code, status: planStatus(row.plan, row.records, columns, ctx.asOf, ctx.today) });
    else errorRows.push(row.row);
  }
  return { rows, citizens, errorRows };
}
