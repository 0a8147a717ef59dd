import type { Pane, SidebarState } from '../src/core/sidebar/protocol';
import { CITIZEN_SHEET } from '../src/core/sheet/names';
import { PANES } from '../src/core/sidebar/vocabulary';
import { announce } from './announce';
import { call } from './bridge';
import { byId } from './dom';
import { CitizenPane } from './citizen-pane';
import { SelectionFollower } from './follow';
import { ImportPane } from './import-pane';
import { MergePane } from './merge-pane';
import { SettingsPane } from './settings-pane';
import * as text from './text';

/**
 * The sidebar's start: three panes behind tabs (Borger, Fletning, Indstillinger), the citizen pane
 * following the selection in the sheet. Tests may shorten the poll interval with `window.fhbPollMs`.
 */
declare global {
  interface Window {
    fhbPollMs?: number;
  }
}

const citizen = new CitizenPane(byId('pane-citizen'), (view) => follower.markShown(view.row, view.version));
const merge = new MergePane(byId('pane-merge'));
const settings = new SettingsPane(byId('pane-settings'));
const citizenImport = new ImportPane(byId('pane-import'));

let fetchSeq = 0;

/** The row or its data changed: show the new citizen (the latest answer wins if answers cross). */
async function onSelection(state: SidebarState): Promise<void> {
  const seq = ++fetchSeq;
  if (state.row === null) {
    citizen.showMessage(state.sheet === CITIZEN_SHEET ? text.SELECT_ROW : text.otherSheet(state.sheet));
    return;
  }
  citizen.loading(state.row);
  try {
    const answer = await call('fhbSelectedCitizen', { row: state.row });
    if (seq !== fetchSeq) return;
    if (answer.kind === 'empty') {
      citizen.showMessage(answer.message);
      follower.markShown(state.row, state.version);
    } else {
      citizen.show(answer.citizen);
    }
  } catch (e) {
    if (seq !== fetchSeq) return;
    citizen.showMessage((e as Error).message);
    follower.invalidate();
  }
}

const poll = window.fhbPollMs ?? 1500;
const follower = new SelectionFollower({
  intervalMs: poll,
  idleIntervalMs: Math.max(poll, 5000),
  idleAfter: 80,
  onChange: (state) => void onSelection(state),
  onError: (message) => announce(message, 'error'),
});

// ─── Tabs (WAI-ARIA tabs: arrow keys move between tabs, Tab moves into the pane) ───────────────────

const tabs = PANES.map((pane) => byId<HTMLButtonElement>(`tab-${pane}`));

function selectPane(pane: Pane, focusTab = false): void {
  PANES.forEach((p, i) => {
    const selected = p === pane;
    tabs[i].setAttribute('aria-selected', String(selected));
    tabs[i].tabIndex = selected ? 0 : -1;
    byId(`pane-${p}`).hidden = !selected;
  });
  document.body.setAttribute('data-pane', pane);
  if (focusTab) tabs[PANES.indexOf(pane)].focus();
  follower.setActive(pane === 'citizen');
  if (pane === 'settings') void settings.open();
  if (pane === 'merge') void merge.open();
  if (pane === 'import') citizenImport.open();
}

tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => selectPane(PANES[i]));
  tab.addEventListener('keydown', (e) => {
    const moves: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: PANES.length - 1 };
    if (!(e.key in moves)) return;
    e.preventDefault();
    selectPane(PANES[(moves[e.key] + PANES.length) % PANES.length], true);
  });
});

const initial = document.body.getAttribute('data-pane') as Pane;
selectPane(PANES.includes(initial) ? initial : 'citizen');
follower.start();
