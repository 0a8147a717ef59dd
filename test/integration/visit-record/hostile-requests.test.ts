import { cell, ROW, sidebarWorld, type SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { sidebarCalls } from '../history/world';
import type { ActionResult } from '../../../src/core/sidebar/protocol';

/**
 * A tester's sweep of *Registrér besøget* (fhbRegisterVisit), the chair-stand reading (fhbChairStandReading)
 * and the sidebar's record action (fhbRecordAction, same request days) on the built bundle, called as
 * google.script.run calls them with hand-made request objects: missing fields, wrong types, huge strings,
 * codes not in the profile, impossible counts and days far from today. Each gets one Danish message naming
 * the field in Danish (never a JavaScript value, an English field or zod's «Ugyldigt input») and changes
 * nothing: no row in Besøg or Historik, no cell in Borgere. Glostrup 2025, the runtime's clock at 1 March 2025.
 */
let w: SidebarWorld;
const { call, citizen } = sidebarCalls(() => w);
beforeAll(() => {
  w = sidebarWorld();
});

/** Programmer's words a refusal must never show the staff. */
const PROGRAMMER = /undefined|NaN|null|Ugyldig|forventede|instanceof|<=|\b(home|phone|chairStand|minutes|themes|referrals|followUp|count|sex)\b/;

function snapshot() {
  return {
    visits: wholeSheet(w.rt, 'Besøg').length,
    history: w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik').length : 0,
    done: cell(w.rt, ROW.turns80, 'Gennemført').value,
    followUp: cell(w.rt, ROW.turns80, 'Opfølgning').value,
  };
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('not refused');
}

const REGISTER: [string, Record<string, unknown>, RegExp][] = [
  ['no row', { row: undefined }, /^Intet er ændret: række: mangler\.$/],
  ['the row as text', { row: '2' }, /række: skal være et tal/],
  ['the row as an array', { row: [2] }, /række: skal være et tal/],
  ['row NaN', { row: NaN }, /række: skal være et tal/],
  ['row 1e9', { row: 1e9 }, /række: må højst være 10000000/],
  ['a key of 50,000 characters', { key: 'x'.repeat(50_000) }, /borger: må højst være 200 tegn/],
  ['the key as an array', { key: ['x'] }, /borger: skal være tekst/],
  ['a day in 1850', { date: '1850-01-01' }, /dato: 01-01-1850 ligger for langt tilbage \(tidligst 01-01-2024\)/],
  ['a day in 2200', { date: '2200-01-01' }, /dato: 01-01-2200 ligger efter i dag \(01-03-2025\)/],
  ['a day that does not exist', { date: '2025-02-30' }, /dato: «2025-02-30» er ikke en dato, der findes/],
  ['a Danish day', { date: '01-03-2025' }, /dato: skal være en dato som åååå-mm-dd/],
  ['a day with 50,000 spaces', { date: `2025-03-01${' '.repeat(50_000)}` }, /dato: skal være en dato som åååå-mm-dd/],
  ['an unknown form', { form: 'cancelled' }, /form: er ikke et af valgene/],
  ['a prototype key as the form', { form: '__proto__' }, /form: er ikke et af valgene/],
  ['minutes -1', { minutes: -1 }, /minutter: skal være mindst 1/],
  ['minutes 1e9', { minutes: 1e9 }, /minutter: må højst være 600/],
  ['minutes NaN', { minutes: NaN }, /minutter: skal være et helt antal minutter/],
  ['minutes «12,5»', { minutes: '12,5' }, /minutter: skal være et helt antal minutter/],
  ['a consultant of 50,000 characters', { consultant: 'a'.repeat(50_000) }, /konsulent: er for langt \(højst 100 tegn\)/],
  ['themes as text', { themes: 'trivsel' }, /temaer: skal være en liste/],
  ['no themes', { themes: undefined }, /temaer: mangler/],
  ['a theme as an array', { themes: [['trivsel']] }, /temaer nr\. 1: skal være tekst/],
  ['a theme of 50,000 characters', { themes: ['x'.repeat(50_000)] }, /temaer nr\. 1: er for lang/],
  ['50,000 themes', { themes: Array(50_000).fill('trivsel') }, /temaer: højst 40/],
  ['a theme not in the profile', { themes: ['Træning'] }, /«Træning» står ikke på profilens lister/],
  ['markup as a referral', { referrals: ['<script>'] }, /«<script>» står ikke på profilens lister/],
  ['stands -1', { chairStand: -1 }, /rejse-sætte-sig: skal være mindst 0/],
  ['stands NaN', { chairStand: NaN }, /rejse-sætte-sig: skal være et helt tal/],
  ['stands «12,5»', { chairStand: '12,5' }, /rejse-sætte-sig: skal være et helt tal/],
  ['stands 1e9', { chairStand: 1e9 }, /rejse-sætte-sig: må højst være 60/],
  ['an unknown sex', { chairStand: 10, sex: 'X' }, /køn: er ikke et af valgene/],
  ['a follow-up in 2200', { followUp: '2200-01-01' }, /opfølgning: 01-01-2200 ligger for langt fremme \(senest 31-12-2026\)/],
  // Within next year from today, but past the visit's own limit, which the reader of Besøg holds: it would be dropped there.
  ['a visit of last year, its follow-up two years on', { date: '2024-06-01', followUp: '2026-06-01' }, /opfølgning: 01-06-2026 ligger for langt fremme \(senest 31-12-2025\)/],
  ['a follow-up before the visit', { followUp: '2025-02-01' }, /opfølgning: 01-02-2025 skal ligge efter besøgets dato/],
  ['a follow-up that does not exist', { followUp: '2025-13-01' }, /opfølgning: «2025-13-01» er ikke en dato, der findes/],
];

test.each(REGISTER)('Registrér besøget, %s: a Danish message, nothing changed', (_label, bad, message) => {
  const view = citizen(ROW.turns80);
  const before = snapshot();
  const said = refusal(() => call('fhbRegisterVisit', { row: view.row, key: view.key, date: view.today, form: 'home', themes: [], referrals: [], ...bad }));
  expect(said).toMatch(message);
  expect(said).not.toMatch(PROGRAMMER);
  expect(snapshot()).toEqual(before);
});

const READING: [string, Record<string, unknown>, RegExp][] = [
  ['no count', { count: undefined }, /rejse-sætte-sig: skal være et helt tal/],
  ['count «12,5»', { count: '12,5' }, /rejse-sætte-sig: skal være et helt tal/],
  ['count -1', { count: -1 }, /rejse-sætte-sig: skal være mindst 0/],
  ['a test day in 1850', { date: '1850-01-01' }, /dato: 01-01-1850 ligger for langt tilbage/],
  ['a test day in 2200', { date: '2200-01-01' }, /dato: 01-01-2200 ligger efter i dag/],
  ['a row another citizen is on', { row: ROW.turns75 }, /Række 3 viser nu en anden borger/],
];

test.each(READING)('the chair-stand reading, %s: a Danish message', (_label, bad, message) => {
  const view = citizen(ROW.turns80);
  const said = refusal(() => call('fhbChairStandReading', { row: view.row, key: view.key, date: view.today, count: 10, ...bad }));
  expect(said).toMatch(message);
  expect(said).not.toMatch(PROGRAMMER);
});

test.each([
  ['Gennemført in 1850', { action: 'done', date: '1850-01-01' }, /dato: 01-01-1850 ligger for langt tilbage/],
  ['a visit booked in 2200', { action: 'booked', date: '2200-01-01', time: '10:00' }, /dato: 01-01-2200 ligger for langt fremme \(senest 31-12-2026\)/],
  ['no action', { action: undefined }, /handling: mangler/],
])('the record action, %s: a Danish message, nothing changed', (_label, bad, message) => {
  const view = citizen(ROW.turns80);
  const before = snapshot();
  const said = refusal(() => call('fhbRecordAction', { row: view.row, key: view.key, date: view.today, ...bad }));
  expect(said).toMatch(message);
  expect(said).not.toMatch(PROGRAMMER);
  expect(snapshot()).toEqual(before);
});

test('a consultant typed as a formula or markup is written as text, never a formula', () => {
  const view = citizen(ROW.turns80);
  for (const consultant of ['=HYPERLINK("http://x";"y")', '<script>alert(1)</script>']) {
    const result = call<ActionResult>('fhbRegisterVisit', { row: view.row, key: view.key, date: view.today, form: 'phone', themes: [], referrals: [], consultant });
    expect(result.kind).toBe('written');
    const sheet = w.rt.sheet('Besøg');
    const headers = wholeSheet(w.rt, 'Besøg')[0];
    const at = sheet.getRange(sheet.getLastRow(), headers.indexOf('Konsulent') + 1);
    expect([at.getValue(), at.getFormula()]).toEqual([consultant, '']);
  }
});
