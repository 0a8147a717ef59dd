/**
 * A calendar day with no time and no zone: the number of days since 1970-01-01.
 *
 * Why not Date: a Date is an instant, and a birth date typed in Copenhagen is a different instant from the
 * same date in UTC. The rules only ever care about calendar days, so the core counts days as integers and
 * the adapters convert at the edge (see `src/sheetfns/zone.ts`).
 *
 * Everything is integer arithmetic on the proleptic Gregorian calendar (Howard Hinnant's `days_from_civil` and
 * `civil_from_days`): exact for every year, free of allocation on the engine's hot path, and untouched by any
 * zone or daylight-saving change. No date library: the few fixed formats fhb reads and writes are written out
 * here and in `letters/danish.ts` (a general format parser and a locale cost the Apps Script bundle about
 * 110 KB, loaded on every custom-function call; docs/code.md). `dayFromUtcDate` and `dayToUtcDate` are the
 * one edge to Date.
 */
export type Day = number & { readonly __day: unique symbol };

export interface Ymd {
  readonly year: number;
  /** 1 to 12 */
  readonly month: number;
  /** 1 to 31 */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
// Module-level aliases: in a sandbox (node:vm) every global lookup is slow, and this is the hot path.
const floor = Math.floor;

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/** True when year-month-day names a real calendar day (no 31 February). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * The day of a valid year-month-day (Hinnant's days_from_civil; unlike Date.UTC it reads years 0 to 99 as
 * written). Callers validate first with `isValidYmd`.
 */
export function dayFromYmd(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yoe = y - era * 400;
  const doy = floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as Day;
}

// Integer arithmetic after Howard Hinnant's civil_from_days: no Date allocated on the engine's hot path.
export function ymdOf(d: Day): Ymd {
  const z = d + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const day = doy - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function yearOf(d: Day): number {
  return ymdOf(d).year;
}

export function addDays(d: Day, n: number): Day {
  return (d + n) as Day;
}

export function addWeeks(d: Day, n: number): Day {
  return (d + 7 * n) as Day;
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(d: Day, n: number): Day {
  const { year, month, day } = ymdOf(d);
  const index = year * 12 + (month - 1) + Math.trunc(n);
  const y = floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

export function firstDayOfYear(year: number): Day {
  return dayFromYmd(year, 1, 1);
}

export function lastDayOfYear(year: number): Day {
  return dayFromYmd(year, 12, 31);
}

/** ISO `yyyy-mm-dd`, for JSON and `google.script.run` (which cannot carry Dates). */
export function toIso(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${yearDigits(year)}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** Danish short form `dd-mm-åååå`, as a Danish-locale sheet shows a date. */
export function toDanish(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${twoDigits(day)}-${twoDigits(month)}-${yearDigits(year)}`;
}

const twoDigits = (n: number) => (n < 10 ? `0${n}` : String(n));
/** At least four digits, as a year is written (0950, 1950); a year before 1 keeps its minus sign. */
const yearDigits = (year: number) => (year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0'));

/** Parses a strict ISO `yyyy-mm-dd`; undefined when it is not a real day. */
export function fromIso(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, da] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, da) ? dayFromYmd(y, mo, da) : undefined;
}

/** The day of a Date read in UTC (for Dates made by `dayToUtcDate`, or UTC-based file readers). */
export function dayFromUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / MS_PER_DAY) as Day;
}

/** Midnight UTC of the day: the zone-free Date the offline planner writes to xlsx. */
export function dayToUtcDate(d: Day): Date {
  return new Date(d * MS_PER_DAY);
}

/**
 * Whole years from birth to `on`: the age a person has on that day. A 29 February birthday counts as
 * 1 March in common years, as Danish practice does for legal age.
 */
export function ageOn(birth: Day, on: Day): number {
  const b = ymdOf(birth);
  const o = ymdOf(on);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}

/** The age reached in the calendar year of `on`: "i det år du fylder 75 år". */
export function ageTurnedInYear(birth: Day, on: Day): number {
  return yearOf(on) - yearOf(birth);
}
