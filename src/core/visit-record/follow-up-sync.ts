import { citizenKey } from '../citizens/key';
import type { DateToDay } from '../coerce/values';
import type { Day } from '../day';
import { latestDay } from '../records/year';
import type { ColumnMap } from '../sheet/columns';
import { followUpClosed } from '../status/follow-up';
import { readTeamRecords } from '../status/records';
import { newestContacts, openFollowUps } from './follow-ups';
import type { VisitRecord } from './record';

/**
 * A follow-up typed by hand into the visit sheet reaches the citizen sheet's Opfølgning column, where
 * status, sidebar, call list, scheduler and merge read it, as *Registrér besøget* writes it: each citizen's
 * open follow-up (openFollowUps: the newest contact set one, no later contact or Gennemført closed it) is
 * written when the cell is empty or holds an earlier date. A later date already there (the form's) is
 * kept; a Gennemført or Frabedt on or after the day (the follow-up done) writes nothing, so the daily
 * run's clearing of closed follow-ups never meets it again. A key no citizen row has writes nothing: its
 * visit rows are reported by row number (never a key, name or CPR number). Pure.
 */
export interface FollowUpSync {
  /** 0-based data rows of the citizen sheet (sheet row = row + 2) and the day to write there. */
  writes: { row: number; day: Day }[];
  /** Rows of the visit sheet whose open follow-up names no citizen in the citizen sheet, ascending. */
  unmatchedRows: number[];
}

export function followUpSync(input: {
  columns: ColumnMap;
  /** The citizen sheet's data rows, without the header row. */
  rows: readonly (readonly unknown[])[];
  records: readonly VisitRecord[];
  toDay: DateToDay;
}): FollowUpSync {
  const { columns, rows, toDay } = input;
  const keys = rows.map((values) => citizenKey({ columns, values }));
  const teamRecords = rows.map((values) => readTeamRecords((k) => (columns[k] === undefined ? undefined : values[columns[k]!]), toDay));
  const lastDone = new Map<string, Day>();
  keys.forEach((key, i) => {
    const done = latestDay(teamRecords[i].done);
    if (done !== undefined && !(lastDone.get(key)! >= done)) lastDone.set(key, done);
  });
  const open = openFollowUps(input.records, { lastDone: (key) => lastDone.get(key) });
  const writes: FollowUpSync['writes'] = [];
  if (columns.followUp !== undefined) {
    keys.forEach((key, i) => {
      const day = open.get(key);
      if (day === undefined) return;
      const records = teamRecords[i];
      if (followUpClosed(records, day)) return;
      const had = latestDay(records.followUp);
      if (had === undefined || had < day) writes.push({ row: i, day });
    });
  }
  const known = new Set(keys);
  const newest = newestContacts(input.records);
  const unmatchedRows = [...open.keys()].filter((key) => !known.has(key)).map((key) => newest.get(key)!.row).sort((a, b) => a - b);
  return { writes, unmatchedRows };
}
