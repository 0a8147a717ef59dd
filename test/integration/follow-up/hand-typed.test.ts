import { cell, ROW, setCell, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from '../history/world';

/**
 * A follow-up typed by hand into Besøg reaches Borgere's Opfølgning column with the daily run (and
 * «Opdater nu»), as *Registrér besøget* writes it (issue 24 item 5): the citizen is Opfølgning from that
 * day. A later date the form wrote is kept; a follow-up already closed by a Gennemført is not written; a
 * key that names no citizen writes nothing and is said by row number, never by key or CPR number.
 * Built bundle, Glostrup 2025, the runtime's clock at 1 March 2025.
 */
let w: SidebarWorld;
const { citizen } = sidebarCalls(() => w);
const at = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

function typeVisits(rows: Record<string, unknown>[]): void {
  const sheet = w.rt.sheet('Besøg');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  rows.forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) sheet.getRange(i + 2, headers.indexOf(h) + 1).setValue(v as never);
  });
}

function keyHeaderNote(): string {
  const sheet = w.rt.sheet('Besøg');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  return sheet.getRange(1, headers.indexOf('Nøgle') + 1).getNote();
}

beforeEach(() => {
  w = sidebarWorld();
  const bent = citizen(ROW.turns75).key;
  const poul = citizen(ROW.widowed).key;
  // The form wrote Bent a later follow-up than the hand-typed row: it stays.
  setCell(w.rt, ROW.turns75, 'Opfølgning', at('2025-05-01'));
  // Poul's follow-up of 20-02 was done on 25-02 (recorded the old way in Borgere).
  setCell(w.rt, ROW.widowed, 'Gennemført', at('2025-02-25'));
  typeVisits([
    { Nøgle: '100545-1234', Navn: 'Karen Testesen', Dato: '10-02-2025', Form: 'Hjemmebesøg', Opfølgning: '15-04-2025' },
    { Nøgle: bent, Navn: 'Bent Prøvesen', Dato: '12-02-2025', Opfølgning: '20-03-2025' },
    { Nøgle: poul, Dato: '12-02-2025', Opfølgning: '20-02-2025' },
    // Nobody in Borgere has this CPR number.
    { Nøgle: '010130-4321', Navn: 'Ingen Borger', Dato: '14-02-2025', Opfølgning: '01-04-2025', Id: 'r5' },
  ]);
});

test('the daily run writes the open follow-up; from its day the citizen is Opfølgning', () => {
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').value).toBe('');
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').shown).toBe('15-04-2025');
  expect(cell(w.rt, ROW.turns80, 'Status').value).not.toBe('Opfølgning');
  w.rt.clock.set(new Date('2025-04-15T06:00:00Z'));
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Opfølgning');
  expect(citizen(ROW.turns80).status?.label).toBe('Opfølgning');
});

test('a later date the form wrote is kept; a follow-up closed by Gennemført is not written', () => {
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns75, 'Opfølgning').shown).toBe('01-05-2025');
  expect(cell(w.rt, ROW.widowed, 'Opfølgning').value).toBe('');
  // Nobody else got one.
  for (const row of [ROW.hostile, ROW.invited]) expect(cell(w.rt, row, 'Opfølgning').value).toBe('');
});

test('a key with no citizen: nothing written, the visit row named by number, no CPR number or name', () => {
  const before = wholeSheet(w.rt).map((r) => [...r]);
  w.rt.triggers.fire('fhbDailyUpdate');
  const after = wholeSheet(w.rt);
  expect(after.length).toBe(before.length);
  const note = keyHeaderNote();
  expect(note).toMatch(/Rækken 5 i «Besøg» har en opfølgning, men nøglen passer ikke til nogen borger i «Borgere»/);
  expect(note).not.toMatch(/010130|4321|Ingen Borger/);
});

test('«Opdater nu» says what it wrote, and a second run writes nothing more', () => {
  w.bundle.run('fhbRefresh');
  const first = w.rt.ui.toasts.at(-1)?.message ?? '';
  expect(first).toContain('1 opfølgning fra «Besøg» skrevet i «Borgere».');
  expect(first).toContain('Rækken 5 i «Besøg»');
  const once = wholeSheet(w.rt).map((r) => [...r]);
  w.bundle.run('fhbRefresh');
  expect(w.rt.ui.toasts.at(-1)?.message).not.toContain('skrevet i «Borgere»');
  expect(wholeSheet(w.rt)).toEqual(once);
});

test('once a row takes the stray one back (Annulleret, Erstatter), the note says nothing more', () => {
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(keyHeaderNote()).toMatch(/Rækken 5/);
  const sheet = w.rt.sheet('Besøg');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  sheet.getRange(6, headers.indexOf('Form') + 1).setValue('Annulleret');
  sheet.getRange(6, headers.indexOf('Erstatter') + 1).setValue('r5');
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(keyHeaderNote()).not.toMatch(/Rækken/);
});
