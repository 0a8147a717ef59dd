import { cph, ROW, sidebarCalls, sidebarWorld, SidebarWorld, wholeSheet } from './world';

/**
 * "Slet ophørte borgere …" on the built bundle (clock 2025-03-01): citizens ended more than the
 * setting's months ago are deleted after a confirmation that names how many; their history rows keep
 * year, code and events but lose name and key.
 */
let w: SidebarWorld;
const { citizen, record } = sidebarCalls(() => w);
const names = () => wholeSheet(w.rt).slice(1).map((r) => r[0]).filter((n) => n !== '');

beforeEach(() => {
  w = sidebarWorld();
  const sheet = w.rt.sheet('Borgere');
  // Set-up makes Ophørt and Ophørsårsag side by side.
  const at = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[]).indexOf('Ophørt') + 1;
  expect(sheet.getRange(1, at + 1).getValue()).toBe('Ophørsårsag');
  // Karen ended 14 months ago, Bent 2 months ago, Inge 13 months ago.
  sheet.getRange(ROW.turns80, at, 1, 2).setValues([[cph(2024, 1, 10), 'død']]);
  sheet.getRange(ROW.turns75, at, 1, 2).setValues([[cph(2025, 1, 2), 'fraflyttet']]);
  sheet.getRange(ROW.invited, at, 1, 2).setValues([[cph(2024, 2, 1), 'plejebolig']]);
});

test('asks naming how many, and "Nej" deletes nothing', () => {
  const before = wholeSheet(w.rt);
  w.rt.ui.answers.push('NO');
  w.bundle.run('fhbDeleteEnded');
  expect(w.rt.ui.alerts[0].prompt).toMatch(/^Slet 2 borgere, der ophørte for mere end 12 måneder siden\?/);
  expect(wholeSheet(w.rt)).toEqual(before);
});

test('"Ja" deletes the rows; Historik keeps year, code and events without name or key; "Slettet" logged', () => {
  record(citizen(ROW.turns80), { action: 'invited' });
  record(citizen(ROW.turns80), { action: 'declined' });
  record(citizen(ROW.turns75), { action: 'invited' });
  const karenKey = citizen(ROW.turns80).key;
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbDeleteEnded');
  expect(names()).not.toContain('Karen Testesen');
  expect(names()).not.toContain('Inge Eksempel');
  expect(names()).toContain('Bent Prøvesen');
  const history = wholeSheet(w.rt, 'Historik').slice(1);
  expect(history.flat().join('|')).not.toContain('Karen');
  expect(history.map((r) => r[2])).not.toContain(karenKey);
  const karen = history.filter((r) => r[3] === '' && r[6] !== 'Slettet');
  expect(karen.map((r) => [r[4], r[5], r[6]])).toEqual([[2025, 'ALDER_80', 'Inviteret'], [2025, 'ALDER_80', 'Frabedt']]);
  expect(new Set(karen.map((r) => r[2])).size).toBe(1);
  expect(String(karen[0][2])).toMatch(/^slettet-/);
  const deleted = history.filter((r) => r[6] === 'Slettet');
  expect(deleted).toHaveLength(2);
  expect(deleted.map((r) => r[9])).toEqual(['Sletning', 'Sletning']);
  expect(deleted.some((r) => r[2] === karen[0][2])).toBe(true);
  // Bent's history is untouched.
  expect(history.some((r) => r[3] === 'Bent Prøvesen')).toBe(true);
  // The computed columns still work for the rows left (row 2 held their formulas).
  expect(citizen(2).name).toBe('Bent Prøvesen');
  expect(wholeSheet(w.rt)[1].join('|')).toContain('ALDER_75');
});

test('a shorter retention in Indstillinger deletes more', () => {
  const settings = w.rt.sheet('Indstillinger');
  const labels = settings.valuesOf('A1:A30').map((r) => r[0]);
  const row = labels.indexOf('Slet ophørte efter (måneder)') + 1;
  expect(row).toBeGreaterThan(0);
  settings.getRange(row, 2).setValue(1);
  w.rt.ui.answers.push('YES');
  w.bundle.run('fhbDeleteEnded');
  expect(w.rt.ui.alerts[0].prompt).toMatch(/^Slet 3 borgere, der ophørte for mere end 1 måned siden\?/);
  expect(names()).toEqual([expect.stringContaining('<img'), 'Poul Ringesen']);
});
