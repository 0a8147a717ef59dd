import { dayFromYmd } from '../../../src/core/day';
import { danishPhone, danishTime, longDanishDate, shortDanishDate } from '../../../src/core/letters/danish';

describe('danishPhone: one way to write a phone number in a letter (44 77 17 17)', () => {
  it.each([
    ['44771717', '44 77 17 17'],
    ['4477 1717', '44 77 17 17'],
    ['44 77 17 17', '44 77 17 17'],
    ['44-77-17-17', '44 77 17 17'],
    ['+4544771717', '+45 44 77 17 17'],
    [' 2035 3798 ', '20 35 37 98'],
    // Not a plain Danish number: kept as the team typed it.
    ['4477 1717, tast 1', '4477 1717, tast 1'],
    ['447717', '447717'],
    ['+46 8 123 456 78', '+46 8 123 456 78'],
  ])('%s → %s', (typed, written) => {
    expect(danishPhone(typed)).toBe(written);
  });
});

describe('longDanishDate', () => {
  // Weekdays checked against a printed 2025 calendar; one row per weekday.
  it.each([
    [2025, 3, 3, 'mandag den 3. marts 2025'],
    [2025, 3, 4, 'tirsdag den 4. marts 2025'],
    [2025, 1, 1, 'onsdag den 1. januar 2025'],
    [2025, 6, 5, 'torsdag den 5. juni 2025'],
    [2025, 3, 7, 'fredag den 7. marts 2025'],
    [2025, 10, 11, 'lørdag den 11. oktober 2025'],
    [2025, 8, 17, 'søndag den 17. august 2025'],
    [2024, 2, 29, 'torsdag den 29. februar 2024'],
  ])('%i-%i-%i → %s', (y, m, d, expected) => {
    expect(longDanishDate(dayFromYmd(y, m, d))).toBe(expected);
  });
});

describe('shortDanishDate', () => {
  it.each([
    [1, 'januar'], [2, 'februar'], [3, 'marts'], [4, 'april'], [5, 'maj'], [6, 'juni'],
    [7, 'juli'], [8, 'august'], [9, 'september'], [10, 'oktober'], [11, 'november'], [12, 'december'],
  ])('month %i is %s, without a leading zero on the day', (month, name) => {
    expect(shortDanishDate(dayFromYmd(2025, month, 9))).toBe(`9. ${name} 2025`);
  });
});

describe('danishTime', () => {
  it.each([
    [600, 'kl. 10.00'],
    [570, 'kl. 9.30'],
    [545, 'kl. 9.05'],
    [0, 'kl. 0.00'],
    [1439, 'kl. 23.59'],
  ])('%i → %s', (minute, expected) => {
    expect(danishTime(minute)).toBe(expected);
  });
  it.each([-1, 1440, 9.5])('refuses %p', (minute) => {
    expect(() => danishTime(minute)).toThrow(RangeError);
  });
});
