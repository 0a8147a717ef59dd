/**
 * The call list on the built bundle: Glostrup's bereaved and spouse-moved citizens are rung 6-8 weeks
 * after the event, and get a letter when not reached (seeds/000_cc92dfafa4735e3c.txt lines 214-227).
 * Reference date 26 March 2025.
 */
import type { CallView } from '../../../src/core/calls/list';
import { CALL_HEADERS_EXPECTED, ROW, type World, headersOf, letter, wholeSheet, world } from './fixture';

let w: World;
beforeEach(() => {
  w = world();
});

const callList = () => (w.bundle.googleScriptRun('fhbCallList') as { calls: CallView[] }).calls;

describe('fhbCallList', () => {
  test('the open windows, most urgent first (latest acceptable day ascending)', () => {
    const calls = callList();
    expect(calls.map((c) => c.row)).toEqual([ROW.widowOverdue, ROW.widowLetterDue, ROW.spouseMoved, ROW.widowed80]);
    expect(calls.map((c) => [c.windowFrom, c.windowTo])).toEqual([
      ['2025-03-03', '2025-03-17'],
      ['2025-03-19', '2025-04-02'],
      ['2025-03-24', '2025-04-07'],
      ['2025-03-26', '2025-04-09'],
    ]);
  });

  test('the window that closed is flagged overdue; the others are not', () => {
    expect(callList().map((c) => c.overdue)).toEqual([true, false, false, false]);
  });

  test('"ikke truffet" in Opkald makes the letter due (G218-219)', () => {
    const widow = callList().find((c) => c.row === ROW.widowLetterDue)!;
    expect(widow).toMatchObject({ code: 'EFTERLADT', label: 'Sorgstøttesamtale', phone: '50000001', letterDue: true });
    expect(widow.attempts).toEqual([{ day: '2025-03-24', text: 'ikke truffet', notReached: true }]);
    expect(callList().filter((c) => c.letterDue).map((c) => c.row)).toEqual([ROW.widowLetterDue]);
  });

  test('the spouse-moved get the senior talk (G222-227); a window not yet open is left out', () => {
    const calls = callList();
    expect(calls.find((c) => c.row === ROW.spouseMoved)?.code).toBe('AEGTEFAELLE_FLYTTET');
    expect(calls.some((c) => c.row === ROW.widowNotYet)).toBe(false);
  });

  test('recording a call (the sidebar appends to Opkald) changes the list', () => {
    const c = headersOf(w.rt).indexOf('Opkald') + 1;
    w.rt.sheet('Borgere').getRange(ROW.spouseMoved, c).setValue('25-03-2025 ikke truffet');
    expect(callList().find((x) => x.row === ROW.spouseMoved)?.letterDue).toBe(true);
  });

  test('no CPR number in the answer', () => {
    const text = JSON.stringify(callList());
    expect(text).not.toMatch(/\d{6}-?\d{4}/);
  });
});

describe('fhbShowCallList', () => {
  test('writes the sheet Opkaldsliste in one batch, Danish headers, no CPR, and shows it', () => {
    const writes = w.rt.calls.count('Range.setValues');
    w.bundle.run('fhbShowCallList');
    expect(w.rt.calls.count('Range.setValues') - writes).toBe(1);
    const table = wholeSheet(w.rt, 'Opkaldsliste');
    expect(table[0]).toEqual(CALL_HEADERS_EXPECTED);
    expect(String(table[1][0])).toMatch(/^4 borgere skal ringes op \(referencedato 26-03-2025\)/);
    expect(table.slice(2).map((r) => r[0])).toEqual([ROW.widowOverdue, ROW.widowLetterDue, ROW.spouseMoved, ROW.widowed80]);
    expect(table[3]).toEqual(expect.arrayContaining(['Enke Brev', '50000001', 'EFTERLADT', 1, '24-03-2025 ikke truffet', 'Ja']));
    expect(table[2][CALL_HEADERS_EXPECTED.indexOf('Overskredet')]).toBe('Ja');
    expect(JSON.stringify(table)).not.toMatch(/\d{6}-?\d{4}/);
    const sheet = w.rt.sheet('Opkaldsliste');
    expect(w.rt.spreadsheet.activeSheet).toBe(sheet);
    const from = letter(CALL_HEADERS_EXPECTED.indexOf('Ring fra') + 1);
    expect(sheet.displayValuesOf(`${from}3`)[0][0]).toBe('03-03-2025');
    expect(w.rt.ui.toasts.some((t) => t.message === '4 borgere på opkaldslisten.')).toBe(true);
  });

  test('rebuilt each time: a shorter list leaves no old rows behind', () => {
    w.bundle.run('fhbShowCallList');
    const c = headersOf(w.rt).indexOf('Inviteret') + 1;
    for (const row of [ROW.widowOverdue, ROW.widowLetterDue, ROW.spouseMoved]) {
      w.rt.sheet('Borgere').getRange(row, c).setValue('25-03-2025');
    }
    w.bundle.run('fhbShowCallList');
    const table = wholeSheet(w.rt, 'Opkaldsliste');
    expect(table).toHaveLength(3);
    expect(table[2][0]).toBe(ROW.widowed80);
  });
});
