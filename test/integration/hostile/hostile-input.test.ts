import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';
import { CITIZENS, sidebarWorld, SidebarWorld } from '../sidebar/fixture';

/**
 * Issue 15, acceptance: the same list of nasty values through every user-facing path of the built bundle
 * (sheet functions, sidebar endpoints, merge preview, call list, year report). Each value is put into the
 * birth date and the name of one row among ordinary ones. No crash, no lost row, no unmasked CPR number,
 * no formula written, and a Danish message that names the row where the path reports per row.
 */

const cph = makeZone('Europe/Copenhagen');
const NASTY: [string, unknown][] = [
  ['CPR with a space', '010150 1234'],
  ['CPR with an en dash', '010150\u20131234'],
  ['CPR that lost its leading zero', 101501234],
  ['CPR glued to a letter', 'x0101501234'],
  ['CPR with an impossible date', '3201501234'],
  ['year 275760', new Date(Date.UTC(275760, 8, 12))],
  ['a negative year', new Date(Date.UTC(-5, 0, 1))],
  ['a vertical tab', 'Anna\u000bAndersen'],
  ['U+FFFF', 'Bent\uffff'],
  ['a formula-looking name', '+HYPERLINK("http://x")'],
  ['terminal escapes', '\u001b]8;;http://evil\u0007x\u001b[2J'],
  ['HTML', '<img src=x onerror=alert(1)>'],
  ['a prototype key', '__proto__'],
  ['replacement patterns', '$1 $& {{Navn}}'],
  ['50,000 characters', `${'a '.repeat(25_000)}10:00`],
];

const WHOLE_CPR = /(?<!\d)\d{5,6}[-\u2010-\u2015 \u00a0]?\d{4}(?!\d)/;
const ROW = 3; // the nasty row (row 2 is an ordinary citizen)

function world(value: unknown): SidebarWorld {
  const w = sidebarWorld();
  const sheet = w.rt.sheet('Borgere');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[];
  const at = (h: string) => headers.indexOf(h) + 1;
  sheet.getRange(ROW, at('Fødselsdato')).setValue(value as never);
  sheet.getRange(ROW, at('Navn')).setValue(typeof value === 'string' ? (value as never) : ('Nasty Navnesen' as never));
  return w;
}

const texts = (v: unknown): string => JSON.stringify(v ?? null);
const danishRowMessage = (s: string) => /række|fødselsdato|Række/.test(s);

describe.each(NASTY)('%s', (_label, value) => {
  let w: SidebarWorld;
  beforeAll(() => {
    w = world(value);
  });

  test('sheet functions: one row out per row in, the bad row a Danish FEJL, no CPR number', () => {
    const births = [[cph.toDate(dayFromYmd(1945, 5, 10))], [value], [cph.toDate(dayFromYmd(1950, 8, 20))]];
    for (const fn of ['FHB_PLAN', 'FHB_OFFER', 'FHB_AGE', 'FHB_TURNS']) {
      const out = w.bundle.callCustomFunction(fn, births, '', '01-03-2025') as unknown[][];
      expect([fn, out.length]).toEqual([fn, 3]);
      expect(texts(out)).not.toMatch(WHOLE_CPR);
      expect(texts(out)).not.toContain('NaN');
      const cellText = String(out[1][0]);
      if (cellText.startsWith('FEJL')) expect(cellText).toMatch(/^FEJL: fødselsdato/);
    }
    let single: unknown;
    try {
      single = w.bundle.callCustomFunction('FHB_PLAN', value, '', '01-03-2025');
    } catch (e) {
      single = (e as Error).message;
      expect(String(single)).toMatch(/^fødselsdato: /);
    }
    expect(texts(single)).not.toMatch(WHOLE_CPR);
    expect(texts(single)).not.toContain('NaN');
  });

  test('sidebar: the row is shown or refused in Danish, never a whole CPR number', () => {
    const shown = w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW });
    expect(shown).not.toBeNull();
    expect(texts(shown)).not.toMatch(WHOLE_CPR);
    expect(texts(shown)).not.toContain('NaN');
    const view = (shown as { citizen?: { problem?: string } }).citizen;
    if (view?.problem) expect(danishRowMessage(view.problem)).toBe(true);
  });

  test('call list, merge preview and year report: no crash, the row not lost, no CPR number', () => {
    const calls = w.bundle.googleScriptRun('fhbCallList');
    expect(texts(calls)).not.toMatch(WHOLE_CPR);
    const preview = w.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { problems: { row: number; field: string }[] };
    expect(texts(preview)).not.toMatch(WHOLE_CPR);
    w.bundle.run('fhbYearReport');
    const report = w.rt.sheet('Årsrapport').getDataRange().getValues();
    expect(texts(report)).not.toMatch(WHOLE_CPR);
    // every row of the sheet is still there, unchanged in number
    expect(w.rt.sheet('Borgere').getLastRow()).toBe(CITIZENS.length + 1);
  });
});
