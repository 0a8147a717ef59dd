import { resolveProfile } from '../../../src/core/profiles/registry';
import { codesOf, offerCatalog, yearReport, ReportInput } from '../../../src/core/report/year-report';
import { reportHtml, reportSvg } from '../../../src/offline/report-chart';

const catalog = offerCatalog(resolveProfile('glostrup-2025'));

const current: ReportInput = {
  year: 2025,
  source: 'data',
  errors: 2,
  rows: [
    { code: 'ALDER_80', status: 'due' },
    { code: 'ALDER_80', status: 'booked' },
    { code: 'EFTERLADT+ALDER_80', status: 'upcoming' },
    { code: 'ALDER_82', status: 'done' },
    { code: 'UNDTAGET', status: 'exempt' },
    { code: 'INGEN', status: 'none' },
    { code: 'EKSTRA', status: 'due' },
  ],
};

describe('yearReport', () => {
  const report = yearReport(current, catalog);
  const line = (code: string) => report.offers.find((o) => o.code === code)!;

  it('lists the profile offers in rule order, then exempt and none, then codes it does not know', () => {
    expect(report.offers.map((o) => o.code)).toEqual(['ALENE_70', 'ALDER_75', 'ALDER_80', 'ALDER_82', 'EFTERLADT', 'AEGTEFAELLE_FLYTTET', 'RISIKO', 'UNDTAGET', 'INGEN', 'EKSTRA']);
    expect(line('ALDER_80').label).toBe('80-årige');
  });

  it('counts a citizen with two offers under each, with the status of the first', () => {
    expect(line('ALDER_80').total).toBe(3);
    expect(line('ALDER_80').byStatus).toMatchObject({ due: 1, booked: 1, upcoming: 1, done: 0 });
    expect(line('EFTERLADT').total).toBe(1);
    expect(line('ALENE_70').total).toBe(0);
  });

  it('counts citizens and statuses once each', () => {
    expect(report.citizens).toBe(7);
    expect(report.errors).toBe(2);
    expect(report.statuses.find((s) => s.id === 'due')!.count).toBe(2);
    expect(report.statuses.reduce((n, s) => n + s.count, 0)).toBe(7);
    expect(report.previous).toBeUndefined();
  });

  it('compares offers with a computed previous year, but not its statuses', () => {
    const previous: ReportInput = { year: 2024, source: 'computed', rows: [{ code: 'ALDER_80' }, { code: 'ALDER_82' }, { code: 'ALDER_82' }] };
    const r = yearReport(current, catalog, previous);
    const l = (code: string) => r.offers.find((o) => o.code === code)!;
    expect([l('ALDER_80').previous, l('ALDER_80').change]).toEqual([1, 2]);
    expect([l('ALDER_82').previous, l('ALDER_82').change]).toEqual([2, -1]);
    expect(r.statuses.every((s) => s.previous === undefined)).toBe(true);
    expect(r.previous).toEqual({ year: 2024, citizens: 3, errors: 0, source: 'computed' });
    expect(r.notes.join(' ')).toContain('beregnet');
  });

  it('compares statuses with a previous year read from its plan', () => {
    const previous: ReportInput = { year: 2024, source: 'file', rows: [{ code: 'ALDER_80', status: 'done' }, { code: 'ALDER_80', status: 'declined' }] };
    const r = yearReport(current, catalog, previous);
    expect(r.statuses.find((s) => s.id === 'done')!.previous).toBe(1);
    expect(r.statuses.find((s) => s.id === 'due')!.previous).toBe(0);
  });

  it('splits plan codes', () => {
    expect(codesOf('EFTERLADT+ALDER_80')).toEqual(['EFTERLADT', 'ALDER_80']);
    expect(codesOf('')).toEqual([]);
  });
});

describe('report chart and page', () => {
  it('draws one bar group per offer with citizens (no "none"), widths proportional to counts', () => {
    const svg = reportSvg(yearReport(current, catalog));
    expect(svg.match(/<g data-code="[^"]+">/g)).toEqual(['ALDER_80', 'ALDER_82', 'EFTERLADT', 'UNDTAGET', 'EKSTRA'].map((c) => `<g data-code="${c}">`));
    const width = (code: string) => [...svg.split(`data-code="${code}"`)[1].split('</g>')[0].matchAll(/<rect [^>]*width="([\d.]+)"/g)].reduce((s, m) => s + Number(m[1]), 0);
    expect(width('ALDER_80')).toBeCloseTo(3 * width('ALDER_82'), 0);
  });

  it('escapes what it shows', () => {
    const r = yearReport({ ...current, rows: [{ code: '<b>X</b>', status: 'due' }] }, [{ code: '<b>X</b>', label: '<script>alert(1)</script>' }]);
    const html = reportHtml(r, 'P & Q');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('P &amp; Q');
  });
});
