/**
 * Issue 22, item 7, on the built bundle: every column of team text in every sheet fhb sets up is plain text
 * (`@`). Sheets parses a string written or typed into a cell by the cell's number format (the runtime models
 * it for da_DK: "1-2" becomes a date, "007" the number 7, "=…" a formula), so a consultant named like a date or
 * a formula was changed as it was typed into Indstillinger or saved from the sidebar. Each text below must come
 * back as it was typed, through set-up, the sidebar's save, typing after set-up, and the script's own sheets.
 */
import { CLOSURES_TITLE, CONSULTANTS_TITLE, MEETINGS_TITLE, SCALAR_LABELS } from '../../../src/core/sheet/settings-text';
import { SCALAR_FORMATS } from '../../../src/core/sheet/settings-formats';
import type { SettingsView } from '../../../src/core/sidebar/protocol';
import glostrup from '../../../src/core/profiles/builtin/glostrup-2025.json';
import { createRuntime } from '../../runtime';
import { SETTINGS, writeCitizens } from '../sidebar/fixture';

/** Texts Sheets would change if the cell were not plain text, each as a team might type a name or place. */
const PARSEABLE = ['1-2', 'Maj 2', '007', '=SUM(1;2)', '+45 Hallen', '-Jensen', '3/4', '1,5'];

function world() {
  const rt = createRuntime();
  const bundle = rt.load();
  writeCitizens(rt);
  bundle.run('fhbSetup');
  return { rt, bundle };
}

/** The settings grid's first `count` entry rows of a table (0-based), below its title and header. */
function tableRows(grid: unknown[][], title: string, count: number): number[] {
  const start = grid.findIndex((r) => r[0] === title);
  if (start < 0) throw new Error(`no table ${title}`);
  return Array.from({ length: count }, (_, i) => start + 2 + i);
}

describe('Indstillinger: saved from the sidebar, every team text comes back as typed', () => {
  const { rt, bundle } = world();
  const scalars = { municipality: '1-2', department: '=A1', address: '3/4', postcodeCity: '2600', phone: '0045 43 00', phoneHours: '8-9', signature: '-Anne' };
  beforeAll(() => {
    const view = bundle.googleScriptRun('fhbGetSettings') as SettingsView;
    bundle.googleScriptRun('fhbSaveSettings', { ...view.settings, ...scalars, consultants: PARSEABLE });
  });

  test('the sidebar reads back every consultant\'s name and every setting unchanged', () => {
    const saved = (bundle.googleScriptRun('fhbGetSettings') as SettingsView).settings;
    expect(saved.consultants).toEqual(PARSEABLE);
    expect(Object.fromEntries(Object.keys(scalars).map((k) => [k, (saved as Record<string, unknown>)[k]]))).toEqual(scalars);
  });

  test('the cells hold text, and no formula', () => {
    const sheet = rt.sheet('Indstillinger');
    const grid = sheet.getDataRange().getValues();
    const names = tableRows(grid, CONSULTANTS_TITLE, PARSEABLE.length).map((r) => grid[r][0]);
    expect(names).toEqual(PARSEABLE);
    expect(sheet.getDataRange().getFormulas().flat().filter(Boolean)).toEqual([]);
  });
});

describe('Indstillinger: typed after set-up, every cell of team text keeps what was typed', () => {
  const { rt } = world();
  const sheet = rt.sheet('Indstillinger');
  const grid = sheet.getDataRange().getValues();
  const cases: [string, number, number][] = [];
  // [where, row, column], 1-based
  for (const r of tableRows(grid, CONSULTANTS_TITLE, SETTINGS.consultants.length)) {
    for (const [c, what] of [[1, 'Navn'], [2, 'Ugedage'], [3, 'Fra kl.'], [4, 'Til kl.'], [8, 'Fridage']] as const) cases.push([`${CONSULTANTS_TITLE} ${what}`, r + 1, c]);
  }
  for (const r of tableRows(grid, CLOSURES_TITLE, 1)) cases.push([`${CLOSURES_TITLE} Årsag`, r + 1, 3]);
  for (const r of tableRows(grid, MEETINGS_TITLE, 1)) {
    for (const [c, what] of [[1, 'Navn'], [3, 'Kl.'], [4, 'Sted'], [5, 'Adresse'], [7, 'Tilbud'], [8, 'Postnumre']] as const) cases.push([`${MEETINGS_TITLE} ${what}`, r + 1, c]);
  }
  for (const [key, label] of Object.entries(SCALAR_LABELS)) {
    if (SCALAR_FORMATS[key as keyof typeof SCALAR_LABELS] !== '@') continue;
    const r = grid.findIndex((row) => row[0] === label);
    if (r >= 0) cases.push([label, r + 1, 2]);
  }

  test('the cases cover the consultants\' names and every text setting', () => {
    expect(cases.filter(([w]) => w === `${CONSULTANTS_TITLE} Navn`).length).toBe(SETTINGS.consultants.length);
    expect(cases.length).toBeGreaterThan(20);
  });

  test.each(PARSEABLE)('«%s»', (typed) => {
    for (const [, row, column] of cases) sheet.getRange(row, column).setValue(typed);
    expect(cases.map(([where, row, column]) => [where, sheet.getRange(row, column).getValue()])).toEqual(cases.map(([where]) => [where, typed]));
  });
});

describe('Borgere: the team\'s text columns with a dropdown keep what was typed', () => {
  const { rt } = world();
  const sheet = rt.sheet('Borgere');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  test.each(['Konsulent', 'Undtaget', 'Navn', 'Adresse', 'Telefon', 'Noter'])('%s', (header) => {
    const cell = sheet.getRange(3, headers.indexOf(header) + 1);
    for (const typed of PARSEABLE) {
      cell.setValue(typed);
      expect([header, cell.getValue()]).toEqual([header, typed]);
    }
  });
});

describe('Årsrapport: a profile\'s texts are written as text, never as a formula', () => {
  test('target groups named like a formula and like a date', () => {
    const { rt, bundle } = world();
    const profile = JSON.parse(JSON.stringify(glostrup));
    profile.id = 'formel-2025';
    for (const rule of profile.rules) {
      if (rule.code === 'ALDER_80') rule.title = '=1+1';
      if (rule.code === 'ALDER_82') rule.title = '10-12';
    }
    rt.sheet('Indstillinger').getRange('B3').setValue(JSON.stringify(profile));
    bundle.run('fhbYearReport');
    const range = rt.sheet('Årsrapport').getDataRange();
    expect(range.getFormulas().flat().filter(Boolean)).toEqual([]);
    const rows = range.getValues();
    expect(rows.find((r) => r[0] === 'ALDER_80')?.[1]).toBe('=1+1');
    expect(rows.find((r) => r[0] === 'ALDER_82')?.[1]).toBe('10-12');
  });
});
