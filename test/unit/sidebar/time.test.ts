import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';
import { wallTimeToDate } from '../../../src/gas/sidebar/time';

const cph = makeZone('Europe/Copenhagen');

describe('a visit time in the sheet’s zone', () => {
  test.each([
    ['an ordinary summer day', 2025, 6, 2, 630, '2025-06-02T08:30:00.000Z'],
    ['a winter day', 2025, 1, 15, 600, '2025-01-15T09:00:00.000Z'],
    ['the day clocks go forward (23 hours)', 2025, 3, 30, 600, '2025-03-30T08:00:00.000Z'],
    ['the day clocks go back (25 hours)', 2025, 10, 26, 600, '2025-10-26T09:00:00.000Z'],
    ['before the change that night', 2025, 3, 30, 60, '2025-03-30T00:00:00.000Z'],
  ])('%s', (_name, y, m, d, minutes, iso) => {
    expect(wallTimeToDate(cph, dayFromYmd(y, m, d), minutes).toISOString()).toBe(iso);
  });
});
