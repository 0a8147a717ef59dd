import { UTCDate } from '@date-fns/utc';
import { addMonths as addCalendarMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isLeapYear as isLeapYearDate } from 'date-fns/isLeapYear';

/**
 * A calendar day with no time and no zone: the number of days since 1970-01-01.
 *
 * Why not Date: a Date is an instant, and a birth date typed in Copenhagen is a different instant from the
 * same date in UTC. The rules only ever care about calendar days, so the core counts days as integers and
 * the adapters convert at the edge (see `src/sheetfns/zone.ts`).
 *
 * Days and weeks are integer steps (`addDays`, `addWeeks`, `isoWeekday`: exact, and free of allocation on the
 * engine's hot path). Everything shaped by the calendar (months, leap years, formats) goes through date-fns
 * on a `UTCDate`, whose local getters read UTC so no zone or daylight-saving change can move a day; `utcDateOf`
 * and `dayFromUtcDate` are the one edge between the two.
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
  return isLeapYearDate(utcDateOf(dayFromYmd(year, 1, 1)));
}

export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDateOf(dayFromYmd(year, month, 1)));
}

/** True when year-month-day names a real calendar day (no 31 February). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The day of a valid year-month-day. Callers validate first with `isValidYmd`. */
export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY) as Day;
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
  return dayFromUtcDate(addCalendarMonths(utcDateOf(d), n));
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
  return format(utcDateOf(d), 'yyyy-MM-dd');
}

/** Danish short form `dd-mm-åååå`, as a Danish-locale sheet shows a date. */
export function toDanish(d: Day): string {
  return format(utcDateOf(d), 'dd-MM-yyyy');
}

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

/** The day as date-fns works on it: midnight UTC as a `UTCDate`, whose local getters read UTC. */
export function utcDateOf(d: Day): UTCDate {
  return new UTCDate(d * MS_PER_DAY);
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
