import type { Browser } from 'playwright-core';
import { cell, danish, HOSTILE_ADDRESS, HOSTILE_NAME, nextDay, ROW, setCell, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import {
  containsText, hasAttribute, hasCount, hasText, hasValue, horizontalOverflow, isFocused, launch, openSidebar, OpenedSidebar, screenshot,
} from './harness';

/**
 * The sidebar in headless Chromium against the server functions on the in-memory runtime: the page is
 * exactly what `fhbOpenSidebar` shows, and every click goes through google.script.run to the bundle.
 */
let browser: Browser;
let w: SidebarWorld;
let s: OpenedSidebar;
/** Today as the bundle sees it (the reference date in Indstillinger is 2025-03-01). */
let today: string;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  w = sidebarWorld();
  today = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW.turns80 }) as { citizen: { today: string } }).citizen.today;
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser, w.bundle, w.rt.ui.sidebars[0].html);
});
afterEach(async () => {
  expect(s.errors).toEqual([]);
  expect(s.network).toEqual([]);
  await s.page.close();
});

const name = () => s.page.locator('#citizen-name');
const status = () => s.page.locator('#citizen-status');
const announced = () => s.page.locator('#announce');

test('shows the selected citizen: offer, why, legal basis, window and status, CPR masked', async () => {
  await hasText(name(), 'Karen Testesen');
  const offers = s.page.locator('#offers');
  await containsText(offers, 'Tilbud i 2025');
  await containsText(offers.locator('[data-code="ALDER_80"]'), '01-01-2025 – 31-12-2025');
  await containsText(offers, 'Lovgrundlag');
  await hasText(status(), 'Skal inviteres');
  await containsText(s.page.locator('.who'), 'CPR 100545-xxxx');
  expect(await s.page.content()).not.toContain('100545-1234');
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-citizen');
});

test('follows the selection, and another user’s edit to the row', async () => {
  await hasText(name(), 'Karen Testesen');
  w.rt.select('Borgere', 'D3');
  await hasText(name(), 'Bent Prøvesen');
  await hasText(status(), 'Skal inviteres');
  setCell(w.rt, ROW.turns75, 'Inviteret', 'x'); // a colleague marks Inviteret
  await hasText(status(), 'Inviteret');
  w.rt.select('Indstillinger', 'B2');
  await containsText(s.page.locator('#pane-citizen'), 'arket «Indstillinger»');
  // Polling asks only for the state; the citizen is fetched once per change.
  const fetches = s.calls.filter((c) => c === 'fhbSelectedCitizen').length;
  expect(fetches).toBe(3);
});

test('Inviteret writes today’s date into the sheet and the status follows', async () => {
  await hasText(name(), 'Karen Testesen');
  await s.page.getByRole('button', { name: 'Inviteret', exact: true }).click();
  await containsText(announced(), `Inviteret ${danish(today)} er skrevet i arket.`);
  await hasText(status(), 'Inviteret');
  expect(cell(w.rt, ROW.turns80, 'Inviteret').shown).toBe(danish(today));
  await hasText(s.page.locator('#record-invited'), danish(today));
  await screenshot(s.page, 'sidebar-invited');
});

test('asks before replacing what someone wrote: Annuller keeps it, Overskriv replaces it', async () => {
  w.rt.select('Borgere', 'A5');
  await hasText(name(), 'Inge Eksempel');
  const invite = s.page.getByRole('button', { name: 'Inviteret', exact: true });
  await invite.click();
  const dialog = s.page.getByRole('alertdialog');
  await containsText(dialog, 'Inviteret indeholder allerede «10-02-2025»');
  await isFocused(s.page.locator('#confirm-cancel'));
  await screenshot(s.page, 'sidebar-confirm');
  await s.page.keyboard.press('Escape');
  await hasCount(dialog, 0);
  expect(cell(w.rt, ROW.invited, 'Inviteret').shown).toBe('10-02-2025');

  await invite.click();
  await dialog.getByRole('button', { name: 'Overskriv' }).click();
  await containsText(announced(), 'er skrevet i arket');
  expect(cell(w.rt, ROW.invited, 'Inviteret').shown).toBe(danish(today));
  expect(s.dialogs).toEqual([]);
});

test('Besøg aftalt with date, time and consultant, all by keyboard', async () => {
  await hasText(name(), 'Karen Testesen');
  await s.page.locator('#visit-date').fill(nextDay(today));
  await s.page.locator('#visit-time').focus();
  await s.page.keyboard.type('1030');
  await s.page.locator('#visit-consultant').fill('Bo Berg');
  await s.page.keyboard.press('Tab');
  await isFocused(s.page.locator('#action-booked'));
  const outline = await s.page.locator('#action-booked').evaluate((b) => getComputedStyle(b).outlineStyle);
  expect(outline).not.toBe('none');
  await s.page.keyboard.press('Enter');
  await hasText(status(), 'Besøg aftalt');
  expect(cell(w.rt, ROW.turns80, 'Besøg').shown).toBe(`${danish(nextDay(today))} 10:30`);
  expect(cell(w.rt, ROW.turns80, 'Konsulent').value).toBe('Bo Berg');
});

test('Ringet – ikke truffet appends to Opkald for a phone-first offer', async () => {
  w.rt.select('Borgere', 'A6');
  await hasText(name(), 'Poul Ringesen');
  await containsText(s.page.locator('#offers'), 'Ring først');
  await s.page.getByRole('button', { name: 'Ringet – ikke truffet' }).click();
  await hasText(s.page.locator('#record-calls'), `${danish(today)} ikke truffet`);
  expect(cell(w.rt, ROW.widowed, 'Opkald').value).toBe(`${danish(today)} ikke truffet`);
  await screenshot(s.page, 'sidebar-phone-first');
});

test('hostile names stay text: no dialog, no element made from them, shown literally', async () => {
  w.rt.select('Borgere', 'A4');
  await hasText(name(), HOSTILE_NAME);
  await containsText(s.page.locator('.who'), HOSTILE_ADDRESS);
  await s.page.getByRole('button', { name: 'Inviteret', exact: true }).click(); // a re-render with the same data
  await hasText(status(), 'Inviteret');
  expect(await s.page.locator('img').count()).toBe(0);
  expect(await s.page.locator('script').count()).toBe(1);
  expect(await s.page.locator('b').count()).toBe(0);
  expect(s.dialogs).toEqual([]);
  await screenshot(s.page, 'sidebar-hostile');
});

test('a refusal from the server is shown in the live region and nothing changes', async () => {
  await hasText(name(), 'Karen Testesen');
  await s.page.locator('#action-date').fill(nextDay(today));
  await s.page.getByRole('button', { name: 'Gennemført' }).click();
  await containsText(announced(), `dato: ${danish(nextDay(today))} ligger efter i dag`);
  await hasAttribute(announced(), 'aria-live', 'polite');
  expect(cell(w.rt, ROW.turns80, 'Gennemført').value).toBe('');
  await screenshot(s.page, 'sidebar-refused');
});

test('tabs work with the keyboard and settings are saved to Indstillinger', async () => {
  await hasText(name(), 'Karen Testesen');
  await s.page.locator('#tab-citizen').focus();
  await s.page.keyboard.press('End');
  await isFocused(s.page.locator('#tab-settings'));
  await hasAttribute(s.page.locator('#tab-settings'), 'aria-selected', 'true');
  const municipality = s.page.getByLabel('Kommune', { exact: true });
  await hasValue(municipality, 'Prøvekommune');
  await municipality.fill('Ny Prøvekommune');
  await s.page.getByLabel('Konsulenter').fill('Anne Andersen\nCecilie Due');
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-settings');
  await s.page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await hasText(announced(), 'Indstillingerne er gemt.');
  const saved = w.bundle.googleScriptRun('fhbGetSettings') as { settings: { municipality: string; consultants: string[] } };
  expect(saved.settings).toMatchObject({ municipality: 'Ny Prøvekommune', consultants: ['Anne Andersen', 'Cecilie Due'] });

  await s.page.getByLabel('Uger fra brev til besøg').fill('40');
  await s.page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await containsText(announced(), 'uger fra brev til besøg: må højst være 26');
});
