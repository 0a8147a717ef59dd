/**
 * Acceptance of issue 11 (records belong to a planning year): the same sheet through three planning
 * years on the built bundle, with the modelled clock and the daily trigger on 1 January. Each year the
 * merge runs as the sidebar runs it. Every 82+ citizen gets exactly one letter per year, nobody gets one
 * after they ended, a December letter planned ahead for next year is not made again in January, and no
 * record is lost: planning ahead keeps this year's entry beside next year's in the cell, and the turn of
 * the year moves the ended year's records to Historik before it clears them (test/integration/history has
 * the history's own three-year run).
 */
import { Settings } from '../../../src/core/settings/schema';
import { createRuntime, type BundleContext, type Runtime } from '../../runtime';
import { BUNDLE, SETTINGS, lettersIn, writeSettings } from '../merge/fixture';
import { cell, col, day, putRow } from '../sheet/helpers';

interface Progress { runId: string; done: number; total: number; finished: boolean; message: string }

const CITIZENS: Record<string, Record<string, unknown>> = {
  'Borger Alfa': { Fødselsdato: day('1938-02-10') },
  'Borger Beta': { Fødselsdato: day('1940-07-01') },
  'Borger Gamma': { Fødselsdato: day('1930-12-24') },
  // 81 in 2025: no offer; 82+ from 2026.
  'Borger Delta': { Fødselsdato: day('1944-05-05') },
  // Ends before 2026 (died), and in the middle of 2026 (moved away).
  'Borger Epsilon': { Fødselsdato: day('1935-03-03'), Ophørt: day('2025-12-15'), Ophørsårsag: 'død' },
  'Borger Zeta': { Fødselsdato: day('1936-04-04'), Ophørt: day('2026-06-01'), Ophørsårsag: 'fraflyttet' },
  // Declined in 2025: asked again in 2026.
  'Borger Eta': { Fødselsdato: day('1937-09-09'), Frabedt: day('2025-01-01') },
};
const NAMES = Object.keys(CITIZENS);

function world(): { rt: Runtime; bundle: BundleContext } {
  const rt = createRuntime({ now: new Date('2024-12-31T10:00:00Z') });
  const bundle = rt.load(BUNDLE, { realTimeoutMs: 120_000 });
  bundle.run('fhbSetup');
  writeSettings(rt, Settings.parse({ ...SETTINGS, asOf: '2024-12-31' }));
  const sheet = rt.sheet('Borgere');
  NAMES.forEach((name, i) =>
    putRow(sheet, i + 2, { Navn: name, Adresse: `Prøvevej ${i + 1}`, Postnr: '9999', By: 'Prøveby', ...CITIZENS[name] }),
  );
  bundle.run('fhbCreateTemplates');
  rt.select('Borgere', 'A1');
  return { rt, bundle };
}

/** One merge of every due letter, to the end, as the sidebar drives it; the names lettered. */
function merge(rt: Runtime, bundle: BundleContext): string[] {
  const before = new Set(rt.documents.docs.keys());
  let p = bundle.googleScriptRun('fhbMergeStart', { scope: 'due' }) as Progress;
  for (let k = 0; !p.finished && k < 50; k++) p = bundle.googleScriptRun('fhbMergeContinue', p.runId) as Progress;
  expect(p.finished).toBe(true);
  const names: string[] = [];
  for (const [id] of rt.documents.docs) {
    if (before.has(id)) continue;
    for (const l of lettersIn(rt.documents.bodyText(id))) for (const m of l.text.matchAll(/Kære (Borger \w+)/g)) names.push(m[1]);
  }
  return names.sort();
}

/** The night of 1 January: the daily trigger moves the reference date into the new year. */
function newYear(rt: Runtime, year: number): void {
  rt.clock.set(new Date(`${year - 1}-12-31T20:00:00Z`));
  expect(rt.triggers.runUntil(new Date(`${year}-01-01T07:00:00Z`))).toBeGreaterThanOrEqual(1);
  const b2 = rt.sheet('Indstillinger').valuesOf('B2')[0][0] as Date;
  expect(b2.getTime()).toBe(day(`${year}-01-01`).getTime());
}

const rowOf = (name: string) => NAMES.indexOf(name) + 2;

/** What Historik holds for a citizen and planning year: the kinds of event, sorted. */
function history(name: string, year: number): string[] {
  const [header, ...rows] = rt.sheet('Historik').getDataRange().getValues();
  const at = (h: string) => header.indexOf(h);
  return rows.filter((r) => r[at('Navn')] === name && Number(r[at('Planår')]) === year).map((r) => String(r[at('Hændelse')])).sort();
}

const { rt, bundle } = world();

describe('three planning years on one sheet (issue 11)', () => {
  const sheet = rt.sheet('Borgere');
  const lettered: Record<number, string[]> = {};

  test('2025: every 82+ citizen who has not declined gets one letter on 1 January', () => {
    newYear(rt, 2025);
    lettered[2025] = merge(rt, bundle);
    expect(lettered[2025]).toEqual(['Borger Alfa', 'Borger Beta', 'Borger Epsilon', 'Borger Gamma', 'Borger Zeta']);
    // A second merge the same year makes nothing.
    expect(merge(rt, bundle)).toEqual([]);
    // The team records a visit in the spring.
    putRow(sheet, rowOf('Borger Alfa'), { Besøg: '10-03-2025 10:00', Gennemført: day('2025-03-10') });
  });

  test('2026: last year\'s invitations are history, so the 82+ letters go out again; the ended citizen gets none', () => {
    newYear(rt, 2026);
    expect(cell(sheet, rowOf('Borger Epsilon'), 'Status')).toBe('Ophørt');
    expect(cell(sheet, rowOf('Borger Alfa'), 'Status')).toBe('Skal inviteres');
    lettered[2026] = merge(rt, bundle);
    expect(lettered[2026]).toEqual(['Borger Alfa', 'Borger Beta', 'Borger Delta', 'Borger Eta', 'Borger Gamma', 'Borger Zeta']);
    // No record lost: the turn of the year moved 2025's invitation, visit and decline to Historik.
    expect(cell(sheet, rowOf('Borger Alfa'), 'Inviteret')).toEqual(day('2026-01-01'));
    expect(cell(sheet, rowOf('Borger Alfa'), 'Besøg')).toBe('');
    expect(history('Borger Alfa', 2025)).toEqual(['Besøg aftalt', 'Brev lavet', 'Gennemført', 'Inviteret']);
    expect(history('Borger Eta', 2025)).toContain('Frabedt');
    expect(cell(sheet, rowOf('Borger Alfa'), 'Status')).toBe('Inviteret');
  });

  test('December 2026: planning ahead into 2027 makes the 2027 letters and keeps 2026\'s records', () => {
    rt.clock.set(new Date('2026-12-10T09:00:00Z'));
    rt.sheet('Indstillinger').getRange('B2').setValue(day('2027-01-15'));
    lettered[2027] = merge(rt, bundle);
    expect(lettered[2027]).toEqual(['Borger Alfa', 'Borger Beta', 'Borger Delta', 'Borger Eta', 'Borger Gamma']);
    expect(String(cell(sheet, rowOf('Borger Beta'), 'Inviteret'))).toBe('01-01-2026; 10-12-2026 (for 2027)');
    // Back to this year: 2026's invitations still count for 2026.
    rt.sheet('Indstillinger').getRange('B2').setValue(day('2026-12-10'));
    expect(cell(sheet, rowOf('Borger Beta'), 'Status')).toBe('Inviteret');
  });

  test('2027: on 1 January nothing is made twice; the citizen who moved away gets nothing', () => {
    newYear(rt, 2027);
    expect(merge(rt, bundle)).toEqual([]);
    // The close kept the entry written for 2027 and moved 2026's to Historik.
    expect(String(cell(sheet, rowOf('Borger Beta'), 'Inviteret'))).toBe('10-12-2026 (for 2027)');
    expect(history('Borger Beta', 2026)).toContain('Inviteret');
    expect(cell(sheet, rowOf('Borger Zeta'), 'Status')).toBe('Ophørt');
    expect(cell(sheet, rowOf('Borger Beta'), 'Status')).toBe('Inviteret');
  });

  test('over the three years: exactly one letter per year for each 82+ citizen, none after they ended', () => {
    for (const year of [2025, 2026, 2027]) {
      expect(new Set(lettered[year]).size).toBe(lettered[year].length);
    }
    expect(lettered[2026]).not.toContain('Borger Epsilon');
    expect(lettered[2027]).not.toContain('Borger Zeta');
    expect(col(sheet, 'Besøg meddelt')).toBeGreaterThan(0);
  });
});
