import { UTCDate, utc } from '@date-fns/utc';
import { addMonths as fnsAddMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isLeapYear as fnsIsLeapYear } from 'date-fns/isLeapYear';
import { isValid } from 'date-fns/isValid';
import { da } from 'date-fns/locale/da';
import { parse } from 'date-fns/parse';
import { addMonths, Day, dayFromUtcDate, dayFromYmd, daysInMonth, isLeapYear, toDanish, toIso, ymdOf } from '../../../src/core/day';
import { parseDay } from '../../../src/core/coerce/values';
import { danishTime, longDanishDate, shortDanishDate } from '../../../src/core/letters/danish';

/**
 * The hand-written calendar and Danish formats (src/core/day.ts, letters/danish.ts, coerce/values.ts) give
 * what date-fns and its Danish locale gave before them, on every day from 1800 to 2200: date-fns stays a
 * devDependency only as this oracle (and to build the older bundle the bench compares with).
 */

const at = (d: Day) => new UTCDate(d * 86_400_000);
const FIRST = dayFromYmd(1800, 1, 1);
const LAST = dayFromYmd(2200, 12, 31);

/** Every day in the range, and the first mismatches (an empty list when all agree). */
function mismatches(check: (d: Day) => [unknown, unknown]): unknown[] {
  const found: unknown[] = [];
  for (let d = FIRST; d <= LAST && found.length < 5; d++) {
    const [ours, theirs] = check(d as Day);
    if (ours !== theirs) found.push({ day: toIso(d as Day), ours, theirs });
  }
  return found;
}

describe('the calendar without date-fns, every day 1800-2200', () => {
  it('counts days as date-fns counts them', () => {
    expect(mismatches((d) => [d, dayFromUtcDate(at(d))])).toEqual([]);
    expect(mismatches((d) => { const { year, month, day } = ymdOf(d); return [dayFromYmd(year, month, day), d]; })).toEqual([]);
  });

  it('formats yyyy-MM-dd and dd-MM-yyyy as date-fns did', () => {
    expect(mismatches((d) => [toIso(d), format(at(d), 'yyyy-MM-dd')])).toEqual([]);
    expect(mismatches((d) => [toDanish(d), format(at(d), 'dd-MM-yyyy')])).toEqual([]);
  });

  it('writes the letters\' Danish dates as date-fns\' Danish locale did', () => {
    expect(mismatches((d) => [shortDanishDate(d), format(at(d), 'd. MMMM yyyy', { locale: da })])).toEqual([]);
    expect(mismatches((d) => [longDanishDate(d), format(at(d), "EEEE 'den' d. MMMM yyyy", { locale: da })])).toEqual([]);
  });

  it('knows leap years and month lengths as date-fns did', () => {
    for (let year = 1600; year <= 2400; year++) {
      expect([year, isLeapYear(year)]).toEqual([year, fnsIsLeapYear(new UTCDate(Date.UTC(year, 5, 1)))]);
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== getDaysInMonth(new UTCDate(Date.UTC(year, month - 1, 1)))) throw new Error(`${year}-${month}`);
      }
    }
  });

  it.each([-25, -13, -12, -1, 1, 2, 6, 11, 12, 13, 24, 1200])('adds %i months, clamped to the month\'s end, as date-fns did', (n) => {
    expect(mismatches((d) => [addMonths(d, n), dayFromUtcDate(fnsAddMonths(at(d), n))])).toEqual([]);
  });

  it('reads years before 100 as written (Date.UTC would read 0050 as 1950)', () => {
    expect(toIso(dayFromYmd(50, 3, 1))).toBe('0050-03-01');
    expect(ymdOf(dayFromYmd(1, 1, 1))).toEqual({ year: 1, month: 1, day: 1 });
  });
});

describe('Danish times without date-fns', () => {
  it('writes every minute of the day as date-fns wrote "\'kl.\' H.mm"', () => {
    for (let minute = 0; minute < 24 * 60; minute++) {
      expect(danishTime(minute)).toBe(format(new UTCDate(minute * 60_000), "'kl.' H.mm"));
    }
  });
});

describe('text dates without date-fns parse', () => {
  const PATTERNS = ['yyyy-M-d', 'd-M-yyyy', 'd.M.yyyy', 'd/M/yyyy'];
  /** What date-fns' parse made of a text the shape check let through. */
  const theirs = (text: string) => {
    for (const p of PATTERNS) {
      const date = parse(text, p, new Date(0), { in: utc });
      if (isValid(date)) return dayFromUtcDate(date);
    }
    return undefined;
  };
  const ours = (text: string) => {
    try {
      return parseDay(text, 'Fødselsdato', () => { throw new Error('no Date here'); });
    } catch {
      return undefined;
    }
  };

  it('reads every day 1900-2030 in each typed shape as date-fns did', () => {
    const found: unknown[] = [];
    for (let d = dayFromYmd(1900, 1, 1); d <= dayFromYmd(2030, 12, 31) && found.length < 5; d++) {
      const { year, month, day } = ymdOf(d as Day);
      const pad = (n: number) => String(n).padStart(2, '0');
      for (const text of [`${year}-${pad(month)}-${pad(day)}`, `${year}-${month}-${day}`, `${pad(day)}-${pad(month)}-${year}`, `${day}.${month}.${year}`, `${day}/${pad(month)}/${year}`]) {
        if (ours(text) !== theirs(text) || ours(text) !== d) found.push({ text, ours: ours(text), theirs: theirs(text) });
      }
    }
    expect(found).toEqual([]);
  });

  it.each([
    '31-02-2025', '29-02-2025', '00-01-2025', '32-01-2025', '15-13-2025', '15-00-2025', '2025-02-30', '2025-13-01', '0000-00-00',
    '29-02-1900', '29-02-2000', '29-02-2024', '9999-12-31',
  ])('refuses or reads %s as date-fns did', (text) => {
    expect(ours(text)).toBe(theirs(text));
  });
});
