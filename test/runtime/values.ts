/**
 * How a cell stores values, and how values cross between the script and the grid.
 *
 * Sheets stores a date as a serial day number, i.e. a wall-clock time with no zone; the script sees a
 * `Date` at that wall-clock time in the *spreadsheet's* zone. We store `SheetDate(wallMs)` and convert
 * with the current spreadsheet zone on every read, so changing the zone shifts the instants as Sheets does.
 */
import { fromWallMs, toWallMs, wallFields } from './timezone';
import { isDateLike } from './kernel';

export class SheetDate {
  constructor(readonly wallMs: number) {}
  /** Sheets serial number (days since 1899-12-30). */
  get serial(): number {
    return this.wallMs / 86_400_000 + 25569;
  }
  static fromSerial(serial: number): SheetDate {
    return new SheetDate(Math.round((serial - 25569) * 86_400_000));
  }
}

/** An error value in a cell: `#REF!`, `#ERROR!`, `#NAME?`, `#VALUE!`, `#N/A`, `#DIV/0!`, `#NUM!`. */
export class CellError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

export type Scalar = string | number | boolean | SheetDate;
export type CellValue = Scalar | CellError;

/** From a script value (setValue / custom-function result) to what the cell keeps; strings are kept as strings. */
export function fromScript(v: unknown, tz: string): Scalar {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v;
  if (isDateLike(v)) {
    const t = (v as Date).getTime();
    if (Number.isNaN(t)) return '';
    return new SheetDate(toWallMs(t, tz));
  }
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}

/** To the script's view (getValues): Dates are instants in the spreadsheet zone, errors read as their code. */
export function toScript(v: CellValue, tz: string): string | number | boolean | Date {
  if (v instanceof SheetDate) return new Date(fromWallMs(v.wallMs, tz));
  if (v instanceof CellError) return v.code;
  return v;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Sheets' automatic conversion of typed text: setValue(s) of a string behaves like typing it
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object): "the value is
 * parsed as if typed in", as the sheet's locale reads it). Modelled:
 * - the plain-text number format `@` keeps every string as it is (a leading apostrophe too);
 * - a leading apostrophe forces text and is dropped;
 * - numbers in the locale's notation become numbers, leading zeros lost ("007" → 7; da_DK: "1,5" → 1.5,
 *   "1.500" → 1500); TRUE/FALSE (and SAND/FALSK in da_DK) become booleans;
 * - dates: ISO (2025-12-09), and day-first in da_DK (month-first in en_US) with "-", "/" or ".", with or
 *   without a year: "9-12" → 9 December of the current year, "8-9" → 8 September;
 * - the caller (writeScript) turns "=…" into a formula, and "+…"/"-…" that are not numbers into a formula
 *   too ("+45 12 34 56 78" → a formula that does not parse: #ERROR!). Google documents no exact list of
 *   the patterns Sheets recognises; where unsure the runtime converts (the stricter choice for code that
 *   writes team text), and a lone "-" stays text.
 */
export function autoConvert(s: string, numberFormat: string | undefined, locale = 'da_DK', year = new Date().getUTCFullYear()): Scalar {
  if (numberFormat === '@') return s;
  if (s.startsWith("'")) return s.slice(1);
  const t = s.trim();
  const da = locale.startsWith('da');
  if (!da && NUMBER.test(t)) return Number(t);
  if (da && DA_NUMBER.test(t)) return Number(t.replace(/\./g, '').replace(',', '.'));
  if (/^true$/i.test(t) || (da && /^sand$/i.test(t))) return true;
  if (/^false$/i.test(t) || (da && /^falsk$/i.test(t))) return false;
  const m = ISO_DATE.exec(t);
  if (m) {
    const date = sheetDate(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
    if (date) return date;
  }
  const d = LOCAL_DATE.exec(t);
  if (d) {
    const [a, b] = [Number(d[1]), Number(d[3])];
    const [day, month] = da ? [a, b] : [b, a];
    let y = d[4] === undefined ? year : Number(d[4]);
    if (d[4] !== undefined && d[4].length <= 2) y += y < 30 ? 2000 : 1900;
    const date = sheetDate(y, month, day, 0, 0, 0);
    if (date) return date;
  }
  return s;
}

/** Whether a string written to a non-plain-text cell becomes a formula: "=…", or "+…"/"-…" that is no number. */
export function typedFormula(s: string, numberFormat: string | undefined): string | null {
  if (numberFormat === '@' || s.length < 2) return null;
  if (s.startsWith('=')) return s;
  if ((s.startsWith('+') || s.startsWith('-')) && !NUMBER.test(s.trim()) && !DA_NUMBER.test(s.trim())) return `=${s}`;
  return null;
}

function sheetDate(y: number, mo: number, d: number, h: number, mi: number, se: number): SheetDate | null {
  const wall = Date.UTC(y, mo - 1, d, h, mi, se);
  const f = wallFields(wall);
  return f.year === y && f.month === mo && f.day === d ? new SheetDate(wall) : null;
}

const DA_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const LOCAL_DATE = /^(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/;

export const DEFAULT_DATE_FORMAT = 'dd-mm-yyyy';
export const DEFAULT_DATETIME_FORMAT = 'dd-mm-yyyy hh:mm:ss';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isDatePattern(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ydhs]/i.test(bare) || (/m/i.test(bare) && !/[0#]/.test(bare));
}

/** Format a wall-clock time with a Sheets number-format date pattern (dd-mm-yyyy, d. mmmm yyyy, hh:mm ...). */
export function formatSheetsDate(wallMs: number, fmt: string): string {
  const f = wallFields(wallMs);
  const tokens: { t: string; lit?: boolean }[] = [];
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (ch === '"') {
      const j = fmt.indexOf('"', i + 1);
      const end = j < 0 ? fmt.length : j;
      tokens.push({ t: fmt.slice(i + 1, end), lit: true });
      i = end + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ t: fmt[i + 1] ?? '', lit: true });
      i += 2;
      continue;
    }
    if (/am\/pm/i.test(fmt.slice(i, i + 5))) {
      tokens.push({ t: 'AM/PM' });
      i += 5;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('ydmhs'.includes(lower)) {
      let j = i;
      while (j < fmt.length && fmt[j].toLowerCase() === lower) j++;
      tokens.push({ t: fmt.slice(i, j).toLowerCase() });
      i = j;
      continue;
    }
    tokens.push({ t: ch, lit: true });
    i++;
  }
  const hasAmPm = tokens.some((t) => t.t === 'AM/PM');
  const isLetter = (k: number) => k >= 0 && k < tokens.length && !tokens[k].lit;
  return tokens
    .map((tok, idx) => {
      if (tok.lit) return tok.t;
      const t = tok.t;
      const pad = (n: number, w: number) => String(n).padStart(w, '0');
      switch (t[0]) {
        case 'y':
          return t.length <= 2 ? pad(f.year % 100, 2) : String(f.year);
        case 'd':
          if (t.length >= 4) return DAYS[f.weekday];
          if (t.length === 3) return DAYS[f.weekday].slice(0, 3);
          return t.length === 2 ? pad(f.day, 2) : String(f.day);
        case 'h': {
          const h = hasAmPm ? ((f.hour + 11) % 12) + 1 : f.hour;
          return t.length >= 2 ? pad(h, 2) : String(h);
        }
        case 's':
          return t.length >= 2 ? pad(f.second, 2) : String(f.second);
        case 'm': {
          // minutes when next to an hour or a seconds token, months otherwise
          let prev = idx - 1;
          while (prev >= 0 && tokens[prev].lit) prev--;
          let next = idx + 1;
          while (next < tokens.length && tokens[next].lit) next++;
          const minute = (isLetter(prev) && tokens[prev].t[0] === 'h') || (isLetter(next) && tokens[next].t[0] === 's');
          if (minute && t.length <= 2) return t.length === 2 ? pad(f.minute, 2) : String(f.minute);
          if (t.length >= 4) return MONTHS[f.month - 1];
          if (t.length === 3) return MONTHS[f.month - 1].slice(0, 3);
          return t.length === 2 ? pad(f.month, 2) : String(f.month);
        }
        case 'A':
          return f.hour < 12 ? 'AM' : 'PM';
      }
      return t;
    })
    .join('');
}

function formatNumber(n: number, fmt: string): string {
  if (fmt === '@') return String(n);
  const pct = fmt.endsWith('%');
  const body = pct ? fmt.slice(0, -1) : fmt;
  const m = /^([#0,]*)(?:\.([0#]+))?$/.exec(body);
  if (!m || body === '') return String(n);
  const x = pct ? n * 100 : n;
  const decimals = m[2]?.length ?? 0;
  let s = x.toFixed(decimals);
  if (m[1].includes(',')) {
    const [int, dec] = s.split('.');
    const sign = int.startsWith('-') ? '-' : '';
    const digits = sign ? int.slice(1) : int;
    s = sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dec !== undefined ? '.' + dec : '');
  }
  return pct ? s + '%' : s;
}

/** What the cell shows (getDisplayValues). Number formats: date patterns, `0`, `0.00`, `#,##0`, `0%`, `@`. */
export function displayOf(v: CellValue, fmt: string | undefined): string {
  if (v instanceof CellError) return v.code;
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof SheetDate) {
    if (fmt && fmt !== '@' && isDatePattern(fmt)) return formatSheetsDate(v.wallMs, fmt);
    if (fmt && /[0#]/.test(fmt)) return formatNumber(v.serial, fmt);
    const timeOfDay = ((v.wallMs % 86_400_000) + 86_400_000) % 86_400_000;
    return formatSheetsDate(v.wallMs, timeOfDay === 0 ? DEFAULT_DATE_FORMAT : DEFAULT_DATETIME_FORMAT);
  }
  if (typeof v === 'number') {
    if (fmt && fmt !== '@' && isDatePattern(fmt)) return formatSheetsDate(SheetDate.fromSerial(v).wallMs, fmt);
    if (fmt) return formatNumber(v, fmt);
    return String(v);
  }
  return v;
}
