/**
 * *Fremskriv et år …* (fhbProjectYear) in the built bundle, on a seeded sample of 1,200 synthetic citizens
 * (scripts/generate-sample.ts) with some ended: the sheet Fremskrivning counts, code by code, exactly what
 * the sheet's own Kode column (FHB_PLAN) says for that year once the reference date is moved into it, for
 * every built-in profile; the chart is built with Sheets' chart builder; bad input leaves nothing written.
 */
import { builtinProfileIds, resolveProfile } from '../../../src/core/profiles/registry';
import * as text from '../../../src/core/projection/text';
import { SAMPLE_AS_OF, sampleRows } from '../../../scripts/generate-sample';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import type { FakeSheet } from '../../runtime';
import { boot, col, day, headersOf, letters } from '../sheet/helpers';
import { recount, writeCitizens } from '../report/fixture';

const CITIZENS = 1200;

function team() {
  const { rt, bundle } = boot({ now: new Date('2025-03-01T09:00:00Z') });
  bundle.run('fhbSetup');
  const settings = rt.sheet('Indstillinger');
  const { rows: grid } = renderSettingsGrid(Settings.parse({ asOf: SAMPLE_AS_OF, consultants: [{ name: 'Anne' }, { name: 'Bo' }] }), makeZone('Europe/Copenhagen'));
  settings.getRange(1, 1, grid.length, grid[0].length).setValues(grid as never);
  const citizens = rt.sheet('Borgere');
  const have = new Set(headersOf(citizens));
  const rows = sampleRows(5, CITIZENS).map((r, i) => {
    const kept: Record<string, unknown> = Object.fromEntries(Object.entries(r).filter(([h]) => have.has(h)));
    // Some ended before the year, some during it (still there on 1 January), one marked without a date.
    kept['Ophørt'] = i % 41 === 0 ? day('2025-06-01') : i % 59 === 0 ? day('2027-06-01') : i === 7 ? 'x' : '';
    return kept;
  });
  if (citizens.getMaxRows() < CITIZENS + 1) citizens.insertRowsAfter(citizens.getMaxRows(), CITIZENS + 1 - citizens.getMaxRows());
  writeCitizens(citizens, rows);
  return { rt, bundle, settings, citizens };
}

/** The sheet's own plan for the year: the reference date moved to 1 January, Kode and Status recounted, ended left out. */
function sheetPlan(t: ReturnType<typeof team>, profile: string, year: number): Map<string, number> {
  t.settings.getRange('B3').setValue(profile);
  t.settings.getRange('B2').setValue(day(`${year}-01-01`));
  const counted = recount(t.citizens);
  const ended = endedByCode(t.citizens);
  t.settings.getRange('B2').setValue(day(SAMPLE_AS_OF));
  return new Map([...counted.byCode].map(([code, n]) => [code, n - (ended.get(code) ?? 0)]));
}

/** Rows whose Status is Ophørt, by their Kode (recount counts them under their code). */
function endedByCode(sheet: FakeSheet): Map<string, number> {
  const all = sheet.valuesOf(`A1:${letters(sheet.getLastColumn() - 1)}${sheet.getLastRow()}`);
  const kode = col(sheet, 'Kode') - 1;
  const status = col(sheet, 'Status') - 1;
  const out = new Map<string, number>();
  for (const row of all.slice(1)) {
    if (row[status] !== 'Ophørt') continue;
    for (const c of String(row[kode]).split('+')) out.set(c, (out.get(c) ?? 0) + 1);
  }
  return out;
}

/** The comparison table of Fremskrivning: per code, the Borgere column of each profile (by its name). */
function projected(sheet: FakeSheet): { head: string[]; byCode: Map<string, Record<string, unknown>> } {
  const all = sheet.valuesOf(`A1:${letters(sheet.getLastColumn() - 1)}${sheet.getLastRow()}`);
  const at = all.findIndex((r) => r[0] === text.HEAD.code);
  const head = all[at].map(String);
  const byCode = new Map<string, Record<string, unknown>>();
  for (let i = at + 1; i < all.length && all[i][0] !== ''; i++) byCode.set(String(all[i][0]), Object.fromEntries(head.map((h, j) => [h, all[i][j]])));
  return { head, byCode };
}

describe('Fremskriv et år …', () => {
  const t = team();

  test.each([2026, 2027])('for %i the sheet counts what FHB_PLAN plans for that year, for every built-in profile', (year) => {
    const ids = builtinProfileIds();
    for (let i = 0; i < ids.length; i++) {
      const current = resolveProfile(ids[i]);
      const proposed = resolveProfile(ids[(i + 1) % ids.length]);
      t.settings.getRange('B3').setValue(current.id);
      t.rt.ui.answers.push({ button: 'OK', text: String(year) }, { button: 'OK', text: proposed.id });
      t.bundle.run('fhbProjectYear');
      expect(t.rt.ui.alerts.filter((a) => a.kind === 'alert')).toEqual([]);
      const { byCode } = projected(t.rt.sheet(text.SHEET_NAME));
      for (const profile of [current, proposed]) {
        const expected = sheetPlan(t, profile.id, year);
        const column = text.PROFILE_COLUMN(profile.name, text.HEAD.citizens);
        for (const rule of profile.rules) expect([profile.id, rule.code, byCode.get(rule.code)?.[column]]).toEqual([profile.id, rule.code, expected.get(rule.code) ?? 0]);
        expect(expected.size).toBeGreaterThan(3);
      }
      t.settings.getRange('B3').setValue(current.id);
    }
  });

  test('the chart: hours by month per profile as bars, a month\'s capacity as a line, built with the chart builder', () => {
    const sheet = t.rt.sheet(text.SHEET_NAME);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    const chart = charts[0];
    expect(String(chart.modify().getChartType())).toBe('COMBO');
    const [range] = chart.getRanges();
    expect(range.getValues()[1][0]).toBe('januar');
    expect(range.getNumRows()).toBe(13);
    expect(chart.getOptions().get('title')).toBe(text.CHART_TITLE(2027));
    // Month, the two profiles' hours, and the capacity: the last series (index 2) drawn as a line.
    expect(range.getNumColumns()).toBe(4);
    expect(range.getValues()[0][3]).toBe(text.CAPACITY_PER_MONTH);
    expect(chart.getOptions().get('series.2.type')).toBe('line');
  });

  test.each([
    ['2024', '', text.ERR_YEAR_BEFORE_DATA(2024, 2025)],
    ['2027', 'odense', '«odense» er ikke en kendt profil'],
    ['2027', '{"id": "x"}', 'Profilen er ugyldig'],
  ])('year %s, proposal %s: a Danish message and nothing written', (year, proposal, message) => {
    const before = t.rt.sheet(text.SHEET_NAME).valuesOf('A1:C3');
    t.rt.ui.alerts.length = 0;
    t.rt.ui.answers.push({ button: 'OK', text: year }, { button: 'OK', text: proposal });
    t.bundle.run('fhbProjectYear');
    expect(t.rt.ui.alerts.filter((a) => a.kind === 'alert').map((a) => a.prompt).join('\n')).toContain(message);
    expect(t.rt.sheet(text.SHEET_NAME).valuesOf('A1:C3')).toEqual(before);
  });
});

describe('Fremskriv et år … with the team\'s own figures in Indstillinger, table Fremskrivning', () => {
  const t = team();
  const rowOf = (label: string) => t.settings.valuesOf(`A1:A${t.settings.getLastRow()}`).findIndex((r) => r[0] === label) + 1;
  const project = () => {
    t.rt.ui.alerts.length = 0;
    t.rt.ui.answers.push({ button: 'OK', text: '2027' }, { button: 'OK', text: '' });
    t.bundle.run('fhbProjectYear');
    return t.rt.sheet(text.SHEET_NAME).valuesOf(`A1:H${t.rt.sheet(text.SHEET_NAME).getLastRow()}`);
  };
  /** The assumptions block: label → [figure, source]; a figure is the text the table prints («60», «67 %»), written as plain text like every text of the sheet. */
  const assumption = (all: unknown[][], label: string) => all.find((r) => r[0] === label)?.slice(1, 3);

  test('an override changes the figure, the hours and the stated source; a bad value changes nothing', () => {
    const before = project();
    const overhead = assumption(before, text.ASSUMPTION.overhead);
    expect(overhead).toEqual(['60', text.DEFAULT_OVERHEAD_SOURCE]);
    const hoursBefore = projected(t.rt.sheet(text.SHEET_NAME)).byCode;

    t.settings.getRange(rowOf('Tid pr. besøg (min)'), 2).setValue(30);
    t.settings.getRange(rowOf('Tager imod: KODE'), 1, 1, 2).setValues([['Tager imod: ALDER_80', '50 %']]);
    const after = project();
    expect(t.rt.ui.alerts.filter((a) => a.kind === 'alert')).toEqual([]);
    expect(assumption(after, text.ASSUMPTION.overhead)).toEqual(['30', text.FROM_SETTINGS]);
    const accepted = after.find((r) => String(r[0]).startsWith(text.ASSUMPTION.acceptance('')) && String(r[0]).includes('ALDER_80'));
    expect(accepted?.slice(1, 3)).toEqual([expect.stringMatching(/50/), text.FROM_SETTINGS]);
    const hoursAfter = projected(t.rt.sheet(text.SHEET_NAME)).byCode;
    // Shorter time per visit: fewer hours in the comparison table.
    expect(hoursAfter.size).toBeGreaterThan(3);
    expect([...hoursAfter]).not.toEqual([...hoursBefore]);

    t.settings.getRange(rowOf('Arbejdsuger om året'), 2).setValue('mange');
    const unchanged = t.rt.sheet(text.SHEET_NAME).valuesOf('A1:H40');
    t.rt.ui.alerts.length = 0;
    t.rt.ui.answers.push({ button: 'OK', text: '2027' }, { button: 'OK', text: '' });
    t.bundle.run('fhbProjectYear');
    expect(t.rt.ui.alerts.map((a) => a.prompt).join('\n')).toContain(`(${'Fremskrivning'}, Arbejdsuger om året): «mange» er ikke et tal.`);
    expect(t.rt.sheet(text.SHEET_NAME).valuesOf('A1:H40')).toEqual(unchanged);
    t.settings.getRange(rowOf('Arbejdsuger om året'), 2).setValue('');
  });

  test('«Opsæt eller opgrader arket» adds the table under an older sheet and keeps every cell', () => {
    const title = rowOf('Fremskrivning');
    const last = t.settings.getLastRow();
    t.settings.getRange(title - 1, 1, last - title + 2, 9).clearContent();
    const older = t.settings.valuesOf(`A1:I${title - 2}`);
    expect(rowOf('Fremskrivning')).toBe(0);
    t.bundle.run('fhbSetup');
    const added = rowOf('Fremskrivning');
    // Every row above the new table is as it was; the older sheet's blank spare rows may hold it.
    expect(t.settings.valuesOf(`A1:I${added - 1}`)).toEqual(older.slice(0, added - 1));
    expect(older.slice(added - 2).every((r) => r.every((c) => c === ''))).toBe(true);
    expect(t.settings.valuesOf(`A${added + 1}:A${added + 7}`).map((r) => r[0])).toEqual([
      'Antagelse', 'Minutter pr. besøg', 'Tid pr. besøg (min)', 'Timer om ugen pr. konsulent', 'Arbejdsuger om året', 'Pladser pr. arrangement', 'Tager imod: KODE',
    ]);
    t.bundle.run('fhbSetup');
    expect(rowOf('Fremskrivning')).toBe(added);
  });
});
