import { cell, ROW, setCell, sidebarWorld, SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from './world';

/**
 * The daily trigger keeps the history: a record typed by hand is noticed and appended ("Rettet i arket"),
 * and on the first run of a new calendar year the ended year's records move to Historik and their cells
 * are cleared. Planning ahead (a later reference date) closes nothing. Built bundle, modelled clock.
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});

const { citizen, record } = sidebarCalls(() => w);
const history = () => (w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik').slice(1) : []);
const what = () => history().map((r) => [r[3], r[4], r[6], r[9]]);
const daily = () => w.rt.triggers.fire('fhbDailyUpdate');

test('a record typed by hand is appended once, user unknown; one from the sidebar is not doubled', () => {
  record(citizen(ROW.turns80), { action: 'invited' });
  setCell(w.rt, ROW.turns75, 'Gennemført', new Date('2025-02-20T00:00:00+01:00'));
  daily();
  daily();
  expect(what()).toEqual([
    ['Karen Testesen', 2025, 'Inviteret', 'Sidepanel'],
    ['Bent Prøvesen', 2025, 'Gennemført', 'Rettet i arket'],
    ['Inge Eksempel', 2025, 'Inviteret', 'Rettet i arket'],
  ]);
  expect(history().filter((r) => r[9] === 'Rettet i arket').every((r) => r[1] === 'ukendt')).toBe(true);
});

test('New Year: the ended year moves to Historik and the record cells are cleared; nothing is lost', () => {
  record(citizen(ROW.turns80), { action: 'invited' });
  record(citizen(ROW.turns80), { action: 'booked', date: '2025-03-10', time: '10:00', consultant: 'Bo Berg' });
  setCell(w.rt, ROW.turns80, 'Frabedt', 'x'); // an undated tick
  daily();
  // Planning ahead: a later reference date closes nothing (the close follows the clock).
  w.rt.sheet('Indstillinger').getRange('B2').setValue(new Date('2026-02-01T00:00:00+01:00'));
  w.rt.clock.set(new Date('2025-12-31T12:00:00Z'));
  daily();
  expect(cell(w.rt, ROW.turns80, 'Inviteret').value).not.toBe('');
  expect(cell(w.rt, ROW.invited, 'Inviteret').value).not.toBe('');
  const beforeClose = history().length;

  w.rt.clock.set(new Date('2025-12-31T23:30:00Z')); // 00:30 on 1 January 2026 in Copenhagen
  daily();
  for (const header of ['Inviteret', 'Besøg', 'Konsulent', 'Frabedt']) expect(cell(w.rt, ROW.turns80, header).value).toBe('');
  expect(cell(w.rt, ROW.invited, 'Inviteret').value).toBe('');
  const rows = history();
  // The undated tick was logged for 2025 when first seen; the close adds nothing the history had.
  expect(rows.length).toBe(beforeClose);
  expect(rows.filter((r) => r[3] === 'Karen Testesen').map((r) => [r[4], r[6]])).toEqual([
    [2025, 'Inviteret'], [2025, 'Besøg aftalt'], [2025, 'Frabedt'],
  ]);
  expect(w.rt.sheet('Indstillinger').displayValuesOf('B2')[0][0]).toBe('01-01-2026');
  // A second run of the new year changes nothing more.
  daily();
  expect(history().length).toBe(beforeClose);
});
