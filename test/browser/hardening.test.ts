import { ROW, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import { callGate, containsText, eventually, hasAttribute, hasText, isFocused, openSidebar, OpenedSidebar, useBrowser } from './harness';

/** Issue 15: the sidebar under slow and failing calls never shows one citizen while acting for another. */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar | undefined;

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
  const loads = callGate('fhbSelectedCitizen');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, { before: loads.before });
  const pane = s.page.locator('#pane-citizen');
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  loads.hold();
  w.rt.select('Borgere', `D${ROW.turns75}`);
  await containsText(pane.locator('.loading-note'), 'Henter …');
  await hasAttribute(pane, 'aria-busy', 'true');
  const enabled = await pane.locator('.actions button:not([disabled])').count();
  expect(enabled).toBe(0);
  const writes = s.calls.filter((c) => c === 'fhbRecordAction').length;
  await pane.locator('.actions button').first().click({ force: true, timeout: 500 }).catch(() => undefined);
  expect(s.calls.filter((c) => c === 'fhbRecordAction').length).toBe(writes);
  loads.release();
  await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
  await hasAttribute(pane, 'aria-busy', 'false');
  await eventually(async () => expect(await pane.locator('.loading-note').count()).toBe(0));
});

test('an unexpected null answer (what Google sends when a Date slips into a reply) is said in Danish', async () => {
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, { fakes: { fhbSelectedCitizen: () => null } });
  await containsText(s.page.locator('#pane-citizen'), 'Regnearket svarede ikke som ventet');
  expect(await s.page.content()).not.toContain('Cannot read properties');
});

test('after a refused action, focus returns to the button used', async () => {
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html);
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  const tomorrow = new Date(Date.parse('2025-03-01T00:00:00Z') + 3 * 86_400_000).toISOString().slice(0, 10);
  await s.page.locator('#action-date').fill(tomorrow);
  const done = s.page.locator('#action-done');
  await done.focus();
  await s.page.keyboard.press('Enter');
  await containsText(s.page.locator('#announce'), 'ligger efter i dag');
  await isFocused(done);
});

test('after a refused settings save, focus returns to the save button', async () => {
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html);
  await s.page.locator('#tab-settings').click();
  const weeks = s.page.locator('#set-letterLeadWeeks');
  await eventually(async () => expect(await weeks.count()).toBe(1));
  await weeks.fill('-3');
  const save = s.page.locator('#save-settings');
  await save.focus();
  await s.page.keyboard.press('Enter');
  await eventually(async () => expect(((await s!.page.locator('#announce').textContent()) ?? '').length).toBeGreaterThan(10));
  await isFocused(save);
});

test('a very long name takes at most three lines, and the letter preview keeps line breaks', async () => {
  w.rt.sheet('Borgere').getRange('A2').setValue('Karen '.repeat(120) as never);
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html);
  const nameBox = s.page.locator('#citizen-name');
  await containsText(nameBox, 'Karen Karen');
  const { height, line } = await nameBox.evaluate((el) => ({ height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) || 20 }));
  expect(height).toBeLessThanOrEqual(line * 3 + 2);
  const whiteSpace = await s.page.evaluate(() => {
    const p = document.createElement('p');
    const box = document.createElement('div');
    box.className = 'letter';
    box.append(p);
    document.body.append(box);
    return getComputedStyle(p).whiteSpace;
  });
  expect(whiteSpace).toBe('pre-line');
});

async function onMerge(fakes: Record<string, (...args: unknown[]) => unknown>): Promise<OpenedSidebar> {
  const opened = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, { fakes });
  await opened.page.locator('#tab-merge').click();
  await eventually(async () => expect(await opened.page.locator('#merge-start').count()).toBe(1));
  return opened;
}

test('merge pane: rows with gaps are said in words before the start, and Start stays on while letters can be made (issue 22)', async () => {
  s = await onMerge({
    fhbMergePreview: () => ({
      total: 10, countsByTemplate: [{ template: 'ALDER_82', count: 10 }], problems: [{ row: 3, field: 'Adresse' }, { row: 7, field: 'Postnr' }], skippedRows: 2,
      gaps: '10 breve laves; 2 rækker mangler oplysninger og springes over (se listen).', warnings: [],
    }),
  });
  await s.page.locator('#merge-preview-button').click();
  await containsText(s.page.locator('#merge-gaps-summary'), '10 breve laves; 2 rækker mangler oplysninger og springes over');
  await containsText(s.page.locator('#merge-preview'), 'Række 7: Postnr');
  expect(await s.page.locator('#merge-start').isDisabled()).toBe(false);
  expect(await s.page.locator('#merge-start-why').count()).toBe(0);
});

test('merge pane: when nothing can be made, Start is greyed out and says why next to it; another scope frees it', async () => {
  s = await onMerge({
    fhbMergePreview: () => ({ total: 0, countsByTemplate: [], problems: [{ row: 3, field: 'Adresse' }], skippedRows: 1, gaps: 'Ingen breve kan laves: 1 række mangler oplysninger (se listen).', warnings: [] }),
  });
  await s.page.locator('#merge-preview-button').click();
  await hasAttribute(s.page.locator('#merge-start'), 'disabled', '');
  await containsText(s.page.locator('#merge-start-why'), 'Ingen breve kan laves');
  await hasAttribute(s.page.locator('#merge-start'), 'aria-describedby', 'merge-start-why');
  await s.page.locator('#merge-scope-selection').check();
  await eventually(async () => expect(await s!.page.locator('#merge-start').isDisabled()).toBe(false));
  expect(await s.page.locator('#merge-start-why').count()).toBe(0);
});

test('merge pane: a slow start says so at once; a stopped merge no longer says it continues, with one «Fortsæt» button', async () => {
  const start = callGate('fhbMergeStart');
  start.hold();
  const progress = { runId: 'r1', done: 1, total: 3, finished: false, message: '1 af 3 breve er lavet. Fletningen fortsætter …', documents: [] };
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, {
    fakes: {
      fhbMergeStart: () => progress,
      fhbMergeContinue: () => {
        throw new Error('Netværket svarede ikke.');
      },
    },
    before: start.before,
  });
  await s.page.locator('#tab-merge').click();
  await eventually(async () => expect(await s!.page.locator('#merge-start').count()).toBe(1));
  await s.page.locator('#merge-start').click();
  await containsText(s.page.locator('#merge-progress'), 'Fletningen er startet');
  start.release();
  await containsText(s.page.locator('#announce'), 'Fletningen stoppede');
  await eventually(async () => expect(await s!.page.locator('#merge-continue').count()).toBe(1));
  expect(await s.page.locator('#merge-progress').textContent()).not.toContain('fortsætter');
  await s.page.locator('#merge-continue').click();
  await containsText(s.page.locator('#merge-progress'), 'Fletningen er stoppet.');
  await eventually(async () => expect(await s!.page.locator('#merge-continue').count()).toBe(1));
  expect(await s.page.locator('#merge-progress').textContent()).not.toContain('fortsætter');
});
