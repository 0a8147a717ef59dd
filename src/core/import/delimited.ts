/**
 * A small RFC 4180 reader for the CSV files Danish municipal systems export: `;` (Danish Excel), `,` or
 * tab separated, fields in double quotes may hold the separator, line breaks and doubled quotes (`""`).
 * Every record carries its number as a spreadsheet opening the file shows it (blank lines count, a line
 * break inside quotes does not), so a rejection can say "linje 12" and Excel's row 12 is that citizen.
 *
 * Hand-written rather than csv-parse: csv-parse works on Node Buffers, which Apps Script does not have,
 * and this is all the import needs. Pure, no Apps Script.
 */
export type Delimiter = ';' | ',' | '\t';

export interface DelimitedRecord {
  /** The record's 1-based row as Excel shows the file (the header is usually 1). */
  line: number;
  cells: string[];
}

export interface DelimitedProblem {
  line: number;
  /** Danish. */
  message: string;
}

export interface DelimitedText {
  delimiter: Delimiter;
  records: DelimitedRecord[];
  /** A quote left open swallows the rest of the file: the row it opened on. */
  unclosedQuoteLine?: number;
}

const CANDIDATES: readonly Delimiter[] = [';', ',', '\t'];

/** The separator used most often, outside quotes, in the first lines; `;` when none is used. */
export function guessDelimiter(text: string): Delimiter {
  const head = text.slice(0, 8192).split(/\r\n|\n|\r/).slice(0, 10);
  let best: Delimiter = ';';
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const count = head.reduce((n, line) => n + countOutsideQuotes(line, d), 0);
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

function countOutsideQuotes(line: string, d: string): number {
  let inQuotes = false;
  let n = 0;
  for (const ch of line) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === d && !inQuotes) n++;
  }
  return n;
}

/** Splits the text into records. A leading BOM is dropped; `\r\n`, `\n` and `\r` all end a line. */
export function parseDelimited(input: string, delimiter: Delimiter = guessDelimiter(input)): DelimitedText {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: DelimitedRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false;
  const endField = () => {
    cells.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      inQuotes = true;
      fieldStarted = true;
      quoteLine = recordLine;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      recordLine++;
    } else {
      // A quote inside an unquoted field is kept as it is (Excel writes such files too).
      field += ch;
      fieldStarted = true;
    }
  }
  if (inQuotes) return { delimiter, records, unclosedQuoteLine: quoteLine };
  if (field !== '' || cells.length > 0) endRecord();
  return { delimiter, records };
}

/** A record with nothing but empty (or blank) cells: a blank line, or `;;;;` from Excel. */
export function isBlankRecord(r: DelimitedRecord): boolean {
  return r.cells.every((c) => c.trim() === '');
}
