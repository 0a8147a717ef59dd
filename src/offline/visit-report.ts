import type { Day } from '../core/day';
import { citizensVisitReport, reportCitizen } from '../core/report/visit-citizens';
import type { VisitReport } from '../core/report/visits';
import { readTeamRecords } from '../core/status/records';
import type { VisitRecord } from '../core/visit-record/record';
import { cellReader, fileDateToDay, type PlanResult } from './plan-table';

/**
 * The year report's visit part offline: the citizen file's rows give each key's birth day, sex,
 * invitations and latest Gennemført (core/report/visit-citizens.ts, as the Google report reads Borgere);
 * the visit file gives the rest. Nothing per citizen leaves: only counts.
 */
export function offlineVisitReport(plan: PlanResult, records: readonly VisitRecord[], clock: Day, problemRows: readonly number[]): VisitReport {
  const citizens = plan.planned.map((row) =>
    reportCitizen({ columns: plan.columns, values: row.cells }, fileDateToDay, readTeamRecords(cellReader(plan.columns, row.cells), fileDateToDay), row.plan.offers),
  );
  return citizensVisitReport(citizens, records, { profile: plan.profile, asOf: plan.asOf, today: clock, problemRows });
}
