/**
 * The menu: built by onOpen/onInstall without authorisation (AuthMode.NONE), Danish captions, and
 * every item calls a top-level function the bundle defines.
 */
import type { MenuEntry } from '../../runtime';
import { STATUSES } from '../../../src/core/status/vocabulary';
import { boot } from './helpers';

describe('the menu Forebyggende hjemmebesøg', () => {
  test.each(['onOpen', 'onInstall'])('%s builds it in AuthMode.NONE, touching no data', (fn) => {
    const { rt, bundle } = boot();
    rt.calls.reset();
    bundle.runInAuthModeNone(fn);
    expect(rt.ui.menus).toHaveLength(1);
    const menu = rt.ui.menus[0];
    expect(menu.name).toBe('Forebyggende hjemmebesøg');
    // nothing but the UI was called (a data call would have thrown in AuthMode.NONE)
    expect(rt.calls.sequence.filter((n) => !/^(Ui|Menu)\./.test(n) && n !== 'SpreadsheetApp.getUi')).toEqual([]);
  });

  test('every item calls a real top-level function', () => {
    const { rt, bundle } = boot();
    bundle.runInAuthModeNone('onOpen');
    type Item = { caption: string; functionName: string };
    const flat = (entries: MenuEntry[]): Item[] =>
      entries.flatMap((i) => ('functionName' in i ? [i] : 'submenu' in i ? flat(i.submenu) : []));
    const items = flat(rt.ui.menus[0].items);
    const fns = items.map((i) => i.functionName);
    expect(fns).toEqual([
      'fhbSetup', 'fhbRefresh', 'fhbOpenSidebar', 'fhbMergeInvitations', 'fhbCreateTemplates', 'fhbPlanVisits', 'fhbShowCallList', 'fhbShowParticipants',
      'fhbYearReport', 'fhbProjectYear', 'fhbImportCitizens', 'fhbDeleteEnded', 'fhbOpenSettings', 'fhbShowRules', 'fhbHelp', 'fhbSelfTest',
    ]);
    // Hjælp is a submenu: the help text and the self-test IT runs after every deploy
    expect(rt.ui.menus[0].submenus).toEqual([
      { caption: 'Hjælp', items: [{ caption: 'Vejledning', functionName: 'fhbHelp' }, { caption: 'Kontrollér opsætningen', functionName: 'fhbSelfTest' }] },
    ]);
    for (const fn of fns) expect(bundle.hasFunction(fn)).toBe(true);
    // Danish captions: no English words of the usual menu kind
    for (const i of items) expect(i.caption).not.toMatch(/\b(set ?up|refresh|settings|help|open|report|merge)\b/i);
    expect(rt.ui.findItem('Opsæt eller opgrader arket')?.functionName).toBe('fhbSetup');
  });

  test('Vejledning names every status and quotes menu items exactly as the menu shows them', () => {
    const { rt, bundle } = boot();
    bundle.runInAuthModeNone('onOpen');
    bundle.run('fhbHelp');
    const text = rt.ui.panels.at(-1)!.html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&quot;|&amp;/g, (e) => ({ '&#39;': "'", '&quot;': '"', '&amp;': '&' })[e]!);
    for (const status of STATUSES) expect([status.label, text.includes(status.label)]).toEqual([status.label, true]);
    const captions = new Set<string>();
    const walk = (entries: MenuEntry[]) => entries.forEach((i) => ('caption' in i ? captions.add(i.caption) : undefined, 'submenu' in i ? walk(i.submenu) : undefined));
    walk(rt.ui.menus[0].items);
    const quoted = [...text.matchAll(/«([^»]+)»/g)].map((m) => m[1]).filter((q) => !['Borgere', 'Indstillinger', 'Historik'].includes(q));
    expect(quoted.length).toBeGreaterThan(4);
    for (const q of quoted) expect([q, captions.has(q)]).toEqual([q, true]);
  });

  test('the daily trigger handler is a top-level function too', () => {
    const { bundle } = boot();
    expect(bundle.hasFunction('fhbDailyUpdate')).toBe(true);
  });
});
