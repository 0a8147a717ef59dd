import { ownEventColumns } from '../../core/sheet/event-columns';
import { type Day, yearOf } from '../../core/day';
import { keepRecords, type CellChange } from '../../core/history/keep-records';
import { endedColumns } from '../../core/history/deletion';
import { resolveProfile } from '../../core/profiles/registry';
import type { Profile } from '../../core/profiles/schema';
import { evaluate } from '../../core/rules/engine';
import { findColumns } from '../../core/sheet/columns';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { citizenOf } from '../../core/sidebar/citizen-view';
import { makeZone, todayIn } from '../../sheetfns/zone';
import { readSettingsResult } from '../sheet/settings';
import { appendHistory } from './append';
import { readHistory } from './read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The last planning year closed (document property): undated ticks are cleared once, at the year's turn. */
const CLOSED_THROUGH = 'fhb.history.closedThrough';

export interface Kept {
  /** Events appended (records the history did not have). */
  appended: number;
  /** Record cells cleared or shortened because their year has ended. */
  closed: number;
  /** The year just closed, on the first run of a new year. */
  closedYear?: number;
}

/**
 * The daily trigger's and "Opdater nu"'s care of the history (core/history/keep-records.ts): records the
 * history lacks are appended, then records of ended years are cleared from the sheet, in that order, so
 * a failure between the two loses nothing. The year is today's in the sheet's zone, never the reference
 * date's: a team planning next year keeps this year's records. The caller holds the document lock.
 * A fixed number of service calls: the citizen sheet and the history are read once each, the history
 * appended in one block, each record column written in one block.
 */
export function keepHistory(ss: Spreadsheet, now: Date): Kept {
  const sheet = ss.getSheetByName(CITIZEN_SHEET);
  if (!sheet) return { appended: 0, closed: 0 };
  const zone = makeZone(ss.getSpreadsheetTimeZone());
  const year = yearOf(todayIn(zone, now));
  const props = PropertiesService.getDocumentProperties();
  const closedThrough = Number(props.getProperty(CLOSED_THROUGH) ?? NaN);
  const closing = Number.isFinite(closedThrough) && closedThrough < year - 1;
  const grid = sheet.getDataRange().getValues();
  const columns = findColumns(grid[0] ?? []);
  const rows = grid.slice(1);
  const profile = profileOf(ss);
  const plan = keepRecords({
    columns, rows, history: readHistory(ss), year, closing, toDay: zone.toDay, ended: endedColumns(grid[0] ?? []),
    codeOf: (i: number, day: Day) => {
      if (!profile) return '';
      try {
        return evaluate(citizenOf({ columns, values: rows[i] }, zone.toDay, ownEventColumns(grid[0] ?? [], profile.events)), day, profile).code;
      } catch {
        return '';
      }
    },
  });
  appendHistory(plan.events, ss);
  writeChanges(sheet, rows, plan.changes);
  if (closedThrough !== year - 1) props.setProperty(CLOSED_THROUGH, String(year - 1));
  return { appended: plan.events.length, closed: plan.closedCells, ...(closing ? { closedYear: year - 1 } : {}) };
}

function profileOf(ss: Spreadsheet): Profile | undefined {
  try {
    const settings = readSettingsResult(ss).settings;
    return resolveProfile(settings?.profile);
  } catch {
    return undefined;
  }
}

/**
 * One write per changed column over the rows it spans; the cells between are written back as they were
 * (their formula when they have one).
 */
function writeChanges(sheet: Sheet, rows: readonly (readonly unknown[])[], changes: readonly CellChange[]): void {
  const byColumn = new Map<number, CellChange[]>();
  for (const c of changes) {
    const list = byColumn.get(c.column);
    if (list) list.push(c);
    else byColumn.set(c.column, [c]);
  }
  for (const [column, list] of byColumn) {
    const top = list.reduce((m, c) => Math.min(m, c.row), Infinity);
    const height = list.reduce((m, c) => Math.max(m, c.row), -Infinity) - top + 1;
    const range = sheet.getRange(top + 2, column + 1, height, 1);
    const formulas = range.getFormulas();
    const out = formulas.map((f, k) => [f[0] !== '' ? f[0] : rows[top + k][column]]);
    for (const c of list) out[c.row - top][0] = c.value;
    range.setValues(out as unknown[][]);
  }
}
