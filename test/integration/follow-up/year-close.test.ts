import { cell, ROW, setCell, sidebarWorld, type SidebarWorld } from '../sidebar/fixture';
import { cph } from '../history/world';

/**
 * Issue 24 item 5: an open follow-up survives the year's close (the New Year run of the daily trigger
 * clears the ended year's records, never the Opfølgning date still due), and a follow-up closed by a newer
 * contact is cleared, so the close cannot open it again. Built bundle, modelled clock, Glostrup 2025.
 */
let w: SidebarWorld;
beforeEach(() => {
  w = sidebarWorld();
});
const daily = () => w.rt.triggers.fire('fhbDailyUpdate');

test('set-up gives Borgere the Opfølgning column, and the Status column reads it', () => {
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').value).toBe('');
  setCell(w.rt, ROW.turns80, 'Gennemført', cph(2025, 2, 20));
  setCell(w.rt, ROW.turns80, 'Opfølgning', cph(2025, 3, 1));
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Opfølgning');
  setCell(w.rt, ROW.turns80, 'Opfølgning', cph(2025, 3, 2));
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Gennemført');
});

test('New Year keeps the open follow-up and clears the closed one; the open one is due on its day', () => {
  setCell(w.rt, ROW.turns80, 'Gennemført', cph(2025, 2, 20));
  setCell(w.rt, ROW.turns80, 'Opfølgning', cph(2026, 2, 2));
  // Closed: a contact held after the follow-up day.
  setCell(w.rt, ROW.turns75, 'Opfølgning', cph(2025, 2, 1));
  setCell(w.rt, ROW.turns75, 'Gennemført', cph(2025, 2, 20));
  daily();
  expect(cell(w.rt, ROW.turns75, 'Opfølgning').value).toBe('');

  w.rt.clock.set(new Date('2025-12-31T23:30:00Z')); // 00:30 on 1 January 2026 in Copenhagen
  daily();
  expect(cell(w.rt, ROW.turns80, 'Gennemført').value).toBe('');
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').shown).toBe('02-02-2026');
  expect(cell(w.rt, ROW.turns80, 'Status').value).not.toBe('Opfølgning');

  w.rt.clock.set(new Date('2026-02-02T06:00:00Z'));
  daily();
  expect(cell(w.rt, ROW.turns80, 'Status').value).toBe('Opfølgning');
});
