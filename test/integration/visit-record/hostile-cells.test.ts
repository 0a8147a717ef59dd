import { cell, ROW, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from '../history/world';

/**
 * A tester's sweep of the visit sheet Besøg (issue 24) with cells typed by hand, on the built bundle: each
 * hostile row (row 2) sits beside one ordinary visit of Karen's (row 3), then the year report, the sidebar
 * and the daily run read the sheet. None may crash; a row that is garbage is not a visit, and a row the
 * report could not read wholly is named by number under its summary (never counted blind); no CPR number,
 * typed note or markup reaches the report sheet. Glostrup 2025 on the runtime's clock (1 March 2025).
 */
let w: SidebarWorld;
const { citizen } = sidebarCalls(() => w);
const KAREN = '100545-1234';
const DAY = '10-02-2025';
const ORDINARY = { Nøgle: KAREN, Dato: '12-02-2025', Form: 'Telefonsamtale', Temaer: 'trivsel' };

function typeVisits(rows: Record<string, unknown>[]): void {
  const sheet = w.rt.sheet('Besøg');
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  rows.forEach((r, i) => {
    for (const [h, v] of Object.entries(r)) sheet.getRange(i + 2, headers.indexOf(h) + 1).setValue(v as never);
  });
}

/** What the report should make of the hostile row: counted whole, counted without a bad cell, or left out. */
type Outcome = 'counted' | 'partly' | 'left out';

const SECRET = /\d{6}-?\d{4}|<script|onerror|græder|#N\/A/;
const at = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

const CASES: [string, Record<string, unknown>, Outcome][] = [
  // Apps Script reads an error cell as its code; Nøgle is plain text, so a typed =NA() would stay text.
  ['a Sheets error as the key', { Nøgle: '#N/A', Dato: DAY }, 'left out'],
  ['#REF! as the key', { Nøgle: '#REF!', Dato: DAY }, 'left out'],
  ['a Sheets error as the date', { Nøgle: KAREN, Dato: '=NA()' }, 'left out'],
  ['text in the date column', { Nøgle: KAREN, Dato: 'i går' }, 'left out'],
  ['a Sheets error as the form', { Nøgle: KAREN, Dato: DAY, Form: '=NA()' }, 'left out'],
  ['a date in the minutes column', { Nøgle: KAREN, Dato: DAY, Minutter: at('2025-02-10') }, 'partly'],
  ['a date in the stands column', { Nøgle: KAREN, Dato: DAY, 'Rejse-sætte-sig': at('2025-02-10') }, 'partly'],
  ['«12,5» stands', { Nøgle: KAREN, Dato: DAY, 'Rejse-sætte-sig': '12,5' }, 'partly'],
  ['-1 stands', { Nøgle: KAREN, Dato: DAY, 'Rejse-sætte-sig': -1 }, 'partly'],
  ['a Sheets error as the sex', { Nøgle: KAREN, Dato: DAY, Køn: '=NA()' }, 'partly'],
  ['a Sheets error as the follow-up', { Nøgle: KAREN, Dato: DAY, Opfølgning: '=NA()' }, 'partly'],
  // As the form refuses them: one before the visit would make Karen due at once, one in 2200 never.
  ['a follow-up before the visit', { Nøgle: KAREN, Dato: DAY, Opfølgning: '01-01-2025' }, 'partly'],
  ['a follow-up in 2200', { Nøgle: KAREN, Dato: DAY, Opfølgning: '10-02-2200' }, 'partly'],
  ['a CPR number as a theme', { Nøgle: KAREN, Dato: DAY, Temaer: '010130-4321' }, 'partly'],
  ['a journal note as a theme', { Nøgle: KAREN, Dato: DAY, Temaer: 'Borgeren græder meget efter mandens død' }, 'partly'],
  ['markup as a referral', { Nøgle: KAREN, Dato: DAY, Henvisninger: '<script>alert(1)</script>' }, 'partly'],
  ['a Sheets error as a theme', { Nøgle: KAREN, Dato: DAY, Temaer: '#N/A' }, 'partly'],
  ['50,000 spaces in text cells', { Nøgle: KAREN, Dato: DAY, Konsulent: ' '.repeat(50_000), Temaer: ' '.repeat(50_000), Form: ' '.repeat(50_000) }, 'counted'],
  ['a CPR number as the offer code', { Nøgle: KAREN, Dato: DAY, Tilbud: '010130-4321' }, 'counted'],
  ['markup as the reading', { Nøgle: KAREN, Dato: DAY, 'Rejse-sætte-sig': 7, Læsning: '<img src=x onerror=alert(1)>' }, 'counted'],
  ['a visit in 1850 (not this year: not counted, not wrong)', { Nøgle: KAREN, Dato: '10-02-1850' }, 'left out'],
];

describe.each(CASES)('%s', (_label, hostile, outcome) => {
  let report: unknown[][];
  beforeAll(() => {
    w = sidebarWorld();
    typeVisits([hostile, ORDINARY]);
    w.bundle.run('fhbYearReport');
    report = wholeSheet(w.rt, 'Årsrapport');
  });

  test('the report runs, counts the row as it should, and names a row it could not read wholly', () => {
    expect(w.rt.ui.alerts).toEqual([]);
    const part = report.slice(report.findIndex((r) => r[0] === 'Besøg i året'));
    const summary = String(part[1][0]);
    const visits = outcome === 'left out' ? 1 : 2;
    expect(summary).toMatch(new RegExp(`^1 person med mindst ét afholdt besøg; ${visits} afholdte besøg`));
    const named = /Række 2 i besøgsregistreringen har fejl og er ikke talt med, helt eller delvis\. Ret den/.test(summary);
    const wrongYear = hostile.Dato === '10-02-1850';
    expect(named).toBe(outcome !== 'counted' && !wrongYear);
    expect(summary).not.toMatch(/Række 3/);
  });

  test('no CPR number, typed note, markup or error value on the report sheet', () => {
    expect(report.flat().map(String).join('\n')).not.toMatch(SECRET);
  });

  test('the sidebar and the daily run read the sheet without a crash', () => {
    expect(citizen(ROW.turns80).name).toBe('Karen Testesen');
    w.rt.triggers.fire('fhbDailyUpdate');
    expect(w.rt.ui.alerts).toEqual([]);
  });
});

test.each([
  ['a sound follow-up is written (the control)', '15-04-2025', '15-04-2025'],
  ['one before the visit is not: Karen would be due at once', '01-01-2025', ''],
  ['one on the visit day is not', DAY, ''],
  ['one in 2200 is not: Karen would never be due again', '10-02-2200', ''],
  ['one after the end of next year is not', '01-01-2027', ''],
])('a typed follow-up and the daily run: %s', (_label, followUp, written) => {
  w = sidebarWorld();
  typeVisits([{ Nøgle: KAREN, Dato: DAY, Opfølgning: followUp }]);
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').shown).toBe(written);
});
