import { cell, ROW, setCell, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from '../history/world';
import type { ActionResult } from '../../../src/core/sidebar/protocol';

/**
 * *Registrér besøget* on the built bundle (issue 24 items 1, 5 and 8): one row in the visit sheet Besøg
 * with the citizen's stable key, never rewritten; this year's Gennemført and a Historik event; the
 * follow-up date makes the citizen Opfølgning on that day (Status column and sidebar); deleting an ended
 * citizen wipes their visit rows' key and name. Glostrup 2025 on the runtime's clock (1 March 2025).
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});
const { call, citizen } = sidebarCalls(() => w);
const register = (row: number, req: Record<string, unknown>) => {
  const view = citizen(row);
  return call<ActionResult>('fhbRegisterVisit', { row: view.row, key: view.key, date: view.today, form: 'home', themes: [], referrals: [], ...req });
};
const visits = () => wholeSheet(w.rt, 'Besøg');
const column = (header: string) => {
  const [headers, ...rows] = visits();
  return rows.map((r) => r[headers.indexOf(header)]);
};

test('set-up makes the visit sheet: its headers, protected with a warning', () => {
  const [headers] = visits();
  expect(headers).toEqual(expect.arrayContaining(['Nøgle', 'Navn', 'Dato', 'Form', 'Temaer', 'Rejse-sætte-sig', 'Henvisninger', 'Opfølgning', 'Id', 'Erstatter']));
  const protections = w.rt.sheet('Besøg').getProtections('SHEET' as never);
  expect(protections.map((p) => p.isWarningOnly())).toEqual([true]);
});

test('a visit with a follow-up: one row with the key, Gennemført, Historik; Opfølgning from its day', () => {
  const view = citizen(ROW.turns80);
  const result = register(ROW.turns80, { minutes: 75, consultant: 'Anne Andersen', chairStand: 11, followUp: '2025-04-15' });
  expect(result.kind).toBe('written');
  expect(column('Nøgle')).toEqual([view.key]);
  expect(column('Navn')).toEqual(['Karen Testesen']);
  expect(column('Rejse-sætte-sig')).toEqual([11]);
  // Karen (born 10-05-1945, CPR ends in 4: kvinde) is 79 on the test day: 10-15 for kvinder 75-79 år.
  expect(String(column('Læsning')[0])).toMatch(/[Ii]nden for normalområdet/);
  expect(cell(w.rt, ROW.turns80, 'Gennemført').shown).toBe('01-03-2025');
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').shown).toBe('15-04-2025');
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Gennemført');
  const history = wholeSheet(w.rt, 'Historik').slice(1);
  expect(history.map((r) => [r[3], r[6]])).toEqual([['Karen Testesen', 'Gennemført']]);
  // No test result or referral in Historik.
  expect(history.flat().join(' ')).not.toMatch(/normalområdet|11/);

  w.rt.clock.set(new Date('2025-04-15T06:00:00Z'));
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Opfølgning');
  expect(citizen(ROW.turns80).status?.label).toBe('Opfølgning');
});

test('a second registration appends, never rewrites; a contact without follow-up closes the open one', () => {
  register(ROW.turns80, { followUp: '2025-04-15' });
  const first = visits().slice(1).map((r) => [...r]);
  w.rt.clock.set(new Date('2025-03-20T09:00:00Z'));
  register(ROW.turns80, { form: 'phone' });
  expect(visits().slice(1, 2)).toEqual(first);
  expect(column('Form')).toEqual(['Hjemmebesøg', 'Telefonsamtale']);
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').value).toBe('');
});

test('bad input changes nothing: a follow-up not after the visit, a day in the future, an unknown code', () => {
  const before = visits().length;
  expect(() => register(ROW.turns80, { followUp: '2025-03-01' })).toThrow(/opfølgning: 01-03-2025 skal ligge efter/);
  expect(() => register(ROW.turns80, { date: '2025-03-02' })).toThrow(/ligger efter i dag/);
  expect(() => register(ROW.turns80, { themes: ['ikke-et-tema'] })).toThrow(/«ikke-et-tema» står ikke på profilens lister/);
  expect(() => register(ROW.turns80, { chairStand: 61 })).toThrow(/må højst være 60/);
  expect(visits().length).toBe(before);
  expect(cell(w.rt, ROW.turns80, 'Gennemført').value).toBe('');
});

test('a citizen without a CPR number: the test needs Køn, asked in the form', () => {
  expect(() => register(ROW.turns75, { chairStand: 12 })).toThrow(/køn: vælg kvinde eller mand/);
  register(ROW.turns75, { chairStand: 12, sex: 'M' });
  expect(column('Køn')).toEqual(['mand']);
});

test('deleting an ended citizen wipes their visit rows\' key and name, and keeps the others', () => {
  register(ROW.turns80, { followUp: '2025-04-15' });
  register(ROW.turns75, {});
  const bent = citizen(ROW.turns75).key;
  setCell(w.rt, ROW.turns80, 'Ophørt', new Date('2023-01-10T00:00:00+01:00'));
  setCell(w.rt, ROW.turns80, 'Ophørsårsag', 'død');
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbDeleteEnded');
  expect(column('Navn')).toEqual(['', 'Bent Prøvesen']);
  expect(String(column('Nøgle')[0])).toMatch(/^slettet-/);
  expect(column('Nøgle')[1]).toBe(bent);
});
