import { toDanish } from '../../core/day';
import { citizenSheet } from './citizens';
import { menuAction, tryUnderLock, underLock } from '../run-action';
import { keepHistory } from '../history/keep';
import * as historyText from '../../core/history/text';
import { settingsSheet, writeReferenceDate } from './settings';
import { runSetup, setupErrors } from './setup';
import { TITLE, text } from './text';
import { markDailyRun } from './trigger';
import { alert, toast } from './ui';
import { sheetZone, todayInDenmark } from './zone';
import { syncFollowUps } from '../visit-record/follow-up-sync';
import * as visitText from '../../core/visit-record/text';

/**
 * "Opdater nu": today's date into Indstillinger!B2 (the colours follow), whatever set-up would mend
 * (a deleted formula, a new consultant in the dropdown, colours over rows added since), and the history
 * (gas/history/keep.ts: records typed by hand appended, an ended year closed). The daily trigger does the
 * date and the history.
 */
export function refreshFromMenu(): void {
  const today = todayInDenmark();
  menuAction(TITLE, () => {
    const ss = SpreadsheetApp.getActive();
    if (!citizenSheet(ss) || !settingsSheet(ss)) return alert(text.needsSetup);
    // Set-up first: it refuses an Indstillinger sheet that is not ours before its B2 is written.
    const { kept, synced } = underLock(() => {
      runSetup(ss);
      writeReferenceDate(ss, today);
      const synced = syncFollowUps(ss, sheetZone(ss));
      return { kept: keepHistory(ss, new Date()), synced };
    }, text.busy);
    toast([text.refreshDone(toDanish(today)), visitText.followUpsWritten(synced.written), historyText.keptMessage(kept), synced.unmatched].filter(Boolean).join(' '));
  }, setupErrors);
}

/**
 * When a time-driven trigger fired: its event carries the time (in UTC, Apps Script's `timezone`
 * field); without one (a manual run), now.
 */
export function eventInstant(e: unknown): Date {
  const ev = (e ?? {}) as Record<string, unknown>;
  const n = (k: string) => (typeof ev[k] === 'number' ? (ev[k] as number) : NaN);
  const ms = Date.UTC(n('year'), n('month') - 1, n('day-of-month'), n('hour') || 0, n('minute') || 0, n('second') || 0);
  return ev.timezone === 'UTC' && Number.isFinite(ms) ? new Date(ms) : new Date();
}

/**
 * The daily time-driven trigger: no UI; a busy lock means a colleague is refreshing, which writes the date
 * too, so busy is no error here. It waits longer than a click (no one is waiting at a screen).
 */
export function dailyUpdate(e: unknown): void {
  const ss = SpreadsheetApp.getActive();
  if (!settingsSheet(ss)) return;
  const now = eventInstant(e);
  tryUnderLock(() => {
    writeReferenceDate(ss, todayInDenmark(now));
    markDailyRun(now);
    // After the date: a history problem fails the trigger visibly, but the date is written. Follow-ups
    // typed into Besøg first, so the history's clearing of closed follow-ups sees them.
    syncFollowUps(ss, sheetZone(ss));
    keepHistory(ss, now);
  }, DAILY_WAIT_MS);
}

const DAILY_WAIT_MS = 60_000;
