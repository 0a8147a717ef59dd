import { cell, ROW, sidebarWorld, SidebarWorld, wholeSheet } from '../integration/sidebar/fixture';
import { containsText, eventually, hasText, openSidebar, OpenedSidebar, useBrowser } from './harness';
import { violations } from './axe-check';

/**
 * *Registrér besøget* in headless Chromium (issue 24 item 1): the folded form with the profile's themes and
 * referrals as checkboxes, the chair-stand reading shown as the count is typed (from the CPR number's
 * sex, or the Køn the form asks for), the follow-up date; one click appends the row and the pane shows
 * the new Gennemført and Opfølgning. axe (WCAG 2.1 A and AA): zero violations with the form open.
 */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar;

beforeEach(async () => {
  w = sidebarWorld();
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html);
  // Every step here waits on a server call (the reading, the registration): room on a loaded machine.
  s.page.setDefaultTimeout(20_000);
});
afterEach(async () => {
  expect(s.errors).toEqual([]);
  expect(s.network).toEqual([]);
  await s.page.close();
});

const reading = () => s.page.locator('#vr-reading');
const readingSays = (text: string) => eventually(async () => expect(await reading().textContent()).toContain(text), 30_000);
const says = (id: string, text: string) => eventually(async () => expect(await s.page.locator(id).textContent()).toContain(text), 30_000);

test('registers a visit with a theme, a referral, a test and a follow-up; the reading shows at once', async () => {
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  await s.page.locator('#visit-record summary').click();
  // Glostrup's own words (its standard's themes and referrals).
  await containsText(s.page.locator('#vr-themes'), 'Mestre din egen tilværelse');
  expect(await s.page.locator('#vr-sex').count()).toBe(0); // the CPR number says kvinde
  expect(await violations(s.page)).toEqual([]);

  await s.page.locator('#vr-stands').fill('12');
  // 79 years on 1 March 2025: 10-15 for kvinder 75-79 år.
  await readingSays('nden for normalområdet');

  await s.page.locator('#vr-minutes').fill('70');
  await s.page.locator('#vr-theme-mestring').check();
  await s.page.locator('#vr-referral-traening').check();
  await s.page.locator('#vr-follow').fill('2025-04-15');
  expect(await violations(s.page)).toEqual([]);
  await s.page.locator('#vr-submit').click();
  await says('#announce', 'Opfølgning fra 15-04-2025');
  await says('#record-followUp', '15-04-2025');
  await containsText(s.page.locator('#record-done'), '01-03-2025');

  const [headers, row] = wholeSheet(w.rt, 'Besøg');
  const at = (h: string) => row[headers.indexOf(h)];
  expect([at('Minutter'), at('Temaer'), at('Henvisninger'), at('Rejse-sætte-sig')]).toEqual([70, 'mestring', 'traening', 12]);
  expect(cell(w.rt, ROW.turns80, 'Opfølgning').shown).toBe('15-04-2025');
}, 120_000);

test('a citizen without a CPR number: the form asks Køn before it can read the test; a refusal changes nothing', async () => {
  w.rt.select('Borgere', `A${ROW.turns75}`);
  await says('#citizen-name', 'Bent Prøvesen');
  await s.page.locator('#visit-record summary').click();
  await s.page.locator('#vr-stands').fill('12');
  await readingSays('vælg kvinde eller mand');
  await s.page.locator('#vr-sex').selectOption('M');
  await readingSays('normalområdet');
  expect(await violations(s.page)).toEqual([]);
  await s.page.locator('#vr-follow').fill('2025-03-01');
  await s.page.locator('#vr-submit').click();
  await says('#announce', 'skal ligge efter besøgets dato');
  await eventually(() => expect(wholeSheet(w.rt, 'Besøg').length).toBe(1));
}, 120_000);
