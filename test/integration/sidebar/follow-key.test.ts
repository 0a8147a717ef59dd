import type { ActionResult, CitizenView, SelectedCitizen } from '../../../src/core/sidebar/protocol';
import { cell, danish, ROW, sidebarWorld, SidebarWorld, wholeSheet } from './fixture';

/**
 * fhbRecordAction follows the citizen, not the row (issue 15), on the built bundle: the sidebar remembers
 * row and key; when the sheet was sorted meanwhile, the write goes to the row that holds the key now
 * (found under the lock by the rule the merge and the scheduler use, core/citizens/locate.ts), and when the
 * citizen is gone it is refused in Danish with nothing changed.
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});

const call = <T>(name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const citizen = (row: number): CitizenView => {
  const answer = call<SelectedCitizen>('fhbSelectedCitizen', { row });
  if (answer.kind !== 'citizen') throw new Error(`row ${row} is empty`);
  return answer.citizen;
};
const refusal = (req: unknown): string => {
  try {
    call('fhbRecordAction', req);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};
/** Sorts the citizens by name, Z to A: Karen Testesen (row 2) goes to row 3, Bent Prøvesen to row 5. */
const sortByNameDescending = () => {
  const sheet = w.rt.sheet('Borgere');
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column: 1, ascending: false });
};

test('sorted meanwhile: Inviteret goes to the row that holds the citizen now, and nobody else changes', () => {
  const karen = citizen(ROW.turns80);
  sortByNameDescending();
  expect(cell(w.rt, 3, 'Navn').value).toBe('Karen Testesen');
  const on2 = cell(w.rt, 2, 'Navn').value;
  expect(on2).not.toBe('Karen Testesen');
  const before = wholeSheet(w.rt);

  const result = call<ActionResult>('fhbRecordAction', { row: ROW.turns80, key: karen.key, action: 'invited', date: karen.today });
  expect(result.kind).toBe('written');
  if (result.kind !== 'written') return;
  expect(result.message).toBe(`Inviteret ${danish(karen.today)} er skrevet i arket. Borgeren står nu i række 3 (arket er sorteret).`);
  expect(result.citizen).toMatchObject({ row: 3, key: karen.key, name: 'Karen Testesen' });
  expect(cell(w.rt, 3, 'Inviteret').shown).toBe(danish(karen.today));
  const after = wholeSheet(w.rt);
  const changed = after.map((row, i) => (JSON.stringify(row) === JSON.stringify(before[i]) ? 0 : i + 1)).filter(Boolean);
  expect(changed).toEqual([3]);
  // Historik names the citizen acted on, not whoever is on row 2 now.
  const history = wholeSheet(w.rt, 'Historik');
  expect(history.slice(1).map((r) => r[3])).toEqual(['Karen Testesen']);
});

test('the overwrite question and its answer follow the citizen too', () => {
  const inge = citizen(ROW.invited);
  sortByNameDescending();
  const req = { row: ROW.invited, key: inge.key, action: 'invited', date: inge.today };
  const asked = call<ActionResult>('fhbRecordAction', req);
  expect(asked).toMatchObject({ kind: 'confirm', existing: [{ header: 'Inviteret', value: '10-02-2025' }] });
  const written = call<ActionResult>('fhbRecordAction', { ...req, overwrite: true });
  expect(written.kind).toBe('written');
  const row = (written as Extract<ActionResult, { kind: 'written' }>).citizen.row;
  expect(row).not.toBe(ROW.invited);
  expect(cell(w.rt, row, 'Navn').value).toBe('Inge Eksempel');
  expect(cell(w.rt, row, 'Inviteret').shown).toBe(danish(inge.today));
});

test.each([
  ['deleted', (rt: SidebarWorld['rt']) => rt.sheet('Borgere').deleteRow(ROW.turns80)],
  ['renamed (a new CPR number)', (rt: SidebarWorld['rt']) => rt.sheet('Borgere').getRange('B2').setValue('100545-9999' as never)],
])('the citizen %s since the sidebar read them: refused in Danish, nothing changed', (_what, edit) => {
  const karen = citizen(ROW.turns80);
  edit(w.rt);
  const before = wholeSheet(w.rt);
  const message = refusal({ row: ROW.turns80, key: karen.key, action: 'invited', date: karen.today });
  expect(message).toBe('Borgeren fra række 2 kan ikke findes i arket Borgere (rækken er slettet, navn eller CPR er ændret, eller borgeren står på flere rækker). Markér borgeren igen. Intet er ændret.');
  expect(wholeSheet(w.rt)).toEqual(before);
  expect(w.rt.spreadsheet.findSheet('Historik')?.getLastRow() ?? 0).toBeLessThanOrEqual(1);
});

test('a citizen on two rows (a pasted duplicate) is not guessed: refused, nothing changed', () => {
  const karen = citizen(ROW.turns80);
  const sheet = w.rt.sheet('Borgere');
  const width = sheet.getLastColumn();
  const karenRow = sheet.getRange(2, 1, 1, width).getValues();
  sheet.getRange(2, 1, 1, width).setValues(sheet.getRange(3, 1, 1, width).getValues());
  sheet.getRange(10, 1, 1, width).setValues(karenRow);
  sheet.getRange(11, 1, 1, width).setValues(karenRow);
  const before = wholeSheet(w.rt);
  expect(refusal({ row: ROW.turns80, key: karen.key, action: 'invited', date: karen.today })).toMatch(/^Borgeren fra række 2 kan ikke findes/);
  expect(wholeSheet(w.rt)).toEqual(before);
});
