import { citizenKey } from '../citizens/key';
import type { DateToDay } from '../coerce/values';
import { type Day, yearOf } from '../day';
import type { Profile } from '../profiles/schema';
import { visitVocabulary } from '../profiles/visit-terms';
import { latestDay, recordCounts, yearScope } from '../records/year';
import { CODE_EXEMPT, CODE_NONE } from '../rules/types';
import type { ColumnMap } from '../sheet/columns';
import { citizenBirth } from '../sidebar/citizen-view';
import { citizenSex } from '../sidebar/visit-form-view';
import type { TeamRecords } from '../status/status';
import type { Sex } from '../visit-record/chair-stand/norms';
import type { VisitRecord } from '../visit-record/record';
import { offerCatalog } from './year-report';
import { type CitizenFacts, type VisitReport, visitReport } from './visits';

/**
 * What the visit part of the year report needs of each citizen row, the same on Google (Borgere) and
 * offline (the citizen file): the stable key the visit rows name, birth day and sex (a CPR number's last
 * digit) for the AED10A groups and the norms, this year's Inviteret per offer for the acceptance rate, and
 * the latest Gennemført, which closes a follow-up made before it. Pure; nothing of a single citizen leaves
 * `citizensVisitReport` but counts.
 */
export interface ReportCitizen {
  key: string;
  birth?: Day;
  sex?: Sex;
  records: Pick<TeamRecords, 'invited' | 'done'>;
  /** The row's planned offers (the rules' windows decide which year an Inviteret counts for). */
  offers: readonly { code: string; from: Day; to: Day }[];
}

/** One row as the report sees it; an unreadable birth date leaves the age unknown, never a guess. */
export function reportCitizen(
  data: { columns: ColumnMap; values: readonly unknown[] },
  toDay: DateToDay,
  records: ReportCitizen['records'],
  offers: ReportCitizen['offers'],
): ReportCitizen {
  let birth: Day | undefined;
  try {
    birth = citizenBirth(data, toDay);
  } catch {
    birth = undefined;
  }
  return { key: citizenKey(data), birth, sex: citizenSex(data), records, offers };
}

export interface CitizensReportInput {
  profile: Profile;
  /** The reference date: its year is the report's, and open follow-ups are counted on it. */
  asOf: Day;
  /** Today (the real clock): an undated Inviteret counts in today's year (records/year.ts). */
  today: Day;
  problemRows?: readonly number[];
}

/** The visit part of the year report from the citizen rows and the visit records. */
export function citizensVisitReport(citizens: Iterable<ReportCitizen>, records: readonly VisitRecord[], input: CitizensReportInput): VisitReport {
  const facts = new Map<string, CitizenFacts>();
  const lastDone = new Map<string, Day>();
  const invited = new Map<string, number>();
  for (const c of citizens) {
    facts.set(c.key, { birth: c.birth, sex: c.sex });
    const done = latestDay(c.records.done);
    if (done !== undefined) lastDone.set(c.key, done);
    for (const offer of c.offers) {
      if (recordCounts(c.records.invited, yearScope(input.asOf, input.today, offer.from, offer.to))) invited.set(offer.code, (invited.get(offer.code) ?? 0) + 1);
    }
  }
  const terms = visitVocabulary(input.profile);
  return visitReport({
    year: yearOf(input.asOf),
    records,
    citizens: facts,
    offers: offerCatalog(input.profile)
      .filter((o) => o.code !== CODE_EXEMPT && o.code !== CODE_NONE)
      .map((o) => ({ ...o, invited: invited.get(o.code) ?? 0 })),
    themes: terms.themes,
    referrals: terms.referrals,
    asOf: input.asOf,
    problemRows: input.problemRows,
    lastDone: (key) => lastDone.get(key),
  });
}
