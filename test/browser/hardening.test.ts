import type { Browser } from 'playwright-core';
import { ROW, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import { containsText, eventually, hasAttribute, hasText, launch, openSidebar, OpenedSidebar } from './harness';

/** Issue 15: the sidebar under slow and failing calls never shows one citizen while acting for another. */
let browser: Browser;
let w: SidebarWorld;
let s: OpenedSidebar | undefined;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(() => {
  w = sidebarWorld();
  w.bundle.run('fhbOpenSidebar');
});
afterEach(async () => {
  expect(s?.errors).toEqual([]);
  await s?.page.close();
  s = undefined;
});

test('while the next citizen loads, the pane is greyed at once, says «Henter …» and takes no click', async () => {
  let release: () => void = () => undefined;
  let hold = false;
  s = await openSidebar(browser, w.bundle, w.rt.ui.sidebars[0].html, {
    before: (name) => (hold && name === 'fhbSelectedCitizen' ? new Promise<void>((r) => (release = r)) : Promise.resolve()),
  });
  const pane = s.page.locator('#pane-citizen');
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  hold = true;
  w.rt.select('Borgere', `D${ROW.turns75}`);
  await containsText(pane.locator('.loading-note'), 'Henter …');
  await hasAttribute(pane, 'aria-busy', 'true');
  const enabled = await pane.locator('.actions button:not([disabled])').count();
  expect(enabled).toBe(0);
  const writes = s.calls.filter((c) => c === 'fhbRecordAction').length;
  await pane.locator('.actions button').first().click({ force: true, timeout: 500 }).catch(() => undefined);
  expect(s.calls.filter((c) => c === 'fhbRecordAction').length).toBe(writes);
  hold = false;
  release();
  await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
  await hasAttribute(pane, 'aria-busy', 'false');
  await eventually(async () => expect(await pane.locator('.loading-note').count()).toBe(0));
});

test('an unexpected null answer (what Google sends when a Date slips into a reply) is said in Danish', async () => {
  s = await openSidebar(browser, w.bundle, w.rt.ui.sidebars[0].html, { fakes: { fhbSelectedCitizen: () => null } });
  await containsText(s.page.locator('#pane-citizen'), 'Regnearket svarede ikke som ventet');
  expect(await s.page.content()).not.toContain('Cannot read properties');
});
