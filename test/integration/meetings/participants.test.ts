import { HOSTILE_NAME, ROW, SETTINGS, setCell, sidebarWorld, SidebarWorld, wholeSheet, writeSettings } from '../sidebar/fixture';

/**
 * The menu item Deltagerlister on the built bundle: one printable sheet with a list per meeting (Glostrup's
 * information meetings, G183-192), participants by name with address and phone, no CPR number, every cell
 * text as typed (a hostile name is not a formula), rebuilt from scratch each time.
 */

let w: SidebarWorld;
const APRIL = 'Informationsmøde april';
const MAY = 'Informationsmøde maj';

beforeEach(() => {
  w = sidebarWorld();
  writeSettings(w.rt, { ...SETTINGS, meetings: SETTINGS.meetings.map((m) => ({ ...m, capacity: 3 })) });
  setCell(w.rt, ROW.turns80, 'Arrangement', MAY);
  setCell(w.rt, ROW.turns75, 'Arrangement', APRIL);
  setCell(w.rt, ROW.hostile, 'Arrangement', APRIL);
  setCell(w.rt, ROW.invited, 'Arrangement', 'Sommerfest');
});

const lines = () => wholeSheet(w.rt, 'Deltagerlister').map((r) => r.filter((c) => c !== '').join(' | '));

test('one list per meeting, by name, with address and phone, and no CPR number; the sheet is shown', () => {
  w.bundle.run('fhbShowParticipants');
  expect(lines()).toEqual([
    expect.stringMatching(/^Deltagerlister pr\. \d\d-\d\d-\d{4}, sorteret efter navn\. Uden CPR-nummer\./),
    'Ikke med: 1 række med «Sommerfest», som ikke står i Indstillinger (Arrangementer).',
    '',
    `${APRIL}: tirsdag den 8. april 2025 kl. 10.00-12.00, Rådhuset, Rådhusvej 1`,
    '2 deltagere af 3 pladser',
    'Nr. | Navn | Adresse | Telefon | Deltog',
    // "<" sorts before letters: the hostile name first, as text.
    `1 | ${HOSTILE_NAME} | "><script>alert(2)</script>, 2600 Glostrup`,
    '2 | Bent Prøvesen | Eksempelgade 7, 2600 Glostrup',
    '',
    `${MAY}: tirsdag den 13. maj 2025 kl. 10.00-12.00, Biblioteket, Bogvej 2`,
    '1 deltager af 3 pladser',
    'Nr. | Navn | Adresse | Telefon | Deltog',
    '1 | Karen Testesen | Prøvevej 1, 2600 Glostrup | 40506070',
  ]);
  expect(JSON.stringify(wholeSheet(w.rt, 'Deltagerlister'))).not.toMatch(/\d{6}-?\d{4}/);
  expect(w.rt.spreadsheet.activeSheet).toBe(w.rt.sheet('Deltagerlister'));
  expect(w.rt.ui.toasts.some((t) => t.message === '2 deltagerlister med 3 deltagere i alt.')).toBe(true);
});

test('rebuilt each time: a citizen moved off a meeting leaves no old row behind', () => {
  w.bundle.run('fhbShowParticipants');
  setCell(w.rt, ROW.hostile, 'Arrangement', '');
  w.bundle.run('fhbShowParticipants');
  expect(lines()).not.toContainEqual(expect.stringContaining(HOSTILE_NAME));
  expect(lines()).toContain('1 deltager af 3 pladser');
});

test('the menu has the item, next to Opkaldsliste', () => {
  w.bundle.runInAuthModeNone('onOpen');
  expect(w.rt.ui.findItem('Deltagerlister')?.functionName).toBe('fhbShowParticipants');
});
