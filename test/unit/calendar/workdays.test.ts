import { customaryClosuresOf } from '../../../src/core/calendar/holidays';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../../src/core/calendar/workdays';
import { type Day, addDays, dayFromYmd, fromIso, toIso } from '../../../src/core/day';

const iso = (text: string): Day => fromIso(text)!;
const closures2025 = [...customaryClosuresOf(2025), ...customaryClosuresOf(2026)];

describe('isWorkingDay', () => {
  it.each([
    ['2025-01-06', false, true], // Monday
    ['2025-01-04', false, false], // Saturday
    ['2025-01-05', false, false], // Sunday
    ['2025-05-29', false, false], // Kristi himmelfartsdag, a Thursday
    ['2023-05-05', false, false], // Store bededag 2023
    ['2024-04-26', false, true], // the Friday that was Store bededag until 2023
    ['2025-12-24', false, true], // Juleaftensdag is not a holiday…
    ['2025-12-24', true, false], // …but a customary closure
    ['2025-06-05', true, true], // Grundlovsdag closes only from 12:00: the morning is worked
    ['2024-02-29', false, true], // leap day, a Thursday
  ])('%s (closures: %s) → %s', (date, withClosures, expected) => {
    expect(isWorkingDay(iso(date), withClosures ? closures2025 : [])).toBe(expected);
  });

  it('treats a closure from minute 0 as a whole-day closure', () => {
    const monday = iso('2025-01-06');
    expect(isWorkingDay(monday, [{ day: monday, fromMinute: 0, reason: 'Personaledag' }])).toBe(false);
  });
});

describe('nextWorkingDay', () => {
  it.each([
    ['2025-01-06', false, '2025-01-07'],
    ['2025-01-03', false, '2025-01-06'], // Friday → Monday
    ['2025-04-16', false, '2025-04-22'], // over Easter
    ['2025-05-28', false, '2025-05-30'], // over Kristi himmelfartsdag
    ['2025-12-23', false, '2025-12-24'],
    ['2025-12-23', true, '2025-12-29'], // 24 closed, 25–26 holidays, weekend
    ['2025-12-30', true, '2026-01-02'], // 31 closed, 1 January holiday
    ['2024-02-28', false, '2024-02-29'], // leap day
    ['2023-02-28', false, '2023-03-01'],
  ])('after %s (closures: %s) → %s', (date, withClosures, expected) => {
    expect(toIso(nextWorkingDay(iso(date), withClosures ? closures2025 : []))).toBe(expected);
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2025-01-06', 0, '2025-01-06'],
    ['2025-01-04', 0, '2025-01-04'], // zero steps keep even a Saturday
    ['2025-01-04', 1, '2025-01-06'],
    ['2025-01-06', 5, '2025-01-13'],
    ['2025-04-22', -1, '2025-04-16'],
    ['2025-01-06', -1, '2025-01-03'],
    ['2025-04-14', 10, '2025-05-01'], // 17, 18, 21 April are holidays
  ])('%s + %i → %s', (date, n, expected) => {
    expect(toIso(addWorkingDays(iso(date), n))).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  // Weekdays of the year minus the helligdage on weekdays; with closures also 24 and 31 December.
  it.each([
    [2023, 252, 252],
    [2024, 254, 252],
    [2025, 253, 251],
    [2026, 254, 252],
    [2027, 255, 253],
    [2028, 253, 253],
    [2029, 253, 251],
    [2030, 253, 251],
  ])('the year %i has %i working days (%i with the customary closures)', (year, plain, closed) => {
    const before = dayFromYmd(year - 1, 12, 31);
    const last = dayFromYmd(year, 12, 31);
    expect(workingDaysBetween(before, last)).toBe(plain);
    expect(workingDaysBetween(before, last, customaryClosuresOf(year))).toBe(closed);
  });

  it.each([
    ['2024-02-28', '2024-03-01', 2], // over a leap day
    ['2023-02-28', '2023-03-01', 1],
    ['2025-01-06', '2025-01-06', 0],
    ['2025-01-13', '2025-01-06', -5],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(workingDaysBetween(iso(a), iso(b))).toBe(expected);
  });

  it('undoes addWorkingDays', () => {
    const start = iso('2025-01-01');
    for (let offset = 0; offset < 400; offset += 7) {
      for (const n of [-12, -1, 0, 1, 3, 40]) {
        const from = addDays(start, offset);
        expect(workingDaysBetween(from, addWorkingDays(from, n, closures2025), closures2025)).toBe(n);
      }
    }
  });
});
