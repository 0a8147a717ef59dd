import { Day, dayFromYmd, isValidYmd } from '../day';
import { birthDayFromCpr } from './cpr';
import { InputError, describeValue } from './errors';

/** How the adapter turns a Date it was given into a calendar day (it knows the sheet's time zone). */
export type DateToDay = (date: Date) => Day;

/** What a sheet cell can hold, as Apps Script hands it to a function. */
export type CellValue = string | number | boolean | Date | null | undefined;

const SHEETS_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|FEJL!?|I\/T|IT|VÆRDI!|NAVN\?)$/i;
/** Google Sheets' day 0 is 1899-12-30, as in Lotus and Excel. */
const SHEETS_EPOCH = dayFromYmd(1899, 12, 30);
const MIN_SERIAL = dayFromYmd(1910, 1, 1) - SHEETS_EPOCH;

export function isEmptyCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const toTag = Object.prototype.toString;

export function isDate(value: unknown): value is Date {
  // `instanceof` fails across realms (a vm context, an iframe), so ask the tag.
  return typeof value === 'object' && value !== null && toTag.call(value) === '[object Date]';
}

/** A Sheets error value (#N/A, #REF! …) as Apps Script reads it: refused with the cell's field, never read as data. */
export function rejectSheetsError(field: string, value: unknown): void {
  if (typeof value === 'string' && SHEETS_ERROR.test(value.trim())) {
    throw new InputError(`${field}: cellen indeholder en fejl (${value.trim()}). Ret den celle først.`);
  }
}

/**
 * A date as Danes type it: a Date cell, `dd-mm-åååå`, `dd.mm.åååå`, `dd/mm/åååå` (day and month may have one
 * digit), ISO `åååå-mm-dd`, a CPR number (`ddmmåå-ssss` or `ddmmååssss`, also as a number that lost its
 * leading zero), or a Sheets serial number. Empty gives undefined; anything else a Danish InputError.
 */
export function parseDay(value: unknown, field: string, dateToDay: DateToDay): Day | undefined {
  if (isEmptyCell(value)) return undefined;
  if (isDate(value)) {
    if (isNaN(value.getTime())) throw new InputError(`${field}: ${describeValue(value)} er ikke en dato.`);
    return inRange(dateToDay(value), value, field, dateToDay);
  }
  if (typeof value === 'number') return parseNumberDay(value, field);
  if (typeof value === 'string') return inRange(parseTextDay(value, field), value, field, dateToDay);
  throw new InputError(`${field}: ${describeValue(value)} er ikke en dato. Skriv fx 24-12-1950.`);
}

/** The years a date may have: beyond them a Date cell (year 275760, year -5) is a typo, never a birth or a visit. */
export const FIRST_YEAR = 1800;
export const LAST_YEAR = 9999;
const FIRST_DAY = dayFromYmd(FIRST_YEAR, 1, 1);
const LAST_DAY = dayFromYmd(LAST_YEAR, 12, 31);

function inRange(day: Day, value: unknown, field: string, dateToDay: DateToDay): Day {
  if (!(day >= FIRST_DAY && day <= LAST_DAY)) {
    throw new InputError(`${field}: ${describeValue(value, dateToDay)} ligger uden for årene ${FIRST_YEAR}–${LAST_YEAR}. Ret årstallet.`);
  }
  return day;
}

/** Like `parseDay`, but empty is an error: for the fields a row cannot do without. */
export function requireDay(value: unknown, field: string, dateToDay: DateToDay): Day {
  const day = parseDay(value, field, dateToDay);
  if (day === undefined) throw new InputError(`${field} mangler.`);
  return day;
}

function parseNumberDay(value: number, field: string): Day {
  if (Number.isInteger(value) && value >= 100_000_000 && value <= 3_112_999_999) {
    // A CPR number typed into a number cell: Sheets drops the leading zero of 0103451234.
    const day = birthDayFromCpr(String(value).padStart(10, '0'));
    if (day !== undefined) return day;
  }
  // Serial numbers before 1910 are refused: they are far likelier a bare year (1945) than a date.
  if (Number.isFinite(value) && value >= MIN_SERIAL && value < 110_000) {
    return (SHEETS_EPOCH + Math.floor(value)) as Day;
  }
  throw new InputError(`${field}: ${describeValue(value)} er ikke en dato. Skriv fx 24-12-1950.`);
}

/**
 * The date texts Danes type: ISO `åååå-m-d` first, then day-month-year with `-`, `.` or `/` (the same
 * separator twice; one or two digits for day and month, four for the year). Read by hand: a few fixed
 * shapes need no general format parser (docs/code.md), and these patterns are linear in the text.
 */
const DATE_SHAPE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DANISH_DATE = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/;
const TWO_DIGIT_YEAR = /^\d{1,2}([-./])\d{1,2}\1\d{2}$/;

/** The day a text of DATE_SHAPE names, or undefined when there is no such day (31-02-2025). */
function dayOfDateText(text: string): Day | undefined {
  const iso = ISO_DATE.exec(text);
  const danish = iso ? null : DANISH_DATE.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : danish ? [danish[3], danish[2], danish[1]] : [];
  if (year === undefined) return undefined;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : undefined;
}

function parseTextDay(raw: string, field: string): Day {
  const text = raw.trim();
  rejectSheetsError(field, text);
  const cpr = birthDayFromCpr(text);
  if (cpr !== undefined) return cpr;

  if (TWO_DIGIT_YEAR.test(text)) {
    throw new InputError(`${field}: ${describeValue(raw)} har et tocifret årstal. Skriv året med fire cifre, fx 24-12-1950.`);
  }
  if (/^\d{6}-?\d{4}$/.test(text)) {
    throw new InputError(`${field}: ${describeValue(raw)} er ikke et gyldigt CPR-nummer (datoen findes ikke).`);
  }
  if (!DATE_SHAPE.test(text)) {
    throw new InputError(`${field}: ${describeValue(raw)} er ikke en dato. Skriv fx 24-12-1950 eller 1950-12-24.`);
  }
  const day = dayOfDateText(text);
  if (day !== undefined) return day;
  throw new InputError(`${field}: ${describeValue(raw)} er ikke en gyldig dato (den dag findes ikke).`);
}

const TRUE_WORDS = new Set(['ja', 'j', 'x', '1', 'sand', 'true', 'yes', 'y', '✓', '✔']);
const FALSE_WORDS = new Set(['nej', 'n', '0', 'falsk', 'false', 'no', '-']);

/** Yes/no as Danes type it: a checkbox, `ja/nej`, `j/n`, `x`, `1/0`, `SAND/FALSK`, `TRUE/FALSE`; empty = no. */
export function parseYesNo(value: unknown, field: string): boolean {
  const answer = tryYesNo(value);
  if (answer !== undefined) return answer;
  rejectSheetsError(field, value);
  throw new InputError(`${field}: ${describeValue(value)} er hverken ja eller nej. Brug ja, nej, x eller en tom celle.`);
}

/** Yes/no, or undefined when the value is neither (so a caller can read it as something else). */
export function tryYesNo(value: unknown): boolean | undefined {
  if (isEmptyCell(value)) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
  }
  return undefined;
}

/** The `exempt` argument: yes/no, or a text reason such as `plejebolig` (which means yes). */
export function parseExemption(value: unknown, field: string): { exempt: boolean; reason?: string } {
  const answer = tryYesNo(value);
  if (answer !== undefined) return { exempt: answer };
  if (typeof value === 'string') {
    rejectSheetsError(field, value);
    return { exempt: true, reason: value.trim() };
  }
  throw new InputError(`${field}: ${describeValue(value)} er hverken ja, nej eller en begrundelse.`);
}
