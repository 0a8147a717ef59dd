import { citizenKey } from '../citizens/key';
import { looksLikeCpr } from '../coerce/cpr';
import { InputError, describeValue } from '../coerce/errors';
import { type DateToDay, isEmptyCell, parseDay, rejectSheetsError } from '../coerce/values';
import { type Day, dayFromYmd, yearOf } from '../day';
import { parseStands } from './chair-stand/reading';
import { parseSex, sexOfCpr } from './chair-stand/sex';
import { VISIT_COLUMNS, type VisitColumnMap, findVisitColumns } from './columns';
import { visitFormOf } from './forms';
import type { VisitProblem, VisitRecord } from './record';
import * as text from './text';
import { type VisitVocabulary, splitCodes, termIndex } from './vocabulary';

export interface VisitTable {
  headers: readonly unknown[];
  /** The data rows, without the header row. */
  rows: readonly (readonly unknown[])[];
}

export interface ReadVisitOptions {
  toDay: DateToDay;
  /** Codes are checked against it (and labels turned into codes); without it codes are kept as typed. */
  vocabulary?: VisitVocabulary;
  /** The sheet row of the first data row (default 2: one header row). */
  firstRow?: number;
  /** Each data row's own row number, when the table left out empty rows (a file read by the planner). */
  rowNumbers?: readonly number[];
}

export interface VisitRecords {
  records: VisitRecord[];
  problems: VisitProblem[];
}

const header = (key: (typeof VISIT_COLUMNS)[number]['key']) => VISIT_COLUMNS.find((c) => c.key === key)!.header;

/**
 * The visit sheet read with the tolerance of Borgere: columns by header, dates as Danes type them, codes
 * by id or label. A row without a citizen or a date is left out with a Danish problem; a bad optional cell
 * (minutes, stands, sex, an unknown code) is reported and the rest of the row still counts. Rows another
 * row supersedes (Erstatter), and the rows that only cancel one (Form Annulleret), are not in `records`.
 * One pass over the rows, then one over the readable ones.
 */
export function readVisitRecords(table: VisitTable, opts: ReadVisitOptions): VisitRecords {
  const columns = findVisitColumns(table.headers);
  const problems: VisitProblem[] = [];
  const firstRow = opts.firstRow ?? 2;
  const themeOf = opts.vocabulary ? termIndex(opts.vocabulary.themes) : undefined;
  const referralOf = opts.vocabulary ? termIndex(opts.vocabulary.referrals) : undefined;
  const read: VisitRecord[] = [];
  const cancels: { row: number; supersedes: string }[] = [];
  const idRow = new Map<string, number>();

  table.rows.forEach((cells, i) => {
    const row = opts.rowNumbers?.[i] ?? firstRow + i;
    if (cells.every(isEmptyCell)) return;
    const problem = (message: string) => problems.push({ row, message });
    const cell = (key: keyof VisitColumnMap) => (columns[key] === undefined ? undefined : cells[columns[key]!]);
    const str = (key: keyof VisitColumnMap) => (isEmptyCell(cell(key)) ? '' : String(cell(key)).trim());

    const id = str('id');
    if (id) {
      const first = idRow.get(id);
      if (first !== undefined) return problem(text.duplicateId(describeValue(id), first));
      idRow.set(id, row);
    }
    const supersedes = str('supersedes') || undefined;
    const formCell = str('form');
    const form = formCell ? visitFormOf(formCell) : 'home';
    if (!form) return problem(text.unknownForm(describeValue(formCell)));
    if (form === 'cancelled') {
      if (supersedes) cancels.push({ row, supersedes });
      else problem(text.cancelWithout);
      return;
    }
    let key: ReturnType<typeof visitKeyOf>;
    try {
      // A Sheets error in Nøgle (#N/A from a team's lookup) names nobody: not a person of unknown age.
      rejectSheetsError(header('citizen'), cell('citizen'));
      key = visitKeyOf(cells, columns);
    } catch (e) {
      return problem(messageOf(e));
    }
    if (!key) return problem(text.missingCitizen);
    let day: Day | undefined;
    try {
      day = parseDay(cell('day'), header('day'), opts.toDay);
    } catch (e) {
      return problem(messageOf(e));
    }
    if (day === undefined) return problem(text.missingDay);

    const record: VisitRecord = {
      id, key: key.key, day, consultant: str('consultant'), offerCode: str('offer'), form,
      themes: codes(str('themes'), themeOf, header('themes'), opts.vocabulary?.themes, problem),
      referrals: codes(str('referrals'), referralOf, header('referrals'), opts.vocabulary?.referrals, problem),
      row,
    };
    if (supersedes) record.supersedes = supersedes;
    const optional = <T>(read: () => T | undefined, set: (v: T) => void) => {
      try {
        const v = read();
        if (v !== undefined) set(v);
      } catch (e) {
        problem(messageOf(e));
      }
    };
    optional(() => parseMinutes(cell('minutes')), (v) => (record.minutes = v));
    optional(() => parseStands(cell('chairStand'), header('chairStand')), (v) => (record.chairStand = v));
    optional(() => parseSex(cell('sex'), header('sex')) ?? key.sex, (v) => (record.sex = v));
    optional(() => followUpAfter(parseDay(cell('followUp'), header('followUp'), opts.toDay), day!), (v) => (record.followUp = v));
    const reading = str('reading');
    if (reading) record.reading = reading;
    read.push(record);
  });

  const superseded = new Set<string>();
  for (const r of [...read, ...cancels]) {
    if (!r.supersedes) continue;
    if (!idRow.has(r.supersedes)) problems.push({ row: r.row, message: text.unknownSupersedes(describeValue(r.supersedes)) });
    superseded.add(r.supersedes);
  }
  const records = superseded.size ? read.filter((r) => !r.id || !superseded.has(r.id)) : read;
  problems.sort((a, b) => a.row - b.row);
  return { records, problems };
}

/**
 * The citizen a visit row is about: the key in Nøgle as fhb wrote it, or a CPR number (in Nøgle or a CPR
 * column) turned into the key `citizenKey` gives that citizen's row in Borgere; else the name and the
 * birth date, as `citizenKey` keys a citizen without a CPR number. A CPR number also gives the sex.
 */
export function visitKeyOf(cells: readonly unknown[], columns: VisitColumnMap): { key: string; sex?: 'M' | 'K' } | undefined {
  const at = (i: number | undefined) => (i === undefined ? undefined : cells[i]);
  for (const column of [columns.citizen, columns.cpr]) {
    const value = at(column);
    if (isEmptyCell(value)) continue;
    const cpr = cprText(value);
    if (cpr) return { key: citizenKey({ columns: { cpr: 0 }, values: [cpr] }), sex: sexOfCpr(cpr) };
    if (column === columns.citizen) return { key: String(value).trim() };
  }
  if (!isEmptyCell(at(columns.name)) && !isEmptyCell(at(columns.birthdate))) {
    return { key: citizenKey({ columns: { name: 0, birthdate: 1 }, values: [at(columns.name), at(columns.birthdate)] }) };
  }
  return undefined;
}

/** A CPR number in a cell, as text (a number cell that lost its leading zero gets it back). */
export function cprText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) {
    const padded = String(value).padStart(10, '0');
    return looksLikeCpr(padded) ? padded : undefined;
  }
  return typeof value === 'string' && looksLikeCpr(value) ? value.trim() : undefined;
}

function codes(
  cell: string,
  find: ((v: string) => string | undefined) | undefined,
  field: string,
  terms: readonly { id: string }[] | undefined,
  problem: (message: string) => void,
): string[] {
  if (!cell) return [];
  const out: string[] = [];
  for (const part of splitCodes(cell)) {
    const id = find ? find(part) : part;
    // An unknown code is said, not kept: the report counts codes, and a typed note or CPR number is no code.
    if (id === undefined) problem(text.unknownCode(field, describeValue(part), terms!.map((t) => t.id)));
    else if (!out.includes(id)) out.push(id);
  }
  return out;
}

/**
 * The latest follow-up a visit on `day` may agree: the end of the next year. The sheet's reader and
 * «Registrér besøget» hold the same limit, so the form never writes a follow-up the reader then drops.
 */
export const lastFollowUp = (day: Day): Day => dayFromYmd(yearOf(day) + 1, 12, 31);

/**
 * A typed follow-up as «Registrér besøget» allows it: after the visit, by lastFollowUp. One before the visit
 * would make the citizen due again at once; one in 2200 would keep them from it for ever.
 */
function followUpAfter(followUp: Day | undefined, day: Day): Day | undefined {
  const last = lastFollowUp(day);
  if (followUp !== undefined && (followUp <= day || followUp > last)) throw new InputError(text.badFollowUp(followUp, day, last));
  return followUp;
}

function parseMinutes(value: unknown): number | undefined {
  if (isEmptyCell(value)) return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 24 * 60) throw new InputError(text.badMinutes(describeValue(value)));
  return n;
}

function messageOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  throw e;
}
