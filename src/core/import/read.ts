import { type Day } from '../day';
import { birthDayFromCpr } from '../coerce/cpr';
import { InputError } from '../coerce/errors';
import { parseDay, tryYesNo, type DateToDay } from '../coerce/values';
import { columnOfHeader, columnSpec, type ColumnKey } from '../sheet/columns';
import { isBlankRecord, parseDelimited, type Delimiter, type DelimitedRecord } from './delimited';
import * as text from './text';
import { cprDigits, cprText, IMPORT_KEYS, kindOf, type ImportValue } from './values';

/**
 * A citizen list's text into typed rows: the header line found (by the sheet's own header names and
 * synonyms), every row validated with Danish reasons and its file line. A file that cannot be a citizen
 * list is refused as a whole; a bad row is rejected alone and the rest still imported.
 */

export interface ImportRow {
  /** The file line the row starts on. */
  line: number;
  /** The value of every import column the file has and the row fills (empty cells are left out). */
  values: Partial<Record<ColumnKey, ImportValue>>;
  /** 10 digits, when the row has a CPR number. */
  cpr?: string;
  birth?: Day;
  name: string;
}

export interface Rejection {
  line: number;
  /** Danish; never holds a whole CPR number. */
  reason: string;
}

export interface ReadFile {
  ok: true;
  delimiter: Delimiter;
  headerLine: number;
  /** The import columns the file has, in the order of its header (Fødselsdato too when it comes from the CPR number). */
  columns: ColumnKey[];
  /** Columns the file does not have but fills from another (Fødselsdato from the CPR number). */
  derived: ColumnKey[];
  /** The file's header for each of them (messages use the consultant's own words). */
  headers: Partial<Record<ColumnKey, string>>;
  rows: ImportRow[];
  rejected: Rejection[];
  warnings: string[];
}

export type ReadResult = ReadFile | { ok: false; message: string };

/** UTF-8 read as Windows-1252: "Ã¦", "Ã¸", "Ã¥", "Ã†", "Ã˜", "Ã…". Never Danish. */
const MOJIBAKE = /Ã[\u00a6\u00b8\u00a5\u2020\u02dc\u2026\u0086\u0098\u0085]/;

export interface ReadOptions {
  /** Turns a Date into a day (unused for text files, kept for rows that arrive as cell values). */
  toDay: DateToDay;
  /** Birth dates after this day are rejected. */
  today: Day;
}

export function readCitizenList(input: string, options: ReadOptions): ReadResult {
  if (input.trim() === '') return { ok: false, message: text.EMPTY_FILE };
  if (MOJIBAKE.test(input.slice(0, 200_000))) return { ok: false, message: text.MOJIBAKE };
  const parsed = parseDelimited(input);
  if (parsed.unclosedQuoteLine !== undefined) return { ok: false, message: text.unclosedQuote(parsed.unclosedQuoteLine) };

  const header = findHeader(parsed.records);
  if (!header) return { ok: false, message: text.NO_HEADER };
  const { record, keys } = header;
  const columns = keys.filter((k): k is ColumnKey => k !== undefined && IMPORT_KEYS.includes(k));
  if (!columns.includes('cpr') && !(columns.includes('name') && columns.includes('birthdate'))) {
    return { ok: false, message: text.NO_KEY_COLUMNS };
  }
  // The sheet's formulas read Fødselsdato before CPR: a citizen brought in by CPR alone gets it filled.
  const derived: ColumnKey[] = columns.includes('cpr') && !columns.includes('birthdate') ? ['birthdate'] : [];
  const headers: Partial<Record<ColumnKey, string>> = {};
  keys.forEach((k, i) => {
    if (k && headers[k] === undefined) headers[k] = record.cells[i].trim();
  });

  const warnings: string[] = [];
  if (record.line > 1) warnings.push(text.headerNotFirst(record.line));
  if (!columns.includes('cpr')) warnings.push(text.NO_CPR_COLUMN);
  const team = keys.flatMap((k, i) => (k && !IMPORT_KEYS.includes(k) ? [record.cells[i].trim()] : []));
  if (team.length) warnings.push(text.teamColumnsIgnored(team));
  const unknown = keys.flatMap((k, i) => (!k && record.cells[i].trim() !== '' ? [record.cells[i].trim()] : []));
  if (unknown.length) warnings.push(text.unknownColumns(unknown));

  const rows: ImportRow[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  const width = record.cells.length;
  for (const r of parsed.records.slice(parsed.records.indexOf(record) + 1)) {
    if (isBlankRecord(r)) continue;
    const read = readRow(r, keys, width, headers, options);
    if (typeof read === 'string') {
      rejected.push({ line: r.line, reason: read });
      continue;
    }
    const key = read.cpr ? `c${read.cpr}` : `n${read.name.toLowerCase()}|${read.birth}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({ line: r.line, reason: text.duplicateInFile(first) });
      continue;
    }
    seen.set(key, r.line);
    rows.push(read);
  }
  if (rows.length === 0 && rejected.length === 0) return { ok: false, message: text.NO_ROWS };
  return { ok: true, delimiter: parsed.delimiter, headerLine: record.line, columns: [...columns, ...derived], derived, headers, rows, rejected, warnings };
}

/** The first of the first 10 lines that names at least two import columns (a title line may come first). */
function findHeader(records: readonly DelimitedRecord[]): { record: DelimitedRecord; keys: (ColumnKey | undefined)[] } | undefined {
  for (const record of records.slice(0, 10)) {
    const keys = firstMatches(record.cells.map((c) => columnOfHeader(c.trim())));
    if (keys.filter((k) => k !== undefined && IMPORT_KEYS.includes(k)).length >= 2) return { record, keys };
  }
  return undefined;
}

/** A column named twice counts once, at its first place (as findColumns reads the sheet). */
function firstMatches(keys: (ColumnKey | undefined)[]): (ColumnKey | undefined)[] {
  const seen = new Set<ColumnKey>();
  return keys.map((k) => {
    if (!k || seen.has(k)) return undefined;
    seen.add(k);
    return k;
  });
}

/** One row's values, or the Danish reasons it is rejected. */
function readRow(
  r: DelimitedRecord,
  keys: readonly (ColumnKey | undefined)[],
  width: number,
  headers: Partial<Record<ColumnKey, string>>,
  options: ReadOptions,
): ImportRow | string {
  // Excel drops trailing empty cells on some rows; extra non-empty cells mean a broken row.
  const extra = r.cells.slice(width);
  if (extra.some((c) => c.trim() !== '')) return text.wrongFieldCount(r.cells.length, width);
  const problems: string[] = [];
  const values: Partial<Record<ColumnKey, ImportValue>> = {};
  keys.forEach((key, i) => {
    if (!key || !IMPORT_KEYS.includes(key)) return;
    const raw = (r.cells[i] ?? '').trim();
    if (raw === '') return;
    const header = headers[key] ?? columnSpec(key).header;
    const value = readValue(key, raw, header, options);
    if (typeof value === 'string') problems.push(value);
    else values[key] = value;
  });

  const cell = (k: ColumnKey) => (r.cells[keys.indexOf(k)] ?? '').trim();
  let cpr: string | undefined;
  if (keys.includes('cpr') && cell('cpr') !== '') {
    cpr = cprDigits(cell('cpr'));
    if (!cpr || birthDayFromCpr(cpr) === undefined) {
      problems.push(text.BAD_CPR);
      cpr = undefined;
    } else values.cpr = { kind: 'text', text: cprText(cpr) };
  }
  const cprBirth = cpr ? birthDayFromCpr(cpr) : undefined;
  const typed = values.birthdate?.kind === 'day' ? values.birthdate.day : undefined;
  if (typed !== undefined && cprBirth !== undefined && typed !== cprBirth) problems.push(text.cprBirthDisagree(typed));
  const birth = typed ?? cprBirth;
  if (birth !== undefined && birth > options.today) problems.push(text.BIRTH_IN_FUTURE);
  const name = values.name?.kind === 'text' ? values.name.text : '';
  if (!name) problems.push(text.NO_NAME);
  if (!cpr && birth === undefined && !problems.includes(text.BAD_CPR)) problems.push(text.NO_CPR_NO_BIRTH);
  if (problems.length) return problems.join('; ');
  if (!values.birthdate && birth !== undefined && !keys.includes('birthdate')) values.birthdate = { kind: 'day', day: birth };
  return { line: r.line, values, cpr, birth, name };
}

function readValue(key: ColumnKey, raw: string, header: string, options: ReadOptions): ImportValue | string {
  switch (kindOf(key)) {
    case 'date': {
      try {
        // A CPR number in a date column gives its birth day, as in the sheet.
        return { kind: 'day', day: parseDay(raw, header, options.toDay)! };
      } catch (e) {
        if (e instanceof InputError) return e.message.replace(/\.$/, '');
        throw e;
      }
    }
    case 'yesno': {
      const answer = tryYesNo(raw);
      return answer === undefined ? text.notYesNo(header) : { kind: 'bool', value: answer };
    }
    case 'yesnoOrText': {
      const answer = tryYesNo(raw);
      return answer === undefined ? { kind: 'text', text: raw } : { kind: 'bool', value: answer };
    }
    default:
      return { kind: 'text', text: key === 'cpr' ? raw : raw.replace(/\s+/g, ' ') };
  }
}
