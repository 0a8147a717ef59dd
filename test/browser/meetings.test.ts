import { cell, HOSTILE_NAME, ROW, SETTINGS, setCell, sidebarWorld, SidebarWorld, writeSettings } from '../integration/sidebar/fixture';
import { violations } from './axe-check';
import { containsText, hasAttribute, hasCount, hasText, isFocused, openSidebar, OpenedSidebar, useBrowser } from './harness';

/**
 * A citizen's meeting (arrangement) in the sidebar, in headless Chromium against the real endpoints on the
 * in-memory runtime (clock 1 March 2025): Bent Prøvesen turns 75 and is invited to Glostrup's information
 * meeting (G183-192). The pane shows the meeting, moves him by keyboard, records attendance, and every
 * state passes axe (WCAG 2.1 A/AA) with zero violations; a hostile meeting name is shown as text.
 */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar;

afterEach(async () => {
  expect(s.errors).toEqual([]);
  expect(s.network).toEqual([]);
  expect(s.dialogs).toEqual([]);
  await s.page.close();
});

const APRIL = 'Informationsmøde april';
const MAY = 'Informationsmøde maj';
const FEBRUARY = 'Informationsmøde februar';
const february = { ...SETTINGS.meetings[0], name: FEBRUARY, day: '2025-02-20', place: 'Biblioteket', address: 'Bogvej 2' };

async function open(meetings = SETTINGS.meetings, seat?: string): Promise<void> {
  w = sidebarWorld();
  writeSettings(w.rt, { ...SETTINGS, meetings });
  if (seat !== undefined) setCell(w.rt, ROW.turns75, 'Arrangement', seat);
  w.rt.select('Borgere', `A${ROW.turns75}`);
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html);
  await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
}

const section = () => s.page.locator('#meeting');
const announced = () => s.page.locator('#announce');

test('not yet seated: says so, offers the upcoming meetings with free seats, and seats him by keyboard', async () => {
  await open();
  await containsText(s.page.locator('#meeting-none'), 'ikke tilmeldt et arrangement endnu');
  await hasCount(s.page.locator('#meeting-choice option'), 2);
  await hasCount(s.page.locator('#attendance-attended'), 0);
  expect(await violations(s.page)).toEqual([]);

  await s.page.getByLabel('Vælg arrangement').focus();
  await s.page.getByLabel('Vælg arrangement').selectOption(MAY);
  await s.page.keyboard.press('Tab');
  await isFocused(s.page.getByRole('button', { name: 'Tilmeld til arrangementet' }));
  await s.page.keyboard.press('Enter');

  await containsText(announced(), `Borgeren er flyttet til «${MAY}»`);
  await hasText(s.page.locator('#meeting-name'), MAY);
  await hasText(s.page.locator('#meeting-when'), 'tirsdag den 13. maj 2025 kl. 10.00-12.00');
  await hasText(s.page.locator('#meeting-place'), 'Biblioteket');
  await hasText(s.page.locator('#meeting-address'), 'Bogvej 2');
  expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(MAY);
  // Now April is the only other choice, and the label says "Flyt til".
  await hasCount(s.page.locator('#meeting-choice option'), 1);
  await containsText(s.page.locator('#meeting-choice'), `${APRIL}: tirsdag den 8. april 2025 kl. 10.00-12.00 (30 ledige pladser)`);
  await hasCount(s.page.getByLabel('Flyt til'), 1);
  expect(await violations(s.page)).toEqual([]);
});

test('a meeting held: records Deltog, then corrects it to Udeblev; a full meeting refused says why', async () => {
  await open([february, { ...SETTINGS.meetings[0], capacity: 1 }, SETTINGS.meetings[1]], FEBRUARY);
  await hasText(s.page.locator('#meeting-name'), FEBRUARY);
  await hasAttribute(s.page.locator('#attendance-attended'), 'aria-pressed', 'false');
  expect(await violations(s.page)).toEqual([]);

  await s.page.locator('#attendance-attended').click();
  await containsText(announced(), `«Deltog» er skrevet for «${FEBRUARY}».`);
  await hasText(s.page.locator('#meeting-attendance'), 'Deltog');
  await hasAttribute(s.page.locator('#attendance-attended'), 'aria-pressed', 'true');
  // Who came is not moved: no move form.
  await hasCount(s.page.locator('#meeting-choice'), 0);
  expect(cell(w.rt, ROW.turns75, 'Deltog i arrangement').value).toBe('Deltog');
  expect(await violations(s.page)).toEqual([]);

  await s.page.locator('#attendance-absent').click();
  await hasText(s.page.locator('#meeting-attendance'), 'Udeblev');
  await hasCount(s.page.locator('#meeting-choice option'), 2);

  // A colleague takes April's only seat while the pane still offers it.
  setCell(w.rt, 7, 'Navn', 'Alma Prøve');
  setCell(w.rt, 7, 'Arrangement', APRIL);
  await s.page.locator('#meeting-choice').selectOption(APRIL);
  await s.page.locator('#meeting-move').click();
  await containsText(announced(), `«${APRIL}» er fuldt: en kollega har lige taget den sidste plads.`);
  await hasAttribute(announced(), 'class', 'announce error shown');
  await isFocused(s.page.locator('#meeting-move'));
  expect(cell(w.rt, ROW.turns75, 'Arrangement').value).toBe(FEBRUARY);
  expect(await violations(s.page)).toEqual([]);
});

test('a hostile meeting name and place are shown as text, never as markup', async () => {
  const hostile = { ...SETTINGS.meetings[0], name: HOSTILE_NAME, place: '<b>Rådhuset</b>' };
  await open([hostile, SETTINGS.meetings[1]], HOSTILE_NAME);
  await hasText(s.page.locator('#meeting-name'), HOSTILE_NAME);
  await hasText(s.page.locator('#meeting-place'), '<b>Rådhuset</b>');
  expect(await s.page.locator('#meeting img, #meeting b').count()).toBe(0);
  expect(await violations(s.page)).toEqual([]);
});

test('a meeting the settings no longer list: a note, and the meetings he can move to', async () => {
  await open(SETTINGS.meetings, 'Sommerfest');
  await containsText(section(), 'Rækken nævner arrangementet «Sommerfest», som ikke står i Indstillinger (Arrangementer).');
  await hasCount(s.page.locator('#meeting-choice option'), 2);
  expect(await violations(s.page)).toEqual([]);
});
