import {
  customaryClosuresBetween,
  customaryClosuresOf,
  holidayOn,
  holidaysOf,
  isHoliday,
} from '../../../src/core/calendar/holidays';
import { type Day, dayFromYmd, fromIso, toIso } from '../../../src/core/day';

// The Danish helligdage 2023–2030 as listed in the Danish almanac (kirkeårets kalender); the moving feasts
// were checked against python-dateutil's Easter plus the fixed offsets. Store bededag last in 2023.
const KNOWN: Record<number, readonly (readonly [string, string])[]> = {
  2023: [
    ['01-01', 'Nytårsdag'], ['04-06', 'Skærtorsdag'], ['04-07', 'Langfredag'], ['04-09', 'Påskedag'],
    ['04-10', '2. påskedag'], ['05-05', 'Store bededag'], ['05-18', 'Kristi himmelfartsdag'], ['05-28', 'Pinsedag'],
    ['05-29', '2. pinsedag'], ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2024: [
    ['01-01', 'Nytårsdag'], ['03-28', 'Skærtorsdag'], ['03-29', 'Langfredag'], ['03-31', 'Påskedag'],
    ['04-01', '2. påskedag'], ['05-09', 'Kristi himmelfartsdag'], ['05-19', 'Pinsedag'], ['05-20', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2025: [
    ['01-01', 'Nytårsdag'], ['04-17', 'Skærtorsdag'], ['04-18', 'Langfredag'], ['04-20', 'Påskedag'],
    ['04-21', '2. påskedag'], ['05-29', 'Kristi himmelfartsdag'], ['06-08', 'Pinsedag'], ['06-09', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2026: [
    ['01-01', 'Nytårsdag'], ['04-02', 'Skærtorsdag'], ['04-03', 'Langfredag'], ['04-05', 'Påskedag'],
    ['04-06', '2. påskedag'], ['05-14', 'Kristi himmelfartsdag'], ['05-24', 'Pinsedag'], ['05-25', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2027: [
    ['01-01', 'Nytårsdag'], ['03-25', 'Skærtorsdag'], ['03-26', 'Langfredag'], ['03-28', 'Påskedag'],
    ['03-29', '2. påskedag'], ['05-06', 'Kristi himmelfartsdag'], ['05-16', 'Pinsedag'], ['05-17', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2028: [
    ['01-01', 'Nytårsdag'], ['04-13', 'Skærtorsdag'], ['04-14', 'Langfredag'], ['04-16', 'Påskedag'],
    ['04-17', '2. påskedag'], ['05-25', 'Kristi himmelfartsdag'], ['06-04', 'Pinsedag'], ['06-05', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2029: [
    ['01-01', 'Nytårsdag'], ['03-29', 'Skærtorsdag'], ['03-30', 'Langfredag'], ['04-01', 'Påskedag'],
    ['04-02', '2. påskedag'], ['05-10', 'Kristi himmelfartsdag'], ['05-20', 'Pinsedag'], ['05-21', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
  2030: [
    ['01-01', 'Nytårsdag'], ['04-18', 'Skærtorsdag'], ['04-19', 'Langfredag'], ['04-21', 'Påskedag'],
    ['04-22', '2. påskedag'], ['05-30', 'Kristi himmelfartsdag'], ['06-09', 'Pinsedag'], ['06-10', '2. pinsedag'],
    ['12-25', 'Juledag'], ['12-26', '2. juledag'],
  ],
};

const iso = (text: string): Day => fromIso(text)!;

describe('holidaysOf', () => {
  it.each(Object.keys(KNOWN).map(Number))('%i has exactly the Danish helligdage, in date order', (year) => {
    const expected = KNOWN[year].map(([monthDay, name]) => ({ iso: `${year}-${monthDay}`, name }));
    expect(holidaysOf(year).map((h) => ({ iso: toIso(h.day), name: h.name }))).toEqual(expected);
  });

  it('keeps Store bededag in 2023 and drops it from 2024', () => {
    expect(holidayOn(iso('2023-05-05'))?.name).toBe('Store bededag');
    for (let year = 2024; year <= 2030; year++) {
      expect(holidaysOf(year).map((h) => h.name)).not.toContain('Store bededag');
    }
    expect(isHoliday(iso('2024-04-26'))).toBe(false); // the Friday that would have been Store bededag
  });

  // Moving feasts 2024–2030 named one by one, so a wrong offset shows which feast moved.
  it.each([
    ['Skærtorsdag', ['2024-03-28', '2025-04-17', '2026-04-02', '2027-03-25', '2028-04-13', '2029-03-29', '2030-04-18']],
    ['Langfredag', ['2024-03-29', '2025-04-18', '2026-04-03', '2027-03-26', '2028-04-14', '2029-03-30', '2030-04-19']],
    ['Påskedag', ['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2028-04-16', '2029-04-01', '2030-04-21']],
    ['2. påskedag', ['2024-04-01', '2025-04-21', '2026-04-06', '2027-03-29', '2028-04-17', '2029-04-02', '2030-04-22']],
    ['Kristi himmelfartsdag', ['2024-05-09', '2025-05-29', '2026-05-14', '2027-05-06', '2028-05-25', '2029-05-10', '2030-05-30']],
    ['Pinsedag', ['2024-05-19', '2025-06-08', '2026-05-24', '2027-05-16', '2028-06-04', '2029-05-20', '2030-06-09']],
    ['2. pinsedag', ['2024-05-20', '2025-06-09', '2026-05-25', '2027-05-17', '2028-06-05', '2029-05-21', '2030-06-10']],
  ])('%s 2024–2030', (name, dates) => {
    for (const date of dates) expect(holidayOn(iso(date))?.name).toBe(name);
  });

  it('returns the same frozen list each time', () => {
    expect(holidaysOf(2025)).toBe(holidaysOf(2025));
    expect(Object.isFrozen(holidaysOf(2025))).toBe(true);
  });
});

describe('isHoliday', () => {
  it.each([
    ['2025-01-01', true],
    ['2025-12-25', true],
    ['2025-12-26', true],
    ['2025-06-05', false], // Grundlovsdag is no helligdag: a customary closure
    ['2025-12-24', false], // Juleaftensdag: a customary closure
    ['2025-12-31', false], // Nytårsaftensdag: a customary closure
    ['2024-02-29', false], // leap day, a Thursday
    ['2028-02-29', false],
    ['2025-05-01', false], // 1. maj is not a public holiday in Denmark
  ])('%s → %s', (date, expected) => {
    expect(isHoliday(iso(date))).toBe(expected);
  });
});

describe('customaryClosuresOf', () => {
  it('lists Grundlovsdag from 12:00, Juleaftensdag and Nytårsaftensdag all day', () => {
    expect(customaryClosuresOf(2026)).toEqual([
      { day: dayFromYmd(2026, 6, 5), fromMinute: 720, reason: 'Grundlovsdag' },
      { day: dayFromYmd(2026, 12, 24), reason: 'Juleaftensdag' },
      { day: dayFromYmd(2026, 12, 31), reason: 'Nytårsaftensdag' },
    ]);
  });

  it.each([
    ['2025-06-01', '2025-12-30', ['2025-06-05', '2025-12-24']],
    ['2025-12-01', '2026-06-30', ['2025-12-24', '2025-12-31', '2026-06-05']],
    ['2025-06-06', '2025-12-23', []],
  ])('between %s and %s', (from, to, expected) => {
    expect(customaryClosuresBetween(iso(from), iso(to)).map((c) => toIso(c.day))).toEqual(expected);
  });
});
