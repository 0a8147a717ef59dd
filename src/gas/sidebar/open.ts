import { PANES, Pane } from '../../core/sidebar/vocabulary';

export const SIDEBAR_TITLE = 'Forebyggende hjemmebesøg';
/** The page's opening pane, in sidebar/index.html; replaced when another pane is asked for. */
const PANE_MARKER = 'data-pane="citizen"';

/**
 * Shows the sidebar (dist/Sidebar.html), opened on `pane`: the merge menu item opens it on `merge`.
 * The pane is one of a fixed list, so it is safe to put in the page.
 */
export function openSidebar(pane: Pane = 'citizen'): void {
  const chosen: Pane = PANES.includes(pane) ? pane : 'citizen';
  let output = HtmlService.createHtmlOutputFromFile('Sidebar');
  if (chosen !== 'citizen') {
    output = HtmlService.createHtmlOutput(output.getContent().replace(PANE_MARKER, `data-pane="${chosen}"`));
  }
  SpreadsheetApp.getUi().showSidebar(output.setTitle(SIDEBAR_TITLE));
}
