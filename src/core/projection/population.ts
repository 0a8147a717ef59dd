import type { DateToDay } from '../coerce/values';
import { InputError } from '../coerce/errors';
import type { Day } from '../day';
import type { Booking, Profile } from '../profiles/schema';
import { isEnded } from '../records/ended';
import { evaluate } from '../rules/engine';
import { CODE_EXEMPT, CODE_NONE } from '../rules/types';
import { type ColumnMap, birthColumn, findColumns } from '../sheet/columns';
import { ownEventColumns } from '../sheet/event-columns';
import { citizenOf } from '../sidebar/citizen-view';
import { parseRecord, STATUS_FIELDS } from '../status/records';
import { isEmptyCell } from '../coerce/values';
import { offerCatalog } from '../report/year-report';

/**
 * The citizen list as a projection reads it: the header row and the data rows of the sheet (or the
 * offline file), exactly as the planner reads them. Rows come as an iterable, read once per profile, so
 * 100,000 citizens are never copied.
 */
export interface Population {
  readonly headers: readonly unknown[];
  readonly rows: () => Iterable<readonly unknown[]>;
  readonly toDay: DateToDay;
}

/** How many citizens got one offer code in a planning year, and how each of them is to be reached. */
export interface OfferTally {
  readonly code: string;
  readonly title: string;
  readonly kind: 'age' | 'event' | 'exempt' | 'none';
  citizens: number;
  /** Citizens per way of booking (a form by age may change it within one code). */
  readonly byBooking: Partial<Record<Booking, number>>;
}

/** One profile's plan for one year, counted: nothing of a citizen is kept but the plan's code. */
export interface PlannedYear {
  readonly profile: Profile;
  readonly asOf: Day;
  /** Per data row: the plan's code; undefined for an ended citizen or a row the rules cannot read. */
  readonly codes: (string | undefined)[];
  /** Per offer code (and UNDTAGET, INGEN), in the profile's order. */
  readonly tallies: Map<string, OfferTally>;
  /** Citizens planned (not ended, readable), and those with at least one offer. */
  planned: number;
  reached: number;
  ended: number;
  errors: number;
}

/**
 * Plans every citizen of the list for the year of `asOf` with `profile`, by the very engine and readers
 * the planner uses (citizenOf, evaluate): an ended citizen (Ophørt on or before `asOf`) is left out, a
 * known event is kept, nobody is invented.
 */
export function planYear(population: Population, profile: Profile, asOf: Day): PlannedYear {
  const columns = findColumns(population.headers);
  const own = ownEventColumns(population.headers, profile.events);
  const tallies = emptyTallies(profile);
  const year: PlannedYear = { profile, asOf, codes: [], tallies, planned: 0, reached: 0, ended: 0, errors: 0 };
  const birth = birthColumn(columns);
  if (birth === undefined) return year;
  for (const values of population.rows()) {
    if (isEmptyCell(values[birth]) && (columns.cpr === undefined || isEmptyCell(values[columns.cpr]))) continue;
    if (endedBy(values, columns, population.toDay, asOf)) {
      year.ended++;
      year.codes.push(undefined);
      continue;
    }
    let plan;
    try {
      plan = evaluate(citizenOf({ columns, values }, population.toDay, own), asOf, profile);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      year.errors++;
      year.codes.push(undefined);
      continue;
    }
    year.planned++;
    year.codes.push(plan.code);
    if (plan.offers.length === 0) {
      tallies.get(plan.code)!.citizens++;
      continue;
    }
    year.reached++;
    for (const offer of plan.offers) {
      const tally = tallies.get(offer.code)!;
      tally.citizens++;
      tally.byBooking[offer.booking] = (tally.byBooking[offer.booking] ?? 0) + 1;
    }
  }
  return year;
}

function endedBy(values: readonly unknown[], columns: ColumnMap, toDay: DateToDay, asOf: Day): boolean {
  if (columns.ended === undefined) return false;
  try {
    return isEnded(parseRecord(values[columns.ended], STATUS_FIELDS[9], toDay), asOf);
  } catch {
    // An unreadable Ophørt cell counts as not there, as the Status column reads it (readTeamRecords).
    return false;
  }
}

/** A tally per rule of the profile, then the exemption and "no offer", so every code shows, even at 0. */
function emptyTallies(profile: Profile): Map<string, OfferTally> {
  const kinds = new Map<string, OfferTally['kind']>(profile.rules.map((r) => [r.code, r.kind]));
  kinds.set(CODE_EXEMPT, 'exempt').set(CODE_NONE, 'none');
  return new Map(offerCatalog(profile).map((o) => [o.code, { code: o.code, title: o.label, kind: kinds.get(o.code)!, citizens: 0, byBooking: {} }]));
}
