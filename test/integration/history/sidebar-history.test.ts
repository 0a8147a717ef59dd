import { ROW, sidebarWorld, SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from './world';

/**
 * The history on the built bundle: each sidebar action appends one row to Historik under the same lock as
 * its write, with who did it (the signed-in user's e-mail), which citizen, year, offer and what happened.
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});

const { citizen, record } = sidebarCalls(() => w);
const history = () => (w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik') : []);

test('every sidebar action is one history row: who, citizen, year, offer, what, from where', () => {
  const karen = citizen(ROW.turns80);
  expect(history()).toEqual([]);
  expect(record(karen, { action: 'invited' }).kind).toBe('written');
  expect(record(citizen(ROW.turns80), { action: 'booked', date: '2025-03-10', time: '10:00', consultant: 'Bo Berg' }).kind).toBe('written');
  expect(record(citizen(ROW.turns80), { action: 'booked', date: '2025-03-11', time: '11:00', overwrite: true }).kind).toBe('written');
  expect(record(citizen(ROW.turns80), { action: 'notReached' }).kind).toBe('written');

  // Making Historik did not move the consultant off Borgere (insertSheet activates the new sheet).
  expect(w.rt.spreadsheet.getActiveSheet().getName()).toBe('Borgere');
  const rows = history();
  expect(rows[0]).toEqual(['Tidspunkt', 'Bruger', 'Borgernøgle', 'Navn', 'Planår', 'Kode', 'Hændelse', 'Dato', 'Detaljer', 'Kilde']);
  const body = rows.slice(1).map((r) => [r[1], r[2], r[3], r[4], r[5], r[6], r[8], r[9]]);
  expect(body).toEqual([
    ['konsulent1@kommune.dk', karen.key, 'Karen Testesen', 2025, 'ALDER_80', 'Inviteret', '', 'Sidepanel'],
    ['konsulent1@kommune.dk', karen.key, 'Karen Testesen', 2025, 'ALDER_80', 'Besøg aftalt', 'Bo Berg', 'Sidepanel'],
    ['konsulent1@kommune.dk', karen.key, 'Karen Testesen', 2025, 'ALDER_80', 'Besøg flyttet', '', 'Sidepanel'],
    ['konsulent1@kommune.dk', karen.key, 'Karen Testesen', 2025, 'ALDER_80', 'Ringet – ikke truffet', '', 'Sidepanel'],
  ]);
  const shown = w.rt.sheet('Historik').displayValuesOf('H3:H4');
  expect(shown).toEqual([['10-03-2025 10:00'], ['11-03-2025 11:00']]);
});

test('a refused or unchanged action writes no history', () => {
  const inge = citizen(ROW.invited);
  expect(record(inge, { action: 'invited', date: '2025-02-10' }).kind).toBe('unchanged');
  expect(() => record({ ...inge, key: 'en anden' }, { action: 'done' })).toThrow(/kan ikke findes i arket Borgere/);
  expect(history()).toEqual([]);
});

test('the history sheet is protected with a warning only, and a hidden sheet still takes rows', () => {
  record(citizen(ROW.turns80), { action: 'invited' });
  const sheet = w.rt.spreadsheet.findSheet('Historik')!;
  const protections = sheet.getProtections('SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType);
  expect(protections).toHaveLength(1);
  expect(protections[0].isWarningOnly()).toBe(true);
  sheet.hideSheet();
  record(citizen(ROW.turns75), { action: 'invited' });
  expect(history()).toHaveLength(3);
});

test('appending does not grow with the history: the same service calls for the 1st and the 2,001st row', () => {
  const karen = citizen(ROW.turns80);
  record(karen, { action: 'invited' });
  const calls = () => {
    w.rt.calls.reset();
    record(citizen(ROW.turns80), { action: 'notReached' });
    return w.rt.calls.total();
  };
  const small = calls();
  const sheet = w.rt.sheet('Historik');
  const filler = Array.from({ length: 2000 }, () => sheet.valuesOf('A2:J2')[0]);
  sheet.insertRowsAfter(sheet.getMaxRows(), 2000);
  sheet.getRange(sheet.getLastRow() + 1, 1, 2000, 10).setValues(filler as never);
  expect(calls()).toBe(small);
});

