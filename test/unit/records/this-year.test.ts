import { dayFromUtcDate, dayFromYmd } from '../../../src/core/day';
import { attemptsThisYear, cellThisYear, meetingThisYear, meetingsOfYear, visitThisYear } from '../../../src/core/records/this-year';
import { yearScope } from '../../../src/core/records/year';
import type { Meeting } from '../../../src/core/settings/schema';

/**
 * This planning year's part of a row (SPEC §4, "Records belong to a planning year"), for every kind of
 * cell the letters, the preview, the scheduler, the call list and the sidebar read.
 */
const day = dayFromYmd;
const toDay = dayFromUtcDate;
/** Planning year 2025: reference date 4 March 2025, today the same. */
const in2025 = yearScope(day(2025, 3, 4), day(2025, 3, 4));

describe('this year\'s visit (Besøg, Besøg meddelt)', () => {
  test.each<[unknown, { day: number; minute?: number } | undefined]>([
    ['12-02-2025 10:00', { day: day(2025, 2, 12), minute: 600 }],
    ['12-02-2025', { day: day(2025, 2, 12) }],
    [new Date(Date.UTC(2025, 1, 12, 10, 0)), { day: day(2025, 2, 12), minute: 600 }],
    // last year's (a sheet not yet closed, an offline file) and next year's are not this year's
    ['12-02-2024 10:00', undefined],
    [new Date(Date.UTC(2024, 1, 12, 10, 0)), undefined],
    ['12-02-2026 10:00', undefined],
    // written in December for the next year: it names its year
    ['10-12-2024 (for 2025)', { day: day(2024, 12, 10) }],
    // a cell of several years: this year's entry
    ['12-02-2024 10:00; 03-03-2025 09:30', { day: day(2025, 3, 3), minute: 570 }],
    ['aftalt i telefonen', undefined],
    ['', undefined],
  ])('%p → %p', (cell, expected) => {
    expect(visitThisYear(cell, in2025, toDay)).toEqual(expected);
  });
});

describe('a team column cut to this year', () => {
  const row = { scope: in2025, toDay, meetings: [] as Meeting[], meetingCell: undefined };
  test.each<[Parameters<typeof cellThisYear>[0], unknown, unknown]>([
    ['invited', '03-03-2025', '03-03-2025'],
    ['invited', '03-03-2024', undefined],
    ['invited', '03-03-2024; 02-01-2025', '02-01-2025'],
    ['done', new Date(Date.UTC(2024, 5, 1)), undefined],
    ['visit', '12-02-2024 10:00', undefined],
    ['announced', '12-02-2025 10:00', '12-02-2025 10:00'],
    ['calls', '20-11-2024 ikke truffet; 03-02-2025 ikke truffet', '03-02-2025 ikke truffet'],
    ['calls', '20-11-2024 ikke truffet', undefined],
    // a column without a year comes back whole
    ['consultant', 'Bo Berg', 'Bo Berg'],
    ['name', 'Inge Eksempel', 'Inge Eksempel'],
    [undefined, 'en anden kolonne', 'en anden kolonne'],
  ])('%s %p → %p', (column, cell, expected) => {
    expect(cellThisYear(column, cell, row)).toEqual(expected);
  });
});

describe('this year\'s meeting and attendance', () => {
  const meeting = (name: string, iso: string) => ({ name, day: iso, startMinute: 600, endMinute: 720, place: 'Rådhuset', address: '', capacity: 20, offers: ['ALDER_75'], postcodes: [] }) as Meeting;
  const meetings = [meeting('April', '2025-04-08'), meeting('April 2024', '2024-04-09'), meeting('Januar 2026', '2026-01-13')];
  test.each<[string, string | undefined]>([
    ['April', 'April'],
    [' april ', 'April'],
    ['April 2024', undefined],
    ['Januar 2026', undefined],
    // a name Indstillinger does not list has no known day
    ['Ukendt møde', undefined],
  ])('Arrangement %p → %p', (cell, expected) => {
    expect(meetingThisYear(cell, meetings, in2025)?.name).toBe(expected);
  });

  test('only this year\'s meetings seat anyone', () => {
    expect(meetingsOfYear(meetings, in2025).map((m) => m.name)).toEqual(['April']);
  });

  test('attendance belongs to the meeting in Arrangement', () => {
    const row = (meetingCell: string) => ({ scope: in2025, toDay, meetings, meetingCell });
    expect(cellThisYear('attendance', 'Deltog', row('April'))).toBe('Deltog');
    expect(cellThisYear('attendance', 'Deltog', row('April 2024'))).toBeUndefined();
    expect(cellThisYear('meeting', 'April 2024', row('April 2024'))).toBeUndefined();
  });
});

test('call attempts: this year\'s, an undated note only in today\'s year', () => {
  const attempts = [
    { day: day(2024, 11, 20), text: 'ikke truffet', outcome: 'notReached' as const },
    { day: day(2025, 2, 3), text: 'ikke truffet', outcome: 'notReached' as const },
    { text: 'ring igen', outcome: 'unknown' as const },
  ];
  expect(attemptsThisYear(attempts, in2025).map((a) => a.day)).toEqual([day(2025, 2, 3), undefined]);
  const planningAhead = yearScope(day(2026, 1, 15), day(2025, 12, 10));
  expect(attemptsThisYear(attempts, planningAhead)).toEqual([]);
});
