import { cell, HOSTILE_NAME, ROW, SETTINGS, setCell, sidebarWorld, SidebarWorld, writeSettings } from '../integration/sidebar/fixture';
import { violations } from './axe-check';
import { containsText, eventually, hasAttribute, hasCount, hasText, hasValue, isFocused, openSidebar, OpenedSidebar, useBrowser } from './harness';

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

async function open(meetings = SETTINGS.meetings, seat?: string, prepare?: () => void): Promise<void> {
  w = sidebarWorld();
  writeSettings(w.rt, { ...SETTINGS, meetings });
  if (seat !== undefined) setCell(w.rt, ROW.turns75, 'Arrangement', seat);
  prepare?.();
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

/** Bent's four unanswered calls, so the pane is longer than the panel. */
function longHistory(): void {
  const { key } = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW.turns75 }) as { citizen: { key: string } }).citizen;
  for (const date of ['2025-02-10', '2025-02-11', '2025-02-12', '2025-02-13']) {
    w.bundle.googleScriptRun('fhbRecordAction', { row: ROW.turns75, key, action: 'notReached', date });
  }
}

describe('on a 300 × 720 px panel the actions and the meeting\'s next step are in view, however long the history', () => {
  test.each([
    ['not yet seated: the meeting to choose', undefined, ['meeting-move']],
    ['seated at an upcoming meeting: the move', APRIL, ['meeting-move']],
    ['the meeting held: the attendance', FEBRUARY, ['attendance-attended', 'attendance-absent']],
  ])('%s', async (_, seat, meetingButtons) => {
    await open([february, ...SETTINGS.meetings], seat, longHistory);
    await s.page.setViewportSize({ width: 300, height: 720 });
    await hasCount(s.page.locator('#history .history-lines li'), 4);
    // The visit form is folded away for a citizen with a meeting offer (a visit is booked on request).
    await hasCount(s.page.locator('#book-visit-more:not([open]) #action-booked'), 1);
    const buttons = await s.page.evaluate(() => {
      window.scrollTo(0, 0);
      return Array.from(document.querySelectorAll<HTMLElement>('[aria-labelledby="actions-heading"] button, #meeting button'))
        .filter((b) => b.checkVisibility())
        .map((b) => {
          const r = b.getBoundingClientRect();
          return { id: b.id, top: r.top, bottom: r.bottom };
        });
    });
    // The page is longer than the panel, so being in view means something.
    expect(await s.page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(900);
    const wanted = ['action-invited', 'action-done', 'action-declined', 'action-notReached', ...meetingButtons];
    const inView = buttons.filter((b) => b.top >= 0 && b.bottom <= 720).map((b) => b.id);
    expect(inView).toEqual(expect.arrayContaining(wanted));
    expect(await violations(s.page)).toEqual([]);
  });
});

test('the folded visit form opens, stays open while the pane refreshes, and books the visit', async () => {
  await open(SETTINGS.meetings);
  await s.page.locator('#book-visit-more summary').click();
  await s.page.locator('#visit-consultant').fill('Bo Berg');
  // A colleague types a phone number: the pane shows it, and the open form and what was typed stay.
  setCell(w.rt, ROW.turns75, 'Telefon', '43 21 43 21');
  await containsText(s.page.locator('#pane-citizen'), '43 21 43 21');
  await hasCount(s.page.locator('#book-visit-more[open]'), 1);
  await hasValue(s.page.locator('#visit-consultant'), 'Bo Berg');
  await s.page.locator('#action-booked').click();
  await eventually(async () => expect(String(cell(w.rt, ROW.turns75, 'Konsulent').value)).toBe('Bo Berg'));
  expect(await violations(s.page)).toEqual([]);
});
