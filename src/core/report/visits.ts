import { type Day, ageTurnedInYear, lastDayOfYear, yearOf } from '../day';
import { readChairStand } from '../visit-record/chair-stand/reading';
import { CHAIR_STAND_NORMS, type Sex } from '../visit-record/chair-stand/norms';
import { openFollowUps } from '../visit-record/follow-ups';
import { VISIT_FORMS, type VisitForm } from '../visit-record/forms';
import type { VisitRecord } from '../visit-record/record';
import type { VisitTerm } from '../visit-record/vocabulary';
import * as text from './visits-text';

/**
 * The year report's visit part (issue 24 item 6), from the visit records: persons and visits by Danmarks
 * Statistik's AED10A age bands and sex, acceptance by offer, themes, chair-stand readings under the norm,
 * referrals and follow-ups. Pure, so the Google report sheet and the offline report count alike. Counts
 * only: no name, key or result of a single citizen leaves this function.
 */

/** AED10A's age groups, as Danmarks Statistik names them (SPEC §4, aed10a.csv). */
export const AED10A_BANDS = [
  { label: 'under 75', from: 0, to: 74 },
  { label: '75', from: 75, to: 75 },
  { label: '76-79', from: 76, to: 79 },
  { label: '80-84', from: 80, to: 84 },
  { label: '85-89', from: 85, to: 89 },
  { label: '90+', from: 90, to: Infinity },
] as const;

export type SexOrUnknown = Sex | '?';

export interface CitizenFacts {
  birth?: Day;
  sex?: Sex;
}

export interface VisitReportInput {
  year: number;
  /** Every readable, non-superseded record (any year: follow-ups and previous tests reach across years). */
  records: readonly VisitRecord[];
  /** Birth day and sex of each citizen by key (from Borgere or the citizen file). */
  citizens: ReadonlyMap<string, CitizenFacts>;
  /** The offers, in the profile's order: code, label, and how many citizens were invited to it this year. */
  offers: readonly { code: string; label: string; invited: number }[];
  themes: readonly VisitTerm[];
  referrals: readonly VisitTerm[];
  /** The day open follow-ups are counted on (the report's reference date). */
  asOf: Day;
  /** The citizen's latest Gennemført, which closes a follow-up made before it (openFollowUps). */
  lastDone?: (key: string) => Day | undefined;
  /** The rows the reader could not read, wholly or partly (VisitRecords' problems): the report names them. */
  problemRows?: readonly number[];
}

export interface Aed10aLine {
  band: string;
  sex: SexOrUnknown;
  persons: number;
  visits: number;
}

export interface CountLine {
  id: string;
  label: string;
  count: number;
}

export interface AcceptanceLine {
  code: string;
  label: string;
  invited: number;
  /** Citizens with a held contact for this offer in the year. */
  held: number;
  /** held / invited, when anyone was invited. */
  rate?: number;
}

export interface NormBandLine {
  band: string;
  tests: number;
  under: number;
  within: number;
  over: number;
}

export interface VisitReport {
  year: number;
  persons: number;
  visits: number;
  aed10a: Aed10aLine[];
  byForm: CountLine[];
  acceptance: AcceptanceLine[];
  themes: CountLine[];
  referrals: CountLine[];
  chairStand: { bands: NormBandLine[]; tests: number; under: number; unread: number; normSet: string };
  followUps: { made: number; open: number };
  problemRows: number[];
}

/**
 * The age group: the age the citizen reaches in the report year (as fhb's offers count age, and as the
 * single-year group 75 suits: the year's 75-year offer); undefined without a birth date.
 */
export function aed10aBand(birth: Day | undefined, year: number): string | undefined {
  if (birth === undefined) return undefined;
  const age = ageTurnedInYear(birth, lastDayOfYear(year));
  return AED10A_BANDS.find((b) => age >= b.from && age <= b.to)?.label;
}

export function visitReport(input: VisitReportInput): VisitReport {
  const held = input.records.filter((r) => yearOf(r.day) === input.year);
  const facts = (r: VisitRecord): CitizenFacts => input.citizens.get(r.key) ?? {};
  const sexOf = (r: VisitRecord): SexOrUnknown => facts(r).sex ?? r.sex ?? '?';

  // AED10A: each person once (in the group of their first contact's sex reading), each contact once.
  const cells = new Map<string, { persons: Set<string>; visits: number }>();
  for (const r of held) {
    const id = `${aed10aBand(facts(r).birth, input.year) ?? text.UNKNOWN_BAND}|${sexOf(r)}`;
    let cell = cells.get(id);
    if (!cell) cells.set(id, (cell = { persons: new Set(), visits: 0 }));
    cell.persons.add(r.key);
    cell.visits++;
  }
  const aed10a: Aed10aLine[] = [];
  const bands = [...AED10A_BANDS.map((b) => b.label), text.UNKNOWN_BAND];
  for (const band of bands) {
    for (const sex of ['M', 'K', '?'] as const) {
      const cell = cells.get(`${band}|${sex}`);
      // The twelve AED10A lines always; unknown age or sex only when someone is there.
      if (!cell && (band === text.UNKNOWN_BAND || sex === '?')) continue;
      aed10a.push({ band, sex, persons: cell?.persons.size ?? 0, visits: cell?.visits ?? 0 });
    }
  }

  const count = (terms: readonly VisitTerm[], pick: (r: VisitRecord) => readonly string[]): CountLine[] => {
    const counts = new Map<string, number>();
    for (const r of held) for (const id of pick(r)) counts.set(id, (counts.get(id) ?? 0) + 1);
    // The profile's terms only: text in a cell is never a line of the report (a typed note, a CPR number).
    return terms.map((t) => ({ id: t.id, label: t.label, count: counts.get(t.id) ?? 0 }));
  };

  const heldByOffer = new Map<string, Set<string>>();
  for (const r of held) {
    if (!r.offerCode) continue;
    let set = heldByOffer.get(r.offerCode);
    if (!set) heldByOffer.set(r.offerCode, (set = new Set()));
    set.add(r.key);
  }
  const acceptance = input.offers.map(({ code, label, invited }): AcceptanceLine => {
    const n = heldByOffer.get(code)?.size ?? 0;
    return { code, label, invited, held: n, ...(invited > 0 ? { rate: n / invited } : {}) };
  });

  const byForm = VISIT_FORMS.filter((f) => f.id !== 'cancelled').map((f) => ({
    id: f.id, label: f.label, count: held.filter((r) => r.form === (f.id as VisitForm)).length,
  }));

  return {
    year: input.year,
    persons: new Set(held.map((r) => r.key)).size,
    visits: held.length,
    aed10a,
    byForm,
    acceptance,
    themes: count(input.themes, (r) => r.themes),
    referrals: count(input.referrals, (r) => r.referrals),
    chairStand: chairStandLines(held, facts),
    followUps: {
      made: held.filter((r) => r.followUp !== undefined).length,
      open: openFollowUps(input.records, { lastDone: input.lastDone }).size,
    },
    problemRows: [...new Set(input.problemRows)],
  };
}

/** Each test read as the citizen's age and sex on its day give it; a test that cannot be read is counted apart. */
function chairStandLines(held: readonly VisitRecord[], facts: (r: VisitRecord) => CitizenFacts) {
  const lines = new Map<string, NormBandLine>(
    CHAIR_STAND_NORMS.bands.map((b) => [`${b.from}-${b.to}`, { band: `${b.from}-${b.to}`, tests: 0, under: 0, within: 0, over: 0 }]),
  );
  let tests = 0;
  let unread = 0;
  for (const r of held) {
    if (r.chairStand === undefined) continue;
    tests++;
    const { birth, sex } = facts(r);
    const out = birth === undefined ? undefined : readChairStand({ count: r.chairStand, birth, sex: sex ?? r.sex, testDay: r.day });
    if (!out || 'error' in out) {
      unread++;
      continue;
    }
    const line = lines.get(`${out.reading.band.from}-${out.reading.band.to}`)!;
    line.tests++;
    line[out.reading.level === 'within' ? 'within' : out.reading.level]++;
  }
  const bands = [...lines.values()];
  return { bands, tests, under: bands.reduce((n, b) => n + b.under, 0), unread, normSet: CHAIR_STAND_NORMS.name };
}

