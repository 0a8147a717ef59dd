/**
 * The menu item Årsrapport (fhbYearReport) in the built bundle: the report sheet's counts are the
 * sheet's own Kode/Status columns recounted, one chart however often it runs, last year's stored counts
 * are compared once the reference date moves a year on, and the number of service calls does not grow
 * with the number of citizens.
 */
import { STATUSES } from '../../../src/core/status/vocabulary';
import { MENU, sheetNotOurs } from '../../../src/core/text/glossary';
import { day, readReport, recount, team } from './fixture';

const REPORT = 'Årsrapport';

describe('Årsrapport', () => {
  const t = team(60, { badRows: [9] });
  t.bundle.run('fhbYearReport');
  const sheet = t.rt.sheet(REPORT);
  const view = readReport(sheet);
  const counted = recount(t.citizens);

  test('it ran without a message but the closing toast', () => {
    expect(t.rt.ui.alerts).toEqual([]);
    expect(t.rt.ui.toasts.at(-1)?.message).toMatch(/Årsrapporten for 2025/);
  });

  test('the planning year, the citizens and the bad row are on the sheet', () => {
    expect(view.title).toContain('2025');
    expect(view.facts).toContain('Referencedato 01-03-2025');
    expect(view.facts).toContain(`${counted.citizens} borgere`);
    expect(counted.errors).toBe(1);
    expect(view.facts).toContain('1 række med fejl');
    expect(view.notes.some((n) => /Rækker i «Borgere» med fejl.*: 9\b/.test(n))).toBe(true);
  });

  test('counts per offer equal a recount of the Kode column', () => {
    expect(counted.byCode.size).toBeGreaterThan(2);
    for (const [code, n] of counted.byCode) expect([code, view.offers.get(code)?.['I alt']]).toEqual([code, n]);
    for (const [code, line] of view.offers) if (!counted.byCode.has(code)) expect([code, line['I alt']]).toEqual([code, 0]);
  });

  test('counts per status equal a recount of the Status column, and each offer row adds up', () => {
    expect([...view.statuses.keys()]).toEqual(STATUSES.map((s) => s.label));
    for (const s of STATUSES) expect([s.label, view.statuses.get(s.label)?.Antal]).toEqual([s.label, counted.byStatus.get(s.label) ?? 0]);
    for (const [, line] of view.offers) {
      const sum = STATUSES.reduce((a, s) => a + Number(line[s.label]), 0);
      expect(sum).toBe(line['I alt']);
    }
  });

  test('every offer has its code and Danish label', () => {
    expect(view.offerHeader.slice(0, 3)).toEqual(['Kode', 'Tilbud', 'I alt']);
    for (const [code, line] of view.offers) {
      expect(code).toMatch(/^[A-ZÆØÅ][A-ZÆØÅ0-9_]*$/);
      expect(String(line.Tilbud)).not.toBe('');
    }
  });

  test('no names or CPR numbers on the report sheet', () => {
    const cells = view.all.flat().map(String);
    expect(cells.filter((c) => /Borger \d/.test(c))).toEqual([]);
    expect(cells.filter((c) => /\d{6}-?\d{4}/.test(c))).toEqual([]);
  });

  test('with no stored year before, the note says so', () => {
    expect(view.offerHeader).not.toContain('2024');
    expect(view.notes.some((n) => n.includes('ikke gemt tal for 2024'))).toBe(true);
  });

  test('the chart: stacked columns of the offers (no "no offer") per status, in the status colours', () => {
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    const options = chart.getOptions();
    expect(options.get('isStacked')).toBe(true);
    expect(options.get('title')).toContain('2025');
    expect(options.get('colors')).toEqual(STATUSES.map((s) => s.background));
    expect(String(chart.modify().getChartType())).toBe('COLUMN');
    const [labels, series] = chart.getRanges();
    const h = view.offerHeaderRow;
    const offersShown = [...view.offers.keys()].filter((c) => c !== 'INGEN').length;
    expect(labels.getA1Notation()).toBe(`B${h}:B${h + offersShown}`);
    expect(series.getNumColumns()).toBe(STATUSES.length);
    expect(sheet.valuesOf(series.getA1Notation())[0]).toEqual(STATUSES.map((s) => s.label));
    expect(sheet.valuesOf(labels.getA1Notation()).flat()).not.toContain('Ikke aktuel');
    // Anchored below the table, not over it, and above the visit part (set-up made the sheet Besøg).
    const notesEnd = view.all.findIndex((r) => r[0] === 'Noter') + 1 + view.notes.length;
    const anchor = chart.getContainerInfo().getAnchorRow();
    expect(anchor).toBeGreaterThan(notesEnd);
    expect(view.all.findIndex((r) => r[0] === 'Besøg i året') + 1).toBeGreaterThan(anchor + 20);
  });

  test('a second run replaces the chart and the table instead of piling them up', () => {
    t.bundle.run('fhbYearReport');
    expect(sheet.getCharts()).toHaveLength(1);
    expect(readReport(sheet).all).toEqual(view.all);
    expect(t.rt.spreadsheet.sheets.filter((s) => s.name === REPORT)).toHaveLength(1);
  });

  test('the year is stored in a small document property without names', () => {
    const stored = t.rt.properties.document.get('fhb.report.year.2025');
    expect(stored).toBeDefined();
    expect(Buffer.byteLength(stored!, 'utf8')).toBeLessThan(9 * 1024);
    expect(stored).not.toMatch(/Borger/);
  });
});

describe('Årsrapport next year compares with the stored counts', () => {
  const t = team(40);
  t.bundle.run('fhbYearReport');
  const before = readReport(t.rt.sheet(REPORT));
  // A year on: the reference date moves to 2026, the plan and statuses follow.
  t.rt.sheet('Indstillinger').getRange('B2').setValue(day('2026-03-01'));
  t.bundle.run('fhbYearReport');
  const after = readReport(t.rt.sheet(REPORT));
  const now = recount(t.citizens);

  test('the report is for 2026 and recounts the sheet as it now is', () => {
    expect(after.title).toContain('2026');
    for (const [code, n] of now.byCode) expect([code, after.offers.get(code)?.['I alt']]).toEqual([code, n]);
  });

  test('last year per offer is the 2025 report, and the change is the difference', () => {
    expect(after.offerHeader).toEqual(expect.arrayContaining(['2025', 'Ændring']));
    for (const [code, line] of before.offers) {
      const later = after.offers.get(code)!;
      expect([code, later['2025']]).toEqual([code, line['I alt']]);
      expect([code, later['Ændring']]).toEqual([code, Number(later['I alt']) - Number(line['I alt'])]);
    }
    // The years differ somewhere, or the comparison proves nothing.
    expect([...after.offers].some(([code, l]) => l['I alt'] !== before.offers.get(code)?.['I alt'])).toBe(true);
  });

  test('last year per status is the 2025 report', () => {
    expect(after.statusHeader).toEqual(['Status', 'Antal', '2025', 'Ændring']);
    for (const [label, line] of before.statuses) expect([label, after.statuses.get(label)?.['2025']]).toEqual([label, line.Antal]);
  });

  test('the notes say where the 2025 numbers come from', () => {
    expect(after.facts).toContain(`2025: ${before.facts.match(/(\d+) borgere/)![1]} borgere`);
    expect(after.notes.some((n) => n.includes('Tallene for 2025 er gemt af årsrapporten') && n.includes('01-03-2025'))).toBe(true);
    expect(after.notes.some((n) => n.includes('ikke gemt'))).toBe(false);
  });
});

describe('Årsrapport with an unreadable stored year', () => {
  test('is made without comparison, and says no earlier year is stored', () => {
    const t = team(10);
    t.rt.properties.document.set('fhb.report.year.2024', '{"v":1,"year":2024,"rows":[["ALDER_80","nonsense",3]]}');
    t.bundle.run('fhbYearReport');
    const view = readReport(t.rt.sheet(REPORT));
    expect(t.rt.ui.alerts).toEqual([]);
    expect(view.offerHeader).not.toContain('2024');
    expect(view.notes.some((n) => n.includes('ikke gemt tal for 2024'))).toBe(true);
  });
});

describe('Årsrapport service calls', () => {
  function callsFor(n: number) {
    const t = team(n, { badRows: [3] });
    t.bundle.run('fhbYearReport'); // the first run creates the sheet; measure a steady run
    t.rt.calls.reset();
    t.bundle.run('fhbYearReport');
    return { total: t.rt.calls.total(), reads: t.rt.calls.count('Range.getValues'), writes: t.rt.calls.count('Range.setValues') };
  }

  test('do not grow with the number of citizens', () => {
    const small = callsFor(15);
    const large = callsFor(300);
    expect(large).toEqual(small);
    expect(small.reads).toBeLessThanOrEqual(3);
    // One block for the tables, one for the visit part (set-up made the visit sheet Besøg).
    expect(small.writes).toBe(2);
  });
});

describe('Årsrapport refuses and changes nothing', () => {
  test('before set-up', () => {
    const t = team(1);
    t.rt.spreadsheet.sheets.splice(t.rt.spreadsheet.sheets.indexOf(t.rt.sheet('Indstillinger')), 1);
    t.bundle.run('fhbYearReport');
    expect(t.rt.ui.alerts.at(-1)?.prompt).toMatch(/ikke sat op/);
    expect(t.rt.spreadsheet.findSheet(REPORT)).toBeUndefined();
  });

  test("a team's own sheet called Årsrapport is left as it is", () => {
    const t = team(5);
    const own = t.rt.addSheet(REPORT);
    own.getRange('A1:B2').setValues([['Vores egne tal', 1], ['Mere', 2]]);
    t.bundle.run('fhbYearReport');
    expect(t.rt.ui.alerts.at(-1)?.prompt).toBe(sheetNotOurs(REPORT, MENU.report));
    expect(own.valuesOf('A1:B2')).toEqual([['Vores egne tal', 1], ['Mere', 2]]);
    expect(own.getCharts()).toHaveLength(0);
    expect(t.rt.properties.document.has('fhb.report.year.2025')).toBe(false);
  });

  test('while a colleague holds the document lock', () => {
    const t = team(5);
    t.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    t.bundle.run('fhbYearReport');
    expect(t.rt.ui.alerts.at(-1)?.prompt).toMatch(/optaget|kollega/);
    expect(t.rt.spreadsheet.findSheet(REPORT)).toBeUndefined();
  });
});
