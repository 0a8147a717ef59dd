/**
 * The year report's AED10A age groups (Danmarks Statistik: under 75, 75, 76-79, 80-84, 85-89, 90 and
 * over) at every edge, by the age reached in the report year, and the persons-and-visits counting.
 */
import { dayFromYmd } from '../../../src/core/day';
import { AED10A_BANDS, aed10aBand, visitReport } from '../../../src/core/report/visits';
import type { VisitRecord } from '../../../src/core/visit-record';

test.each([
  [74, 'under 75'], [75, '75'], [76, '76-79'], [79, '76-79'], [80, '80-84'], [84, '80-84'], [85, '85-89'], [89, '85-89'], [90, '90+'], [104, '90+'], [65, 'under 75'],
])('turning %i in the report year: %s (born 31 December, so on no visit day has the age been reached yet)', (age, band) => {
  expect(aed10aBand(dayFromYmd(2025 - age, 12, 31), 2025)).toBe(band);
});

test('the bands are AED10A\'s, in its order', () => {
  expect(AED10A_BANDS.map((b) => b.label)).toEqual(['under 75', '75', '76-79', '80-84', '85-89', '90+']);
});

test('a person is counted once per group, each contact once; other years, unknown age and sex are kept apart', () => {
  const rec = (key: string, y: number, m: number, extra: Partial<VisitRecord> = {}): VisitRecord => ({
    id: '', key, day: dayFromYmd(y, m, 1), consultant: '', offerCode: '', form: 'home', themes: [], referrals: [], row: 2, ...extra,
  });
  const report = visitReport({
    year: 2025,
    records: [rec('a', 2025, 3), rec('a', 2025, 9), rec('b', 2025, 4), rec('b', 2024, 4), rec('c', 2025, 5, { sex: 'M' }), rec('d', 2025, 6)],
    citizens: new Map([['a', { birth: dayFromYmd(1950, 6, 1), sex: 'K' as const }], ['b', { birth: dayFromYmd(1935, 1, 1), sex: 'M' as const }], ['c', {}]]),
    offers: [], themes: [], referrals: [], asOf: dayFromYmd(2025, 12, 31),
  });
  expect([report.persons, report.visits]).toEqual([4, 5]);
  const line = (band: string, sex: string) => report.aed10a.find((l) => l.band === band && l.sex === sex);
  expect(line('75', 'K')).toEqual({ band: '75', sex: 'K', persons: 1, visits: 2 });
  expect(line('90+', 'M')).toEqual({ band: '90+', sex: 'M', persons: 1, visits: 1 });
  expect(line('ukendt alder', 'M')).toEqual({ band: 'ukendt alder', sex: 'M', persons: 1, visits: 1 });
  expect(line('ukendt alder', '?')).toEqual({ band: 'ukendt alder', sex: '?', persons: 1, visits: 1 });
  expect(report.aed10a.filter((l) => l.band !== 'ukendt alder')).toHaveLength(12);
});

test('themes and referrals: the profile\'s terms only, never a line made of a cell\'s text; the unread rows are named once', () => {
  const rec = (themes: string[], referrals: string[]): VisitRecord => ({
    id: '', key: 'a', day: dayFromYmd(2025, 3, 1), consultant: '', offerCode: '', form: 'home', themes, referrals, row: 2,
  });
  const report = visitReport({
    year: 2025,
    // Records read without the profile's vocabulary keep codes as typed: a CPR number, a note, markup.
    records: [rec(['trivsel', '010130-4321'], ['<script>alert(1)</script>']), rec(['Borgeren græder'], ['laege'])],
    citizens: new Map(), offers: [], asOf: dayFromYmd(2025, 12, 31),
    themes: [{ id: 'trivsel', label: 'Trivsel' }], referrals: [{ id: 'laege', label: 'Egen læge' }],
    problemRows: [4, 4, 7],
  });
  expect(report.themes).toEqual([{ id: 'trivsel', label: 'Trivsel', count: 1 }]);
  expect(report.referrals).toEqual([{ id: 'laege', label: 'Egen læge', count: 1 }]);
  expect(report.problemRows).toEqual([4, 7]);
});
