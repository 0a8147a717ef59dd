import { ROW, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import { callGate, containsText, eventually, hasText, openSidebar, OpenedSidebar, useBrowser } from './harness';
import { violations } from './axe-check';

/**
 * axe-core (WCAG 2.1 A and AA rules) on every pane and state of the sidebar: zero violations (issue 15).
 * axe is injected into the page from node_modules; the page makes no network request.
 */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar | undefined;

beforeEach(() => {
  w = sidebarWorld();
  w.bundle.run('fhbOpenSidebar');
});
afterEach(async () => {
  expect(s?.errors).toEqual([]);
  expect(s?.network).toEqual([]);
  await s?.page.close();
  s = undefined;
});

test('citizen pane: a citizen, a hostile name, an empty row, and while the next loads', async () => {
  const loads = callGate('fhbSelectedCitizen');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, { before: loads.before });
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  expect(await violations(s.page)).toEqual([]);
  w.rt.select('Borgere', `A${ROW.hostile}`);
  await containsText(s.page.locator('#citizen-name'), '<img');
  expect(await violations(s.page)).toEqual([]);
  loads.hold();
  w.rt.select('Borgere', `A${ROW.turns75}`);
  await containsText(s.page.locator('#pane-citizen .loading-note'), 'Henter');
  expect(await violations(s.page)).toEqual([]);
  loads.release();
  await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
  w.rt.select('Borgere', 'A40');
  await containsText(s.page.locator('#pane-citizen'), 'tom');
  expect(await violations(s.page)).toEqual([]);
});

test('settings pane, and the merge pane with a preview that lists gaps and a stopped merge', async () => {
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, {
    fakes: {
      fhbMergePreview: () => ({
        total: 2, countsByTemplate: [{ template: 'ALDER_82', count: 2 }], problems: [{ row: 3, field: 'Adresse' }], warnings: ['Bemærk dette.'],
        firstLetter: { title: 'Invitation', paragraphs: ['Kære Karen', 'Prøvevej 1\n2600 Glostrup'] },
      }),
      fhbMergeStart: () => ({ runId: 'r1', done: 1, total: 3, finished: false, message: '1 af 3 breve er lavet.', documents: [{ url: 'https://docs.google.com/document/d/abc/edit', title: 'Invitationer 2025-03-01 (K7F2Q)' }] }),
      fhbMergeContinue: () => {
        throw new Error('Netværket svarede ikke.');
      },
    },
  });
  await s.page.locator('#tab-settings').click();
  await eventually(async () => expect(await s!.page.locator('#save-settings').count()).toBe(1));
  expect(await violations(s.page)).toEqual([]);
  await s.page.locator('#tab-merge').click();
  await eventually(async () => expect(await s!.page.locator('#merge-start').count()).toBe(1));
  expect(await violations(s.page)).toEqual([]);
  await s.page.locator('#merge-preview-button').click();
  await containsText(s.page.locator('#merge-preview'), 'Adresse');
  expect(await violations(s.page)).toEqual([]);
  await s.page.locator('#merge-scope-selection').check();
  await s.page.locator('#merge-start').click();
  await eventually(async () => expect(await s!.page.locator('#merge-continue').count()).toBe(1));
  expect(await violations(s.page)).toEqual([]);
});
