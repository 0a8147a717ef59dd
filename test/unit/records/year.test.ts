import { dayFromYmd } from '../../../src/core/day';
import { rowsEndedBefore, isEnded } from '../../../src/core/records/ended';
import { isHistory, recordCellValue, recordCounts, recordYear, splitForYear, type TeamRecord, yearScope } from '../../../src/core/records/year';
import { statusOf } from '../../../src/core/status/status';
import { parseRecord } from '../../../src/core/status/records';
import { dayFromUtcDate } from '../../../src/core/day';

const d = dayFromYmd;
const dated = (y: number, m: number, day: number, forYear?: number): TeamRecord => (forYear === undefined ? { day: d(y, m, day) } : { day: d(y, m, day), forYear });
const YES: TeamRecord = { yes: true };

// SPEC 4 ("Records belong to a planning year") and issue 11 item 1: the planning year is the reference
// date's year; a dated record counts for the year its date falls in; an earlier year's is history.
describe('the year rule: which planning year a record counts for', () => {
  const age2026 = { from: d(2026, 1, 1), to: d(2026, 12, 31) };
  test.each<[string, TeamRecord, { asOf: [number, number, number]; today: [number, number, number]; from?: number; to?: number }, boolean]>([
    ['a 2026 date counts for 2026', dated(2026, 3, 2), { asOf: [2026, 3, 5], today: [2026, 3, 5] }, true],
    ['a 2025 date is history in 2026 (issue 11: year two loses letters)', dated(2025, 3, 2), { asOf: [2026, 1, 15], today: [2026, 1, 15] }, false],
    ['31 December is the old year', dated(2025, 12, 31), { asOf: [2026, 1, 1], today: [2026, 1, 1] }, false],
    ['1 January is the new year', dated(2026, 1, 1), { asOf: [2026, 1, 1], today: [2026, 1, 1] }, true],
    ['a December letter written for next year says so, and counts for it', dated(2025, 12, 10, 2026), { asOf: [2026, 1, 2], today: [2026, 1, 2] }, true],
    ['… and not for the year of its date', dated(2025, 12, 10, 2026), { asOf: [2025, 12, 20], today: [2025, 12, 20] }, false],
    ['a next-year date does not count for this year', dated(2027, 1, 5), { asOf: [2026, 6, 1], today: [2026, 6, 1] }, false],
    ['an undated tick counts in the year it stands in', YES, { asOf: [2026, 3, 1], today: [2026, 3, 1] }, true],
    ['an undated tick does not count for a year planned ahead', YES, { asOf: [2027, 1, 15], today: [2026, 12, 1] }, false],
    ['an undated tick does not count for a year looked back on', YES, { asOf: [2025, 6, 1], today: [2026, 3, 1] }, false],
  ])('%s', (_name, record, { asOf, today }, expected) => {
    expect(recordCounts(record, yearScope(d(...asOf), d(...today), age2026.from, age2026.to))).toBe(expected);
  });

  test('an offer whose window crosses New Year keeps the records made for it', () => {
    // A death in November 2025: the call 6-8 weeks later runs into January 2026.
    const scope = yearScope(d(2026, 1, 5), d(2026, 1, 5), d(2025, 12, 20), d(2026, 1, 3));
    expect(recordCounts(dated(2025, 12, 22), scope)).toBe(true);
    expect(recordCounts(dated(2025, 6, 1), scope)).toBe(false);
  });

  test('an offer opening later in the year does not take a January record as its own', () => {
    const scope = yearScope(d(2026, 6, 1), d(2026, 6, 1), d(2026, 5, 1), d(2026, 5, 15));
    expect(recordCounts(dated(2026, 1, 10), scope)).toBe(false);
    expect(recordCounts(dated(2026, 4, 1), scope)).toBe(true);
  });

  test('history: an earlier year, never an undated tick', () => {
    const scope = yearScope(d(2026, 2, 1), d(2026, 2, 1));
    expect(isHistory(dated(2025, 5, 1), scope)).toBe(true);
    expect(isHistory(dated(2026, 1, 5), scope)).toBe(false);
    expect(isHistory(YES, scope)).toBe(false);
    expect(recordYear(dated(2025, 12, 10, 2026), 2025)).toBe(2026);
    expect(recordYear(YES, 2026)).toBe(2026);
  });

  test('writers name the year when the date lies in another, and the reader reads it back', () => {
    const written = recordCellValue(d(2025, 12, 10), 2026, (day) => day, () => '10-12-2025');
    expect(written).toBe('10-12-2025 (for 2026)');
    expect(recordCellValue(d(2026, 1, 10), 2026, (day) => day, () => 'x')).toBe(d(2026, 1, 10));
    expect(parseRecord(written, 'inviteret', dayFromUtcDate)).toEqual({ day: d(2025, 12, 10), forYear: 2026 });
    expect(splitForYear('10-12-2025 (for 2026)')).toEqual({ text: '10-12-2025', forYear: 2026 });
    expect(splitForYear('Takket nej')).toEqual({ text: 'Takket nej' });
  });
});

describe('the Status column under the year rule', () => {
  const from = d(2026, 1, 1);
  const to = d(2026, 12, 31);
  const asOf = d(2026, 1, 15);
  test.each<[string, Parameters<typeof statusOf>[4], Parameters<typeof statusOf>[5], string]>([
    ['82+ invited last year is due again', { invited: dated(2025, 3, 1) }, { today: asOf }, 'due'],
    ['82+ done last year is due again', { invited: dated(2025, 3, 1), visit: dated(2025, 4, 1), done: dated(2025, 4, 1) }, { today: asOf }, 'due'],
    ['declined last year: asked again this year', { declined: dated(2025, 3, 1) }, { today: asOf }, 'due'],
    ['invited this year', { invited: dated(2026, 1, 10) }, { today: asOf }, 'invited'],
    ['fixed-time visit booked, no letter yet', { visit: { day: d(2026, 2, 5), minute: 600 } }, { today: asOf, fixedTime: true, announcedColumn: true }, 'unannounced'],
    ['fixed-time visit announced', { visit: { day: d(2026, 2, 5), minute: 600 }, announced: { day: d(2026, 2, 5), minute: 600 } }, { today: asOf, fixedTime: true, announcedColumn: true }, 'booked'],
    ['fixed-time visit moved after its letter', { visit: { day: d(2026, 2, 6), minute: 600 }, announced: { day: d(2026, 2, 5), minute: 600 } }, { today: asOf, fixedTime: true, announcedColumn: true }, 'unannounced'],
    ['fixed-time visit booked for a citizen invited this year, no Besøg meddelt column', { invited: dated(2026, 1, 2), visit: dated(2026, 2, 5) }, { today: asOf, fixedTime: true }, 'booked'],
    ['a visit the citizen agreed (not fixed-time) needs no letter', { visit: dated(2026, 2, 5) }, { today: asOf }, 'booked'],
    ['ended: nothing more', { ended: dated(2026, 1, 10), invited: dated(2026, 1, 2) }, { today: asOf }, 'ended'],
    ['ending later: still planned until then', { ended: dated(2026, 3, 1) }, { today: asOf }, 'due'],
    ['an undated Ophørt ends at once', { ended: YES }, { today: asOf }, 'ended'],
  ])('%s', (_name, records, ctx, expected) => {
    expect(statusOf('ALDER_82', from, to, asOf, records, ctx)).toBe(expected);
  });

  test('ended beats exempt and no offer', () => {
    expect(statusOf('UNDTAGET', undefined, undefined, asOf, { ended: dated(2025, 5, 1) })).toBe('ended');
    expect(statusOf('INGEN', undefined, undefined, asOf, { ended: dated(2025, 5, 1) })).toBe('ended');
  });
});

describe('citizens who end', () => {
  test('isEnded from the day, not before', () => {
    expect(isEnded(dated(2026, 3, 1), d(2026, 2, 28))).toBe(false);
    expect(isEnded(dated(2026, 3, 1), d(2026, 3, 1))).toBe(true);
    expect(isEnded(undefined, d(2026, 3, 1))).toBe(false);
  });

  test('rowsEndedBefore: dated ends before the day only (for deletion after the retention period)', () => {
    const rows = [
      { row: 2, ended: dated(2025, 1, 10) },
      { row: 3, ended: dated(2025, 12, 1) },
      { row: 4, ended: YES },
      { row: 5, ended: undefined },
    ];
    expect(rowsEndedBefore(rows, d(2025, 6, 1)).map((r) => r.row)).toEqual([2]);
    expect(rowsEndedBefore(rows, d(2026, 1, 1)).map((r) => r.row)).toEqual([2, 3]);
  });
});
