import { easterSunday } from '../../../src/core/calendar/easter';
import { dayFromYmd, isoWeekday, toIso } from '../../../src/core/day';

// Easter Sunday 2000–2035 as printed in the church year calendar (kirkeårets kalender / almanakken),
// checked against python-dateutil's `easter()`, which is independent of this code.
const KNOWN: readonly [number, string][] = [
  [2000, '2000-04-23'], [2001, '2001-04-15'], [2002, '2002-03-31'], [2003, '2003-04-20'],
  [2004, '2004-04-11'], [2005, '2005-03-27'], [2006, '2006-04-16'], [2007, '2007-04-08'],
  [2008, '2008-03-23'], [2009, '2009-04-12'], [2010, '2010-04-04'], [2011, '2011-04-24'],
  [2012, '2012-04-08'], [2013, '2013-03-31'], [2014, '2014-04-20'], [2015, '2015-04-05'],
  [2016, '2016-03-27'], [2017, '2017-04-16'], [2018, '2018-04-01'], [2019, '2019-04-21'],
  [2020, '2020-04-12'], [2021, '2021-04-04'], [2022, '2022-04-17'], [2023, '2023-04-09'],
  [2024, '2024-03-31'], [2025, '2025-04-20'], [2026, '2026-04-05'], [2027, '2027-03-28'],
  [2028, '2028-04-16'], [2029, '2029-04-01'], [2030, '2030-04-21'], [2031, '2031-04-13'],
  [2032, '2032-03-28'], [2033, '2033-04-17'], [2034, '2034-04-09'], [2035, '2035-03-25'],
];

describe('easterSunday', () => {
  it.each(KNOWN)('%i is %s', (year, iso) => {
    expect(toIso(easterSunday(year))).toBe(iso);
  });

  // Extremes of the Gregorian range: 22 March (1818, 2285) and 25 April (1943, 2038) are the known limits.
  it.each([
    [1818, '1818-03-22'], [2285, '2285-03-22'], [1943, '1943-04-25'], [2038, '2038-04-25'],
  ])('limit year %i is %s', (year, iso) => {
    expect(toIso(easterSunday(year))).toBe(iso);
  });

  it('is always a Sunday from 22 March to 25 April (1583–2500)', () => {
    for (let year = 1583; year <= 2500; year++) {
      const easter = easterSunday(year);
      expect(isoWeekday(easter)).toBe(7);
      expect(easter).toBeGreaterThanOrEqual(dayFromYmd(year, 3, 22));
      expect(easter).toBeLessThanOrEqual(dayFromYmd(year, 4, 25));
    }
  });
});
