import type { Page } from 'playwright-core';
import { cell, danish, HOSTILE_NAME, ROW, setCell, sidebarWorld, SidebarWorld } from '../integration/sidebar/fixture';
import { violations as axeViolations } from './axe-check';
import { callGate, containsText, eventually, hasCount, hasText, isFocused, openSidebar, OpenedSidebar, screenshot, useBrowser } from './harness';

/**
 * Issue 15, daily use of the citizen pane on Google's 300 px wide sidebar: the actions in view without
 * scrolling on a 720 px panel, dates that never break at a hyphen, questions that name the citizen they
 * act on, an action that follows its citizen after a sort, and the merge's files by their titles. axe-core
 * (WCAG 2.1 AA) has nothing to say about any of these states.
 */
const browser = useBrowser();
let w: SidebarWorld;
let s: OpenedSidebar | undefined;

beforeEach(() => {
  w = sidebarWorld();
});
afterEach(async () => {
  expect(s?.errors).toEqual([]);
  expect(s?.network).toEqual([]);
  expect(s?.dialogs).toEqual([]);
  await s?.page.close();
  s = undefined;
});

async function open(row: number, pollMs?: number): Promise<OpenedSidebar> {
  w.rt.select('Borgere', `A${row}`);
  w.bundle.run('fhbOpenSidebar');
  const opened = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html, { pollMs });
  await opened.page.setViewportSize({ width: 300, height: 720 });
  return opened;
}

const keyOf = (row: number) => (w.bundle.googleScriptRun('fhbSelectedCitizen', { row }) as { citizen: { key: string } }).citizen.key;

/**
 * Poul Ringesen, widowed in January, turns 70 this year, lives alone and is at risk: three offers with
 * their reasons, four unanswered calls in Opkald and in Historik, an address and a phone number.
 */
function longCitizen(): void {
  setCell(w.rt, ROW.widowed, 'Særlig risiko', 'ja');
  setCell(w.rt, ROW.widowed, 'Bor alene', 'ja');
  setCell(w.rt, ROW.widowed, 'Adresse', 'Langgade 117, 3. tv., opgang B');
  setCell(w.rt, ROW.widowed, 'Telefon', '43 21 43 21');
  const key = keyOf(ROW.widowed);
  for (const date of ['2025-02-20', '2025-02-21', '2025-02-24', '2025-02-25']) {
    w.bundle.googleScriptRun('fhbRecordAction', { row: ROW.widowed, key, action: 'notReached', date });
  }
}

/** Every button of «Næste skridt» (the actions and the visit's form), with where it is when nothing has been scrolled. */
async function actionButtons(page: Page): Promise<{ id: string; top: number; bottom: number }[]> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    return Array.from(document.querySelectorAll<HTMLElement>('#pane-citizen section.actions[aria-labelledby="actions-heading"] button')).map((b) => {
      const r = b.getBoundingClientRect();
      return { id: b.id, top: r.top, bottom: r.bottom };
    });
  });
}

describe('on a 300 × 720 px panel the actions are in view on first render', () => {
  test('for a citizen with three offers, long reasons and a long history', async () => {
    longCitizen();
    s = await open(ROW.widowed);
    await hasText(s.page.locator('#citizen-name'), 'Poul Ringesen');
    await hasCount(s.page.locator('#history .history-lines li'), 4);
    expect(await s.page.locator('#offers article.offer').count()).toBe(3);
    // The page is longer than the panel (so the test means something) ...
    expect(await s.page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(1200);
    // ... and still every action is in view without scrolling.
    const buttons = await actionButtons(s.page);
    expect(buttons.map((b) => b.id)).toEqual(['action-invited', 'action-done', 'action-declined', 'action-notReached', 'action-booked']);
    for (const b of buttons) {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(720);
    }
    await screenshot(s.page, 'sidebar-720-long-citizen', 'view');
    expect(await axeViolations(s.page)).toEqual([]);
  });

  test('for a citizen with a booked visit (Flyt besøg) and a long history', async () => {
    const key = keyOf(ROW.turns75);
    for (const date of ['2025-02-20', '2025-02-21', '2025-02-24']) {
      w.bundle.googleScriptRun('fhbRecordAction', { row: ROW.turns75, key, action: 'notReached', date });
    }
    w.bundle.googleScriptRun('fhbRecordAction', { row: ROW.turns75, key, action: 'booked', date: '2025-03-12', time: '10:30', consultant: 'Bo Berg' });
    setCell(w.rt, ROW.turns75, 'Telefon', '43 21 43 21');
    s = await open(ROW.turns75);
    await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
    await eventually(async () => expect(await s!.page.locator('#move-visit').count()).toBe(1));
    const buttons = await actionButtons(s.page);
    expect(buttons.map((b) => b.id)).toEqual(['action-invited', 'action-done', 'action-declined', 'action-notReached', 'move-submit', 'move-next']);
    await screenshot(s.page, 'sidebar-720-booked-citizen', 'view');
    for (const b of buttons) expect(b.bottom).toBeLessThanOrEqual(720);
    expect(await axeViolations(s.page)).toEqual([]);
  });
});

test('dates never break at the hyphen: each is one unbreakable run of text', async () => {
  longCitizen();
  s = await open(ROW.widowed);
  await hasCount(s.page.locator('#history .history-lines li'), 4);
  const found = await s.page.evaluate(() => {
    const date = /\b(?:\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2})\b/;
    const pane = document.getElementById('pane-citizen')!;
    const loose: string[] = [];
    const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (date.test(n.textContent ?? '') && !n.parentElement?.classList.contains('date')) loose.push(n.textContent ?? '');
    }
    const spans = Array.from(pane.querySelectorAll<HTMLElement>('.date'));
    return {
      loose,
      count: spans.length,
      notWhole: spans.filter((el) => !/^(?:\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2})$/.test(el.textContent ?? '')).map((el) => el.textContent),
      broken: spans.filter((el) => el.getClientRects().length !== 1 || getComputedStyle(el).whiteSpace !== 'nowrap').map((el) => el.textContent),
    };
  });
  expect(found.loose).toEqual([]);
  expect(found.notWhole).toEqual([]);
  expect(found.broken).toEqual([]);
  // Opkald alone holds four dates, and Historik four more: they are wrapped, not lost.
  expect(found.count).toBeGreaterThanOrEqual(8);
  await containsText(s.page.locator('#record-calls'), '20-02-2025 ikke truffet; 21-02-2025 ikke truffet');
});

describe('a question names the citizen it acts on', () => {
  test('«Notér Inge Eksempel som inviteret?», and it does not stay up over the next citizen', async () => {
    const loads = callGate('fhbSelectedCitizen');
    w.rt.select('Borgere', `A${ROW.invited}`);
    w.bundle.run('fhbOpenSidebar');
    s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html, {
      before: loads.before,
    });
    await hasText(s.page.locator('#citizen-name'), 'Inge Eksempel');
    await s.page.locator('#action-invited').click();
    const dialog = s.page.getByRole('alertdialog');
    await hasText(dialog.locator('#confirm-title'), 'Notér Inge Eksempel som inviteret?');
    await containsText(dialog, 'Inviteret indeholder allerede «10-02-2025»');
    await isFocused(s.page.locator('#confirm-cancel'));
    expect(await axeViolations(s.page)).toEqual([]);

    loads.hold();
    w.rt.select('Borgere', `A${ROW.turns80}`);
    await containsText(s.page.locator('#pane-citizen .loading-note'), 'Henter');
    await hasCount(dialog, 0);
    loads.release();
    await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
    await hasCount(dialog, 0);
    expect(cell(w.rt, ROW.invited, 'Inviteret').shown).toBe('10-02-2025');
  });

  test.each([
    ['done', 'Gennemført', 'Notér besøget hos Inge Eksempel som gennemført?'],
    ['declined', 'Frabedt', 'Notér, at Inge Eksempel har frabedt sig besøg?'],
  ])('%s: the question names her too', async (action, header, title) => {
    setCell(w.rt, ROW.invited, header, 'x');
    s = await open(ROW.invited);
    await hasText(s.page.locator('#citizen-name'), 'Inge Eksempel');
    await s.page.locator(`#action-${action}`).click();
    await hasText(s.page.locator('#confirm-title'), title);
  });

  test('a hostile name is shown as text in the question, never as markup', async () => {
    setCell(w.rt, ROW.hostile, 'Inviteret', new Date(Date.UTC(2025, 1, 3)));
    s = await open(ROW.hostile);
    await hasText(s.page.locator('#citizen-name'), HOSTILE_NAME);
    await s.page.locator('#action-invited').click();
    await hasText(s.page.locator('#confirm-title'), `Notér ${HOSTILE_NAME} som inviteret?`);
    expect(await s.page.locator('#confirm-slot img').count()).toBe(0);
    expect(await axeViolations(s.page)).toEqual([]);
  });
});

describe('a message about a write names its citizen and never stays under another (issue 22 item 3)', () => {
  const announced = () => s!.page.locator('#announce');

  test('«Ringet – ikke truffet» for Poul names Poul, and is gone when Karen is shown', async () => {
    s = await open(ROW.widowed);
    await hasText(s.page.locator('#citizen-name'), 'Poul Ringesen');
    await s.page.locator('#action-notReached').click();
    await containsText(announced(), 'Poul Ringesen: «');
    await containsText(announced(), 'ikke truffet» er tilføjet i kolonnen Opkald.');
    w.rt.select('Borgere', `A${ROW.turns80}`);
    await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
    await hasText(announced(), '');
    expect(await announced().getAttribute('class')).not.toContain('shown');
  });

  test('a refusal (an error, which stays) is about the citizen it names, and goes with them', async () => {
    s = await open(ROW.turns80);
    await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
    await s.page.locator('#action-date').fill('2099-01-01');
    await s.page.locator('#action-done').click();
    await containsText(announced(), 'Karen Testesen: ');
    await containsText(announced(), 'ligger efter i dag');
    w.rt.select('Borgere', `A${ROW.turns75}`);
    await hasText(s.page.locator('#citizen-name'), 'Bent Prøvesen');
    await hasText(announced(), '');
  });

  test('an answer that arrives after another citizen is selected names whom it is about and does not bring them back', async () => {
    const writes = callGate('fhbRecordAction');
    w.rt.select('Borgere', `A${ROW.widowed}`);
    w.bundle.run('fhbOpenSidebar');
    s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[w.rt.ui.sidebars.length - 1].html, { before: writes.before });
    await hasText(s.page.locator('#citizen-name'), 'Poul Ringesen');
    writes.hold();
    await s.page.locator('#action-notReached').click();
    await containsText(announced(), 'Poul Ringesen: Gemmer');
    w.rt.select('Borgere', `A${ROW.turns80}`);
    await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
    await hasText(announced(), '');
    writes.release();
    await containsText(announced(), 'Poul Ringesen: «');
    // Karen stays shown: the answer about Poul does not put Poul back in the pane.
    await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
    expect(String(cell(w.rt, ROW.widowed, 'Opkald').value)).toMatch(/ikke truffet$/);
    expect(cell(w.rt, ROW.turns80, 'Opkald').value).toBe('');
  });
});

test('sorted after the citizen was shown: Inviteret goes to the citizen on their new row, and the pane says where', async () => {
  // A slow poll: the pane still shows Karen from row 2 when the sheet is sorted under it.
  s = await open(ROW.turns80, 60_000);
  await hasText(s.page.locator('#citizen-name'), 'Karen Testesen');
  const sheet = w.rt.sheet('Borgere');
  sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).sort({ column: 1, ascending: false });
  expect(cell(w.rt, 3, 'Navn').value).toBe('Karen Testesen');
  const onRow2 = cell(w.rt, 2, 'Navn').value;
  await s.page.locator('#action-invited').click();
  const today = (w.bundle.googleScriptRun('fhbSelectedCitizen', { row: 3 }) as { citizen: { today: string } }).citizen.today;
  await containsText(s.page.locator('#announce'), 'Borgeren står nu i række 3 (arket er sorteret).');
  expect(cell(w.rt, 3, 'Inviteret').shown).toBe(danish(today));
  expect(cell(w.rt, 2, 'Navn').value).toBe(onRow2);
  expect(cell(w.rt, 2, 'Inviteret').shown).toBe('');
  await containsText(s.page.locator('#pane-citizen .who .meta').first(), 'Række 3');
});

test('the merge lists its files by their titles, as text, with https links only', async () => {
  const documents = [
    { url: 'https://docs.google.com/document/d/abc/edit', title: 'Invitationer 2025-03-01 (K7F2Q)' },
    { url: 'https://drive.google.com/file/d/def/view', title: 'Invitationer 2025-03-01 (K7F2Q).pdf' },
    { url: 'javascript:alert(1)', title: '<img src=x onerror=alert(3)>.csv' },
  ];
  w.bundle.run('fhbOpenSidebar');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars[0].html, {
    fakes: { fhbMergeStart: () => ({ runId: 'r1', done: 3, total: 3, finished: true, message: 'Færdig: 3 breve er lavet.', documents }) },
  });
  await s.page.locator('#tab-merge').click();
  await eventually(async () => expect(await s!.page.locator('#merge-start').count()).toBe(1));
  await s.page.locator('#merge-start').click();
  const items = s.page.locator('#merge-progress .links li');
  await hasCount(items, 3);
  expect(await items.allTextContents()).toEqual(documents.map((d) => d.title));
  expect(await s.page.locator('#merge-progress .links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(documents.slice(0, 2).map((d) => d.url));
  expect(await s.page.locator('#merge-progress img').count()).toBe(0);
  expect(await s.page.content()).not.toContain('Åbn dokument');
  expect(await axeViolations(s.page)).toEqual([]);
});
