/**
 * CSV as Danish spreadsheets write it: `;` (Excel in a Danish locale) or `,` separated, fields quoted with
 * `"` when they hold the separator, a quote or a line break, UTF-8 with or without a byte-order mark.
 * Values stay text: a CPR number or a postcode keeps its leading zero.
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

const BOM = '\uFEFF';

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

/** Splits CSV text into records; a quoted field may span lines. Blank lines give no record. */
export function parseCsv(input: string, delimiter: ';' | ',' = detectDelimiter(input)): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  let fieldStarted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, row });
    fields = [];
    row++;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
