import type { DateToDay } from '../coerce/values';
import type { Day } from '../day';
import type { Plan } from '../rules/types';
import { type RecordKey, readTeamRecords } from './records';
import { type TeamRecords, hasFixedTime, statusOf } from './status';
import type { StatusId } from './vocabulary';

/**
 * A row's status from its plan and its records, as every server feature computes it (the merge on
 * Google and offline, the scheduler, the call list, the report, the sidebar): the same answer FHB_STATUS
 * gives, without reading the Status column, which may still say "Indlæser…" on Google.
 * `columns.announced` says whether the sheet has a Besøg meddelt column.
 */
export function planStatus(plan: Plan, records: TeamRecords, columns: { announced?: unknown }, asOf: Day, today: Day): StatusId {
  const first = plan.offers[0];
  return statusOf(plan.code, first?.from, first?.to, asOf, records, {
    today,
    fixedTime: hasFixedTime(plan),
    announcedColumn: columns.announced !== undefined,
  });
}

/** `planStatus` from the row's raw record cells. */
export function rowStatus(plan: Plan, cellOf: (key: RecordKey) => unknown, columns: { announced?: unknown }, asOf: Day, today: Day, toDay: DateToDay): StatusId {
  return planStatus(plan, readTeamRecords(cellOf, toDay), columns, asOf, today);
}
