import { citizenKey } from '../core/citizens/key';
import { parseDay } from '../core/coerce/values';
import { type Day, yearOf } from '../core/day';
import { visitVocabulary } from '../core/profiles/visit-terms';
import { offerCatalog } from '../core/report/year-report';
import { type CitizenFacts, type VisitReport, visitReport } from '../core/report/visits';
import { entriesOf, recordCounts, type TeamRecord, yearScope } from '../core/records/year';
import { CODE_EXEMPT, CODE_NONE } from '../core/rules/types';
import { birthColumn } from '../core/sheet/columns';
import { parseRecord } from '../core/status/records';
import { sexOfCpr } from '../core/visit-record/chair-stand/sex';
import type { VisitRecord } from '../core/visit-record/record';
import { cprText } from '../core/visit-record/read';
import { cellReader, fileDateToDay, type PlanResult } from './plan-table';

/**
 * The year report's visit part offline: the citizen file gives each key's birth day and sex (a CPR
 * number's last digit), its Inviteret cells the invitations per offer, its Gennemført the contacts that
 * close a follow-up; the visit file gives the rest. Nothing per citizen leaves: only counts.
 */
export function offlineVisitReport(plan: PlanResult, records: readonly VisitRecord[], clock: Day): VisitReport {
  const citizens = new Map<string, CitizenFacts>();
  const lastDone = new Map<string, Day>();
  const invited = new Map<string, number>();
  const birthAt = birthColumn(plan.columns);
  const quiet = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch {
      return undefined;
    }
  };
  for (const row of plan.planned) {
    const key = citizenKey({ columns: plan.columns, values: row.cells });
    const cell = cellReader(plan.columns, row.cells);
    const cpr = [cell('cpr'), cell('birthdate')].map(cprText).find((c) => c !== undefined);
    citizens.set(key, {
      birth: quiet(() => parseDay(birthAt === undefined ? null : row.cells[birthAt], 'fødselsdato', fileDateToDay)),
      sex: cpr ? sexOfCpr(cpr) : undefined,
    });
    const done = latestDay(quiet(() => parseRecord(cell('done'), 'gennemført', fileDateToDay)));
    if (done !== undefined) lastDone.set(key, done);
    const invitation = quiet(() => parseRecord(cell('invited'), 'inviteret', fileDateToDay));
    for (const offer of row.plan.offers) {
      if (invitation && recordCounts(invitation, yearScope(plan.asOf, clock, offer.from, offer.to))) invited.set(offer.code, (invited.get(offer.code) ?? 0) + 1);
    }
  }
  const terms = visitVocabulary(plan.profile);
  return visitReport({
    year: yearOf(plan.asOf),
    records,
    citizens,
    offers: offerCatalog(plan.profile)
      .filter((o) => o.code !== CODE_EXEMPT && o.code !== CODE_NONE)
      .map((o) => ({ ...o, invited: invited.get(o.code) ?? 0 })),
    themes: terms.themes,
    referrals: terms.referrals,
    asOf: plan.asOf,
    lastDone: (key) => lastDone.get(key),
  });
}

/** The latest dated entry of a record cell (several years' entries may stand in one cell). */
function latestDay(record: TeamRecord): Day | undefined {
  const days = entriesOf(record).flatMap((e) => ('day' in e ? [e.day] : []));
  return days.length ? (Math.max(...days) as Day) : undefined;
}
