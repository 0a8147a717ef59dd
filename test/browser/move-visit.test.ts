import { ANNE, BO, CARL, ROW, type World, headersOf, letter, wall, wholeSheet, world } from '../integration/schedule/fixture';
import { containsText, eventually, hasText, hasValue, horizontalOverflow, isFocused, openSidebar, OpenedSidebar, screenshot, useBrowser } from './harness';
import { violations } from './axe-check';

/**
 * Moving a booked visit from the sidebar, in headless Chromium against the real endpoints on the in-memory
 * runtime: the Glostrup 2025 sheet of the scheduling tests (reference date Wednesday 26 March 2025,
 * Easter 17-21 April, Temadag 22 April). Row 32 has a visit Wednesday 16 April 9:00 with Anne Andersen;
 * row 33 one at the same time with Bo Berg.
 */
const browser = useBrowser();
let w: World;
let s: OpenedSidebar;


async function open(row: number): Promise<void> {
  w.rt.select('Borgere', `A${row}`);
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html);
}

beforeEach(() => {
  w = world();
});
afterEach(async () => {
  expect(s.errors).toEqual([]);
  expect(s.network).toEqual([]);
  expect(s.dialogs).toEqual([]);
  await s.page.close();
});

const announced = () => s.page.locator('#announce');
const visitLine = () => s.page.locator('#citizen-visit');
const col = (header: string) => headersOf(w.rt).indexOf(header);
const cellOf = (row: number, header: string) => wholeSheet(w.rt)[row - 1][col(header)];

/** Every cell of Borgere except the given ones, so "nothing else changed" is checked cell by cell. */
function sheetExcept(cells: [row: number, header: string][] = []): unknown[][] {
  const grid = wholeSheet(w.rt).map((r) => [...r]);
  for (const [row, header] of cells) grid[row - 1][col(header)] = '(moved)';
  return grid;
}

function writeCell(row: number, header: string, value: unknown): void {
  w.rt.sheet('Borgere').getRange(`${letter(col(header) + 1)}${row}`).setValue(value as never);
}

const OLD = { iso: '2025-04-16', minute: 9 * 60 };
const HOLIDAYS_AND_CLOSURES = ['2025-04-17', '2025-04-18', '2025-04-21', '2025-04-22'];

test('shows the booked visit, and moves it to a given working day by keyboard: only that row’s Besøg and Konsulent change', async () => {
  writeCell(ROW.booked80, 'Inviteret', new Date(Date.UTC(2025, 2, 20)));
  await open(ROW.booked80);
  await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
  // The first booking's form gives way to Flyt besøg, prefilled with the booking.
  expect(await s.page.locator('#action-booked').count()).toBe(0);
  await hasValue(s.page.getByLabel('Besøgsdato'), OLD.iso);
  await hasValue(s.page.getByLabel('Klokkeslæt'), '09:00');
  await hasValue(s.page.getByLabel('Konsulent'), ANNE);
  const before = sheetExcept([[ROW.booked80, 'Besøg'], [ROW.booked80, 'Konsulent']]);

  await s.page.getByLabel('Besøgsdato').fill('2025-04-24');
  await s.page.getByLabel('Klokkeslæt').focus();
  await s.page.keyboard.type('1030');
  await s.page.getByLabel('Konsulent').focus();
  await s.page.getByLabel('Konsulent').selectOption(BO);
  await s.page.keyboard.press('Tab');
  await isFocused(s.page.getByRole('button', { name: 'Flyt', exact: true }));
  await s.page.keyboard.press('Enter');

  await containsText(announced(), 'Besøget er flyttet til 24-04-2025 10:30');
  await hasText(visitLine(), `Besøg: torsdag den 24. april 2025 kl. 10.30 hos ${BO}`);
  const moved = wall(cellOf(ROW.booked80, 'Besøg'));
  expect([moved.iso, moved.minute]).toEqual(['2025-04-24', 10 * 60 + 30]);
  expect(cellOf(ROW.booked80, 'Konsulent')).toBe(BO);
  expect(sheetExcept([[ROW.booked80, 'Besøg'], [ROW.booked80, 'Konsulent']])).toEqual(before);
  // Inviteret is filled, so the letter with the old time is out: the pane keeps the reminder.
  const reminder = s.page.locator('#move-reminder');
  await containsText(reminder, 'onsdag den 16. april 2025 kl. 9.00');
  await containsText(reminder, 'torsdag den 24. april 2025 kl. 10.30');
  await hasValue(s.page.getByLabel('Besøgsdato'), '2025-04-24');
  await isFocused(s.page.getByRole('button', { name: 'Flyt', exact: true }));
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-move-visit');
});

test('Næste ledige tid lets the scheduler pick a later valid time', async () => {
  await open(ROW.booked80);
  await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
  const before = sheetExcept([[ROW.booked80, 'Besøg'], [ROW.booked80, 'Konsulent']]);
  await s.page.getByRole('button', { name: 'Næste ledige tid' }).click();
  await containsText(announced(), 'Besøget er flyttet til');
  expect(await s.page.locator('#move-reminder').count()).toBe(0); // no letter has gone out yet

  const moved = wall(cellOf(ROW.booked80, 'Besøg'));
  const consultant = cellOf(ROW.booked80, 'Konsulent') as string;
  expect(moved.iso > OLD.iso || (moved.iso === OLD.iso && moved.minute > OLD.minute)).toBe(true);
  expect(moved.weekday).toBeLessThanOrEqual(5);
  expect(HOLIDAYS_AND_CLOSURES).not.toContain(moved.iso);
  expect(moved.minute).toBeGreaterThanOrEqual(9 * 60); // the default working day 9-15, a one-hour visit
  expect(moved.minute + 60).toBeLessThanOrEqual(15 * 60);
  expect([ANNE, BO, CARL]).toContain(consultant);
  // Not on top of the colleague's visit at 9:00 that day.
  const other = wall(cellOf(ROW.booked82, 'Besøg'));
  if (consultant === BO && moved.iso === other.iso) expect(Math.abs(moved.minute - other.minute)).toBeGreaterThanOrEqual(90);
  expect(sheetExcept([[ROW.booked80, 'Besøg'], [ROW.booked80, 'Konsulent']])).toEqual(before);
  // The pane follows: the fields now hold the new booking.
  await hasValue(s.page.getByLabel('Besøgsdato'), moved.iso);
  await containsText(visitLine(), `hos ${consultant}`);
});

test('a holiday, a closed day and a colleague’s visit are refused in Danish, and the sheet is unchanged', async () => {
  await open(ROW.booked80);
  await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
  const before = wholeSheet(w.rt);
  const tryMove = async (iso: string, time: string, consultant: string) => {
    await s.page.getByLabel('Besøgsdato').fill(iso);
    await s.page.getByLabel('Klokkeslæt').fill(time);
    await s.page.getByLabel('Konsulent').selectOption(consultant);
    await s.page.getByRole('button', { name: 'Flyt', exact: true }).click();
  };

  await tryMove('2025-04-17', '10:00', ANNE); // Skærtorsdag
  await containsText(announced(), 'helligdag (Skærtorsdag)');
  await containsText(announced(), 'Intet er ændret.');
  expect(await announced().getAttribute('class')).toContain('error');
  await screenshot(s.page, 'sidebar-move-refused', 'view');
  expect(wholeSheet(w.rt)).toEqual(before);

  await tryMove('2025-04-22', '10:00', ANNE);
  await containsText(announced(), 'lukket (Temadag)');
  await tryMove(OLD.iso, '09:00', BO); // Bo visits row 33 then
  await containsText(announced(), `${BO} har allerede et besøg`);
  await tryMove('2025-04-24', '16:30', ANNE);
  await containsText(announced(), 'uden for arbejdstiden');
  expect(wholeSheet(w.rt)).toEqual(before);
  await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
});

test('a first booking (Besøg aftalt) on a holiday is refused; on a working day it is written and can then be moved', async () => {
  const row = 2; // an 80-year-old without a visit
  await open(row);
  await eventually(async () => expect(await s.page.locator('#action-booked').count()).toBe(1));
  expect(await visitLine().count()).toBe(0);
  const before = wholeSheet(w.rt);
  await s.page.getByLabel('Besøgsdato').fill('2025-04-17');
  await s.page.getByLabel('Klokkeslæt').fill('10:00');
  await s.page.getByLabel('Konsulent').fill(ANNE);
  await s.page.getByRole('button', { name: 'Gem besøget' }).click();
  await containsText(announced(), 'helligdag (Skærtorsdag)');
  await containsText(announced(), 'Intet er ændret.');
  expect(wholeSheet(w.rt)).toEqual(before);

  await s.page.getByLabel('Besøgsdato').fill('2025-04-23');
  await s.page.getByRole('button', { name: 'Gem besøget' }).click();
  await containsText(announced(), 'er skrevet i arket');
  await hasText(visitLine(), `Besøg: onsdag den 23. april 2025 kl. 10.00 hos ${ANNE}`);
  await isFocused(s.page.getByRole('button', { name: 'Flyt', exact: true }));
  expect(wall(cellOf(row, 'Besøg'))).toMatchObject({ iso: '2025-04-23', minute: 600 });
});

describe('«Ikke hjemme» / «Aflyst» at the booked visit (issue 24 item 5)', () => {
  const historyRows = () => (w.rt.spreadsheet.findSheet('Historik') ? wholeSheet(w.rt, 'Historik').slice(1) : []);

  test('Aflyst: written in Historik, not as held; the next free time stands in Flyt besøg and «Flyt» confirms it', async () => {
    await open(ROW.booked80);
    await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
    expect(await violations(s.page)).toEqual([]);
    const before = wholeSheet(w.rt);
    await s.page.getByText('Blev besøget ikke holdt?').click();
    await s.page.getByRole('button', { name: 'Aflyst', exact: true }).click();
    // The message names the citizen, says what was written and proposes the time.
    await containsText(announced(), 'Aftalt Firs');
    await containsText(announced(), 'Besøget 16-04-2025 09:00 er aflyst');
    await containsText(announced(), 'Næste ledige tid er 16-04-2025 10:30 (Anne Andersen)');
    expect(wholeSheet(w.rt)).toEqual(before);
    expect(historyRows().map((e) => [e[6], e[8]])).toEqual([['Besøg ikke holdt', 'Aflyst']]);
    await hasValue(s.page.getByLabel('Besøgsdato'), '2025-04-16');
    await hasValue(s.page.getByLabel('Klokkeslæt'), '10:30');
    await hasValue(s.page.getByLabel('Konsulent'), ANNE);
    await isFocused(s.page.getByRole('button', { name: 'Flyt', exact: true }));
    await s.page.keyboard.press('Enter');
    await containsText(announced(), 'Besøget er flyttet til 16-04-2025 10:30');
    const moved = wall(cellOf(ROW.booked80, 'Besøg'));
    expect([moved.iso, moved.minute]).toEqual(['2025-04-16', 10 * 60 + 30]);
    expect(cellOf(ROW.booked80, 'Gennemført')).toBe('');
    expect(await violations(s.page)).toEqual([]);
  });

  test('Ikke hjemme before the day is refused in Danish, naming the citizen, and nothing is written', async () => {
    await open(ROW.booked80);
    await hasText(visitLine(), `Besøg: onsdag den 16. april 2025 kl. 9.00 hos ${ANNE}`);
    await s.page.getByText('Blev besøget ikke holdt?').click();
    await s.page.getByRole('button', { name: 'Ikke hjemme', exact: true }).click();
    await containsText(announced(), 'Aftalt Firs');
    await containsText(announced(), 'Besøget er først 16-04-2025 09:00');
    expect(historyRows()).toEqual([]);
    await isFocused(s.page.getByRole('button', { name: 'Ikke hjemme', exact: true }));
  });
});
