import { parse } from 'csv-parse/sync';

/**
 * CSV as Danish spreadsheets write it: `;` (Excel in a Danish locale) or `,` separated, fields quoted with `"`
 * when they hold the separator, a quote or a line break, UTF-8 with or without a byte-order mark
 * (Windows-1252 is decoded before, in `decodeText`). Values stay text: a CPR number or a postcode keeps its
 * leading zero. Reading is csv-parse; writing is the one formula-safe core writer (`core/export/csv`).
 */

export interface CsvRecord {
  /** The fields of the record, as text. */
  fields: string[];
  /**
   * The row a spreadsheet opening the file shows it on (1 = the header): blank lines count as rows, a line
   * break inside a quoted field does not.
   */
  row: number;
}

/** A quote opened and never closed: nothing of the file is read, and the row where it opened is named. */
export class CsvQuoteError extends Error {
  constructor(readonly row: number) {
    super(`CSV quote opened at row ${row} is never closed`);
  }
}

/** The writer lives in the core (formula-safe, shared with the merge's Digital Post list). */
export { csvText } from '../core/export/csv';

/** `;` or `,`: the one that splits the header line (outside quotes) into more fields. */
export function detectDelimiter(text: string): ';' | ',' {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (sep: string) => {
    let n = 0;
    let quoted = false;
    for (const ch of firstLine) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) n++;
    }
    return n;
  };
  return count(',') > count(';') ? ',' : ';';
}

/**
 * Splits CSV text into records; a quoted field may span lines. Blank lines give no record (but count as
 * rows). A quote opened and never closed would swallow every row after it: that is a `CsvQuoteError` naming
 * the row it opened on, never a silently shorter file. A stray quote inside an unquoted field (`Hans "Bette"
 * Jensen`) is kept as text.
 */
export function parseCsv(input: string, delimiter: ';' | ',' = detectDelimiter(input)): CsvRecord[] {
  let rows: string[][];
  try {
    rows = parse(input, { delimiter, bom: true, relax_quotes: true, relax_column_count: true, skip_empty_lines: false });
  } catch (e) {
    // With relax_quotes the only quoting error left is this one. Blank lines are records here too, so the
    // records read before it, plus one, is the row the quote opened on.
    const error = e as { code?: string; records?: number };
    if (error.code === 'CSV_QUOTE_NOT_CLOSED' && typeof error.records === 'number') throw new CsvQuoteError(error.records + 1);
    throw e;
  }
  const records: CsvRecord[] = [];
  rows.forEach((fields, i) => {
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, row: i + 1 });
  });
  return records;
}
