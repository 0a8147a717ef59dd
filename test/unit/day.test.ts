import {
  addMonths, ageOn, ageTurnedInYear, dayFromYmd, daysInMonth, fromIso, isoWeekday, isValidYmd, toDanish, toIso, ymdOf, yearOf,
} from '../../src/core/day';

describe('calendar days', () => {
  test('ymdOf agrees with the UTC calendar on every day from 1800 to 2200', () => {
    const start = Date.UTC(1800, 0, 1) / 86_400_000;
    const end = Date.UTC(2200, 11, 31) / 86_400_000;
    let mismatches = 0;
    for (let d = start; d <= end; d++) {
      const date = new Date(d * 86_400_000);
      const ymd = ymdOf(d as never);
      if (ymd.year !== date.getUTCFullYear() || ymd.month !== date.getUTCMonth() + 1 || ymd.day !== date.getUTCDate()) mismatches++;
      if (yearOf(d as never) !== date.getUTCFullYear()) mismatches++;
      if (isoWeekday(d as never) !== (date.getUTCDay() || 7)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  test.each([
    [2024, 2, 29], [2000, 2, 29], [1999, 12, 31], [1970, 1, 1], [1899, 12, 30],
  ])('dayFromYmd and ymdOf round-trip %i-%i-%i', (y, m, d) => {
    expect(ymdOf(dayFromYmd(y, m, d))).toEqual({ year: y, month: m, day: d });
  });

  test.each([
    [2023, 2, 29, false], [2024, 2, 29, true], [1900, 2, 29, false], [2000, 2, 29, true],
    [2025, 4, 31, false], [2025, 13, 1, false], [2025, 0, 1, false], [2025, 1, 0, false], [2025, 12, 31, true],
  ])('isValidYmd(%i, %i, %i) = %p', (y, m, d, valid) => {
    expect(isValidYmd(y, m, d)).toBe(valid);
  });

  test('daysInMonth knows February', () => {
    expect([daysInMonth(2023, 2), daysInMonth(2024, 2), daysInMonth(1900, 2)]).toEqual([28, 29, 28]);
  });

  test('ISO and Danish text', () => {
    const day = dayFromYmd(2025, 3, 4);
    expect(toIso(day)).toBe('2025-03-04');
    expect(toDanish(day)).toBe('04-03-2025');
    expect(fromIso('2025-03-04')).toBe(day);
    expect(fromIso('2025-02-30')).toBeUndefined();
    expect(fromIso('4-3-2025')).toBeUndefined();
  });

  test('addMonths clamps to the last day of the month', () => {
    expect(toIso(addMonths(dayFromYmd(2025, 1, 31), 1))).toBe('2025-02-28');
    expect(toIso(addMonths(dayFromYmd(2024, 1, 31), 1))).toBe('2024-02-29');
    expect(toIso(addMonths(dayFromYmd(2025, 1, 15), -2))).toBe('2024-11-15');
  });
});

describe('ages', () => {
  test.each([
    ['born on the day', [1945, 3, 1], [2025, 3, 1], 80, 80],
    ['the day before the birthday', [1945, 3, 2], [2025, 3, 1], 79, 80],
    ['leap-day birthday, 28 Feb of a common year', [1944, 2, 29], [2025, 2, 28], 80, 81],
    ['leap-day birthday, 1 March of a common year', [1944, 2, 29], [2025, 3, 1], 81, 81],
    ['leap-day birthday in a leap year', [1944, 2, 29], [2024, 2, 29], 80, 80],
    ['born 31 Dec, on 1 Jan: turns this year', [1955, 12, 31], [2025, 1, 1], 69, 70],
  ])('%s', (_name, birth, on, age, turns) => {
    const b = dayFromYmd(birth[0], birth[1], birth[2]);
    const o = dayFromYmd(on[0], on[1], on[2]);
    expect(ageOn(b, o)).toBe(age);
    expect(ageTurnedInYear(b, o)).toBe(turns);
  });
});
