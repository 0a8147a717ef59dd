import { MENU } from '../core/text/glossary';
/**
 * The menu *Forebyggende hjemmebesøg*: the one table of its items. Every item calls a top-level global
 * of the same name in `src/main.ts` (several are owned by the sidebar, merge, scheduling and report
 * work); `MENU_FUNCTIONS` feeds `REQUIRED_GLOBALS`, so the build fails while one of them is missing.
 */
import { MENU_ITEM as SELF_TEST } from '../core/selftest/text';
import { TITLE } from './sheet/text';
import { DAILY_HANDLER } from './sheet/trigger';

export const MENU_TITLE = TITLE;

export type MenuEntry = { caption: string; fn: string } | { caption: string; items: readonly MenuEntry[] } | 'separator';

export const MENU_ITEMS: readonly MenuEntry[] = [
  { caption: MENU.setup, fn: 'fhbSetup' },
  { caption: MENU.refresh, fn: 'fhbRefresh' },
  'separator',
  { caption: MENU.sidebar, fn: 'fhbOpenSidebar' },
  { caption: MENU.merge, fn: 'fhbMergeInvitations' },
  { caption: MENU.templates, fn: 'fhbCreateTemplates' },
  'separator',
  { caption: MENU.planVisits, fn: 'fhbPlanVisits' },
  { caption: MENU.callList, fn: 'fhbShowCallList' },
  { caption: MENU.participants, fn: 'fhbShowParticipants' },
  { caption: MENU.report, fn: 'fhbYearReport' },
  { caption: MENU.projection, fn: 'fhbProjectYear' },
  { caption: MENU.importCitizens, fn: 'fhbImportCitizens' },
  { caption: MENU.deleteEnded, fn: 'fhbDeleteEnded' },
  'separator',
  { caption: MENU.settings, fn: 'fhbOpenSettings' },
  { caption: MENU.showRules, fn: 'fhbShowRules' },
  {
    caption: MENU.help,
    items: [
      { caption: MENU.guide, fn: 'fhbHelp' },
      { caption: SELF_TEST, fn: 'fhbSelfTest' },
    ],
  },
];

const functionsOf = (items: readonly MenuEntry[]): string[] =>
  items.flatMap((i) => (i === 'separator' ? [] : 'items' in i ? functionsOf(i.items) : [i.fn]));

export const MENU_FUNCTIONS: readonly string[] = functionsOf(MENU_ITEMS);

/** The globals of the sheet-and-menu section: the menu items, the trigger handler and the simple triggers. */
export const SHEET_GLOBALS: readonly string[] = [...MENU_FUNCTIONS, DAILY_HANDLER, 'onOpen', 'onInstall'];

/**
 * Builds the menu and nothing else: in a published add-on `onOpen` runs in AuthMode.NONE, where no data
 * may be read. Menu-building needs no authorisation.
 */
export function buildMenu(): void {
  const ui = SpreadsheetApp.getUi();
  fill(ui, ui.createMenu(MENU_TITLE), MENU_ITEMS).addToUi();
}

function fill(ui: GoogleAppsScript.Base.Ui, menu: GoogleAppsScript.Base.Menu, items: readonly MenuEntry[]): GoogleAppsScript.Base.Menu {
  for (const item of items) {
    if (item === 'separator') menu.addSeparator();
    else if ('items' in item) menu.addSubMenu(fill(ui, ui.createMenu(item.caption), item.items));
    else menu.addItem(item.caption, item.fn);
  }
  return menu;
}
