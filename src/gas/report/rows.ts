import { isEmptyCell } from '../../core/coerce/values';
import type { ReportInput } from '../../core/report/year-report';
import { type ColumnMap, birthColumn } from '../../core/sheet/columns';
import { statusByLabel } from '../../core/status/vocabulary';

/**
 * The year's rows as the sheet shows them: the computed Kode (FHB_PLAN) and Status (FHB_STATUS) of
 * every citizen, so the report counts exactly what the team sees in the sheet. Pure: it gets the values
 * of one getValues() (header row first).
 *
 * A row counts when it has a birth date (or CPR), a code or a status. It is an error, not counted, when
 * its code is missing or an error (`FEJL: …`, `#REF!`, still loading) or its status is not one of the
 * status words. Names and CPR numbers are never read: only the row number of a bad row is kept.
 */
export interface SheetRows {
  rows: ReportInput['rows'];
  /** 1-based sheet rows that could not be counted. */
  errorRows: number[];
}

const text = (v: unknown) => (isEmptyCell(v) ? '' : String(v).trim());

/** A code FHB_PLAN wrote (profile codes: capitals, digits and `_`, joined by `+`); never an error text. */
const CODE = /^[A-ZÆØÅ][A-ZÆØÅ0-9_]*(?:\s*\+\s*[A-ZÆØÅ][A-ZÆØÅ0-9_]*)*$/;
const isCode = (code: string) => CODE.test(code);

export function sheetRows(values: readonly (readonly unknown[])[], columns: ColumnMap): SheetRows {
  const codeCol = columns.code;
  const statusCol = columns.status;
  const birthCol = birthColumn(columns);
  const rows: { code: string; status: NonNullable<ReportInput['rows'][number]['status']> }[] = [];
  const errorRows: number[] = [];
  if (codeCol === undefined || statusCol === undefined) return { rows, errorRows };
  for (let i = 1; i < values.length; i++) {
    const cells = values[i];
    const code = text(cells[codeCol]);
    const label = text(cells[statusCol]);
    const birth = birthCol === undefined ? '' : text(cells[birthCol]);
    if (code === '' && label === '' && birth === '') continue;
    const status = statusByLabel(label);
    if (isCode(code) && status) rows.push({ code, status: status.id });
    else errorRows.push(i + 1);
  }
  return { rows, errorRows };
}
