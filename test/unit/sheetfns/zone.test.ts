/**
 * makeZone reads the sheet's zone in one of two ways (issue 26): through the script's own Date when the
 * sheet and the script share a zone (most sheets; no text formatted per date), else through Intl. Both
 * must give the same instant for every day's start and that day back, across daylight saving, half-hour
 * zones, midnights that never happen, and a local mean time with seconds (Copenhagen before 1894: +0:53:28).
 */
import { dayFromYmd, type Day } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';

// Daylight saving both ways round the world, half-hour zones, and clocks that jump at midnight (St. John's
// in the 1930s, Santiago and Havana today), where a day's first instant is 01:00.
const ZONES = ['Europe/Copenhagen', 'America/Los_Angeles', 'Pacific/Auckland', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns', 'America/Santiago', 'America/Havana'];
const FIRST = dayFromYmd(1850, 1, 1);
const LAST = dayFromYmd(2100, 12, 31);

describe.each(ZONES)('%s: the script\'s own Date agrees with Intl on 1850-2100', (zone) => {
  const saved = process.env.TZ;
  afterAll(() => {
    process.env.TZ = saved;
  });

  test('the day\'s first instant, and the day it is, on every day the offset changes and each week', () => {
    process.env.TZ = 'UTC';
    const viaIntl = makeZone(zone); // the script runs in UTC: Intl reads the sheet's zone
    process.env.TZ = zone;
    const viaDate = makeZone(zone); // the script runs in the sheet's zone
    // Every day where the zone's offset changes (and the days either side), and every 7th day between.
    const days: number[] = [];
    let before = viaDate.toDate(FIRST as Day).getTime() - FIRST * 86_400_000;
    for (let day = FIRST + 1; day <= LAST; day++) {
      const offset = viaDate.toDate(day as Day).getTime() - day * 86_400_000;
      if (offset !== before) days.push(day - 1, day, day + 1);
      else if (day % 7 === 0) days.push(day);
      before = offset;
    }
    expect(days.length).toBeGreaterThan(13_000);
    const differ: string[] = [];
    for (const day of days) {
      const a = viaIntl.toDate(day as Day).getTime();
      const b = viaDate.toDate(day as Day).getTime();
      if (a !== b || viaDate.toDay(new Date(a)) !== day || viaIntl.toDay(new Date(b)) !== day) differ.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
      if (differ.length > 5) break;
    }
    expect(differ).toEqual([]);
  });
});

test('Copenhagen\'s local mean time keeps its seconds: 1 January 1850 began at 23:06:32 UTC the day before', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Europe/Copenhagen';
  try {
    expect(makeZone('Europe/Copenhagen').toDate(dayFromYmd(1850, 1, 1)).toISOString()).toBe('1849-12-31T23:06:32.000Z');
  } finally {
    process.env.TZ = saved;
  }
});
