import { cell, danish, HOSTILE_ADDRESS, HOSTILE_NAME, nextDay, ROW, setCell, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import {
  containsText, eventually, hasAttribute, hasCount, hasText, hasValue, horizontalOverflow, isFocused, openSidebar, OpenedSidebar,
  screenshot, useBrowser,
} from './harness';

/**
 * The sidebar in headless Chromium against the server functions on the in-memory runtime: the page is
 * exactly what `fhbOpenSidebar` shows, and every click goes through google.script.run to the bundle.
 */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar;
/** Today as the bundle sees it (the reference date in Indstillinger is 2025-03-01). */
let today: string;


beforeEach(async () => {
  w = sidebarWorld();
  today = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: ROW.turns80 }) as { citizen: { today: string } }).citizen.today;
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html);
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

test('a new profile in Indstillinger refreshes the citizen, with the profile’s gap against the law as a warning', async () => {
  await hasText(name(), 'Karen Testesen');
  setCell(w.rt, ROW.turns80, 'Særlig risiko', true);
  w.rt.sheet('Indstillinger').getRange('B3').setValue('ballerup');
  // Ballerup's risk band is 65-79, SEL § 79 a stk. 4 says 65-81 (SPEC §2): an at-risk 80-year-old gets a warning.
  await containsText(s.page.locator('#offers'), 'Efter Ballerup');
  await containsText(s.page.locator('#offers .warning'), 'Borgeren falder uden for kommunens regel');
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-warning');
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
  await screenshot(s.page, 'sidebar-confirm', 'view');
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
  // A fixed-time offer (Glostrup's 80-year-olds): the booked time is due its letter until the merge announces it.
  await hasText(status(), 'Besøg planlagt – ikke meddelt');
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
  await screenshot(s.page, 'sidebar-refused', 'view');
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
  // The data-protection notice's settings (issue 23): the merge makes no letter without the DPO's contact.
  await s.page.getByLabel('Databeskyttelsesrådgiver').fill('dpo@proevekommune.dk, telefon 43 23 60 00');
  await s.page.getByLabel('Kort afsnit om databeskyttelse').check();
  await s.page.getByLabel('Første kontakt efter dødsfald (uger)').fill('6');
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-settings');
  await s.page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await hasText(announced(), 'Indstillingerne er gemt.');
  const saved = w.bundle.googleScriptRun('fhbGetSettings') as { settings: { municipality: string; consultants: string[] } };
  expect(saved.settings).toMatchObject({
    municipality: 'Ny Prøvekommune', consultants: ['Anne Andersen', 'Cecilie Due'],
    privacyDpo: 'dpo@proevekommune.dk, telefon 43 23 60 00', privacyShort: true, bereavedDelayWeeks: 6,
  });

  await s.page.getByLabel('Uger fra brev til besøg').fill('40');
  await s.page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await containsText(announced(), 'uger fra brev til besøg: må højst være 26');

  // Empty: google.script.run would refuse NaN ("Failed due to illegal value"); the pane sends null and
  // the server's Danish refusal names the field.
  await s.page.getByLabel('Uger fra brev til besøg').fill('');
  await s.page.getByRole('button', { name: 'Gem indstillinger' }).click();
  await containsText(announced(), 'uger fra brev til besøg');
  expect(await announced().textContent()).not.toContain('illegal value');
});

test('the bridge passes arguments as google.script.run documents it: a Date or NaN fails the call at once; undefined in an array is null, in an object dropped', async () => {
  const seen: unknown[][] = [];
  await s.page.close();
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html, {
    fakes: { fhbEcho: (...args: unknown[]) => (seen.push(args), 'ok') },
  });
  const run = (expr: string) =>
    s.page.evaluate((code) => {
      try {
        new Function('google', code)((window as unknown as { google: unknown }).google);
        return 'sent';
      } catch (e) {
        return (e as Error).message;
      }
    }, expr);
  expect(await run('google.script.run.fhbEcho(new Date())')).toBe('Failed due to illegal value in property: 0');
  expect(await run('google.script.run.fhbEcho({ weeks: NaN })')).toBe('Failed due to illegal value in property: 0.weeks');
  expect(await run('google.script.run.fhbEcho(1, { a: [function () {}] })')).toBe('Failed due to illegal value in property: 1.a.0');
  expect(await run('google.script.run.fhbEcho([1, undefined], { a: undefined, b: 2 })')).toBe('sent');
  for (let i = 0; i < 100 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
  expect(seen).toHaveLength(1);
  expect(seen[0]).toEqual([[1, null], { b: 2 }]);
  expect(Object.keys(seen[0][1] as object)).toEqual(['b']);
});

/** Opens the sidebar as the menu item «Flet invitationer» does: on the merge pane. */
async function openOnMerge(options: Parameters<typeof openSidebar>[3] = {}): Promise<void> {
  await s.page.close();
  w.bundle.run('fhbMergeInvitations');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html, options);
  await hasAttribute(s.page.locator('#tab-merge'), 'aria-selected', 'true');
}

function readyToMerge(): void {
  w.bundle.run('fhbCreateTemplates');
  // The 80-year-olds' letter names a fixed visit (Glostrup 2025), so row 2 needs one.
  setCell(w.rt, ROW.turns80, 'Besøg', '12-03-2025 10:00');
  setCell(w.rt, ROW.turns80, 'Konsulent', 'Anne Andersen');
}

test('merge pane on the real merge endpoints: preview, start, finished, the link, rows noted as invited', async () => {
  readyToMerge();
  await openOnMerge();
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await hasText(s.page.locator('#merge-total'), '3 breve');
  await containsText(s.page.locator('.counts'), 'ALDER_80');
  await containsText(s.page.locator('.letter'), 'Kære Karen Testesen');
  expect(await horizontalOverflow(s.page)).toBe(0);
  await screenshot(s.page, 'sidebar-merge-preview');

  await s.page.getByRole('button', { name: 'Start fletning' }).click();
  await hasText(s.page.locator('#merge-progress-text'), '3 af 3 breve');
  expect(await s.page.locator('#merge-bar').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([3, 3]);
  // The combined document by its title in Drive (issue 15), e.g. «Invitationer 2025-03-01 (K7F2Q)».
  const link = s.page.getByRole('link', { name: /^Invitationer \d{4}-\d{2}-\d{2} \([A-Z0-9]+\)$/ });
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\//);
  await containsText(announced(), 'Færdig');
  await screenshot(s.page, 'sidebar-merge-done');
  // The merge notes the letters in Inviteret; the citizen pane shows it.
  w.rt.select('Borgere', 'A3');
  await s.page.locator('#tab-citizen').click();
  await hasText(name(), 'Bent Prøvesen');
  await hasText(status(), 'Inviteret');
});

test('merge pane: the progress bar advances batch by batch on the real merge', async () => {
  readyToMerge();
  // Nine more 82-year-olds (12 letters in all) and slow Docs (2.5 s per appended paragraph, modelled):
  // the real merge stops each batch before Google's 6-minute limit, so the pane calls Continue until done.
  for (let i = 0; i < 9; i++) {
    const row = 7 + i;
    setCell(w.rt, row, 'Navn', `Prøveborger ${i + 1}`);
    setCell(w.rt, row, 'Fødselsdato', '01-06-1940');
    setCell(w.rt, row, 'Adresse', `Prøvevej ${10 + i}`);
    setCell(w.rt, row, 'Postnr', '2600');
    setCell(w.rt, row, 'By', 'Glostrup');
  }
  w.rt.kernel.costs['Body.appendParagraph'] = 2500;
  // The team's templates end with a bulleted line: the Docs API path cannot rebuild a list (issue 17), so the
  // merge goes paragraph by paragraph through DocumentApp, slow here, and needs several batches.
  for (const id of Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!) as Record<string, string>)) {
    const doc = w.rt.documents.get(id)!;
    for (const state of [doc.live, doc.saved]) Object.assign(state.body.children[state.body.children.length - 1], { kind: 'LIST_ITEM', glyph: 'BULLET' });
  }
  let continues = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => { release = r; });
  await openOnMerge({
    before: async (name) => {
      if (name === 'fhbMergeContinue' && ++continues === 1) await held;
    },
  });
  const seen: number[] = [];
  await s.page.exposeFunction('__sawProgress', (v: number) => seen.push(v));
  await s.page.evaluate(() => {
    new MutationObserver(() => {
      const bar = document.getElementById('merge-bar') as HTMLProgressElement | null;
      if (bar) (window as unknown as { __sawProgress(v: number): void }).__sawProgress(bar.value);
    }).observe(document.getElementById('pane-merge')!, { childList: true, subtree: true });
  });
  await s.page.getByRole('button', { name: 'Start fletning' }).click();
  await containsText(s.page.locator('#merge-progress-text'), 'af 12 breve');
  expect(await s.page.getByRole('button', { name: 'Start fletning' }).isDisabled()).toBe(true);
  await screenshot(s.page, 'sidebar-merge-progress', 'view');
  release();
  await eventually(async () => expect(await s.page.locator('#merge-progress-text').textContent()).toContain('12 af 12 breve'), 20_000);
  const values = [...new Set(seen)];
  expect(values.length).toBeGreaterThan(2); // several batches, so the bar moved before the end
  expect(values).toEqual([...values].sort((x, y) => x - y));
  expect(values[values.length - 1]).toBe(12);
  expect(continues).toBeGreaterThanOrEqual(1);
  expect(s.dialogs).toEqual([]);
});

test('merge pane shows the preview\'s warnings (more documents than Google allows a day)', async () => {
  await openOnMerge({
    fakes: {
      fhbMergePreview: (req) => ({
        total: 300, countsByTemplate: [{ template: 'ALDER_82', count: 300 }], problems: [],
        warnings: (req as { mode?: string }).mode === 'perCitizen' ? ['300 dokumenter er flere end de 250, Google tillader om dagen.'] : [],
      }),
    },
  });
  await s.page.getByLabel('Ét dokument pr. borger').check();
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await containsText(s.page.locator('#pane-merge .notice.warning'), 'flere end de 250');
});
