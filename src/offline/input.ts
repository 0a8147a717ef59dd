import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { InputError } from '../core/coerce/errors';
import type { CellValue } from '../core/coerce/values';
import { birthColumn, findColumns } from '../core/sheet/columns';
import { CsvQuoteError, parseCsv } from './csv';
import * as text from './text';

/** A cell as the planner reads it: text from CSV; text, number, boolean or Date from Excel. */
export type InputCell = Exclude<CellValue, undefined>;

export interface InputRow {
  /** The row number a spreadsheet user sees (the header is row 1). */
  row: number;
  cells: InputCell[];
}

/** A citizen file read into memory: its header row and its data rows, empty rows left out. */
export interface InputTable {
  headers: string[];
  rows: InputRow[];
}

/** A file the planner cannot use at all: the CLI prints the Danish message and exits with 1. */
export class InputFileError extends InputError {}

/** Reads a `.csv` or `.xlsx` citizen file and checks it has a birth date (or CPR) column. */
export async function readInputFile(path: string): Promise<InputTable> {
  const table = await readTableFile(path);
  checkTable(table, path);
  return table;
}

/** Reads a `.csv` or `.xlsx` table (the type from its extension, else from its first bytes). */
export async function readTableFile(path: string): Promise<InputTable> {
  if (!existsSync(path)) throw new InputFileError(text.ERR_FILE_MISSING(path));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputFileError(text.ERR_FILE_UNREADABLE(path, (e as Error).message));
  }
  const ext = extname(path).toLowerCase();
  const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === '.xlsx' || (ext !== '.csv' && ext !== '.txt' && isZip)) return tableFromXlsx(bytes, path);
  if (ext === '.csv' || ext === '.txt' || ext === '') return tableFromCsv(decodeText(bytes), path);
  throw new InputFileError(text.ERR_FILE_TYPE(path));
}

/**
 * UTF-8 (with or without BOM); failing that Windows-1252, which Danish Excel's "CSV (semikolonsepareret)"
 * still writes, so `Fødselsdato` arrives intact either way.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The table of a CSV text; quotes that do not pair up stop the whole file with the row to mend. */
export function tableFromCsv(csv: string, path = 'filen'): InputTable {
  let records;
  try {
    records = parseCsv(csv);
  } catch (e) {
    if (e instanceof CsvQuoteError) throw new InputFileError(text.ERR_CSV_QUOTE_UNCLOSED(path, e.row));
    throw e;
  }
  if (records.length === 0) return { headers: [], rows: [] };
  const [header, ...data] = records;
  const compact = compactCells();
  return {
    headers: header.fields.map((h) => h.trim()),
    rows: data.filter((r) => r.fields.some((f) => f.trim() !== '')).map((r) => ({ row: r.row, cells: compact(r.fields) })),
  };
}

/** Short texts are shared between rows (a postcode, "ja", a birth date): longer ones are seldom repeated. */
const SHARED_TEXT_MAX = 32;

/**
 * A row's cells as the table keeps them for the whole run: an array of exactly its length (the parser's
 * arrays are grown as they fill, with room to spare), and one copy of each short text the rows repeat.
 * At 100,000 rows that is a quarter of what the table took, and the letters' peak memory follows it.
 */
function compactCells(): (cells: readonly InputCell[]) => InputCell[] {
  const shared = new Map<string, string>();
  return (cells) => {
    const out = new Array<InputCell>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (typeof cell !== 'string' || cell.length > SHARED_TEXT_MAX) {
        out[i] = cell;
        continue;
      }
      const known = shared.get(cell);
      if (known === undefined) shared.set(cell, cell);
      out[i] = known ?? cell;
    }
    return out;
  };
}

/** The first sheet named `Borgere`, else the first sheet; the first non-empty row is the header. */
export async function tableFromXlsx(bytes: Buffer, path = 'filen'): Promise<InputTable> {
  const workbook = await loadWorkbook(bytes, path);
  const sheet = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === 'borgere') ?? workbook.worksheets[0];
  return sheet ? tableOfSheet(sheet) : { headers: [], rows: [] };
}

/** The sheet of that name (case ignored), or undefined when the workbook has none. */
export async function tableFromXlsxSheet(bytes: Buffer, name: string, path = 'filen'): Promise<InputTable | undefined> {
  const workbook = await loadWorkbook(bytes, path);
  const sheet = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === name.toLowerCase());
  return sheet ? tableOfSheet(sheet) : undefined;
}

async function loadWorkbook(bytes: Buffer, path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputFileError(text.ERR_XLSX_BROKEN(path));
  }
  return workbook;
}

function tableOfSheet(sheet: ExcelJS.Worksheet): InputTable {
  let headers: string[] | undefined;
  const rows: InputRow[] = [];
  const compact = compactCells();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values as unknown[]; // 1-based: values[0] is unused
    const cells: InputCell[] = [];
    for (let c = 1; c < values.length; c++) cells.push(xlsxCell(values[c]));
    if (!headers) {
      headers = cells.map((c) => (c === null ? '' : String(c).trim()));
      return;
    }
    if (cells.some((c) => c !== null && !(typeof c === 'string' && c.trim() === ''))) rows.push({ row: rowNumber, cells: compact(cells) });
  });
  return { headers: headers ?? [], rows };
}

/** An exceljs cell value as a plain value: rich text joined, a formula's result, an error as its text. */
export function xlsxCell(value: unknown): InputCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('error' in v) return String(v.error);
    if ('result' in v) return xlsxCell(v.result);
    if ('formula' in v || 'sharedFormula' in v) return null;
    if ('text' in v) return xlsxCell(v.text);
  }
  return String(value);
}

function checkTable(table: InputTable, path: string): void {
  if (table.headers.length === 0 || table.headers.every((h) => h === '')) throw new InputFileError(text.ERR_NO_ROWS(path));
  if (birthColumn(findColumns(table.headers)) === undefined) throw new InputFileError(text.ERR_NO_BIRTH_COLUMN(path, table.headers));
}

/**
 * A table that comes with the input (the history, the visit records): the sheet `sheet` of an input workbook
 * (the Google sheet downloaded as .xlsx has it), else the first of the files `beside` next to the input.
 * Undefined when there is none.
 */
export async function companionTable(inputPath: string, sheet: string, beside: readonly string[]): Promise<{ table: InputTable; source: string } | undefined> {
  if (extname(inputPath).toLowerCase() === '.xlsx') {
    const table = await tableFromXlsxSheet(readFileSync(inputPath), sheet, inputPath);
    if (table) return { table, source: inputPath };
  }
  const path = beside.map((name) => join(dirname(inputPath), name)).find((p) => existsSync(p));
  return path ? { table: await readTableFile(path), source: path } : undefined;
}
