import { type Day, yearOf } from '../day';
import { InputError } from '../coerce/errors';
import type { HistoryEvent } from '../history/events';
import { withoutField } from '../profiles/registry';
import type { Profile } from '../profiles/schema';
import type { Settings } from '../settings/schema';
import { type Assumptions, assumptionsOf } from './assumptions';
import { type Change, type ProfileFacts, changesBetween, profileFacts } from './compare';
import { type ProfileEstimate, estimate } from './estimate';
import { type PlannedYear, type Population, planYear } from './population';
import { practiceOf } from './practice';
import * as text from './text';
import { projectionDay } from './year';

export interface ProjectionInput {
  readonly population: Population;
  /** The data's reference date (the settings' date, or today). */
  readonly referenceAsOf: Day;
  readonly year: number;
  readonly current: Profile;
  readonly proposed?: Profile;
  readonly settings: Settings;
  readonly history: readonly HistoryEvent[];
}

export interface ProfileProjection {
  readonly estimate: ProfileEstimate;
  readonly facts: ProfileFacts;
}

/** A planning year projected with the profile in use and, when given, a proposal, side by side. */
export interface Projection {
  readonly year: number;
  /** The reference date each profile plans with (projectionDay). */
  readonly asOf: Day;
  readonly referenceAsOf: Day;
  readonly assumptions: Assumptions;
  /** The current profile first, then the proposal. */
  readonly profiles: readonly ProfileProjection[];
  /** From the current to the proposed code, when there is a proposal. */
  readonly changes?: readonly Change[];
  /** Said once: no consultants, so no capacity. */
  readonly notes: readonly string[];
}

/** A «Tager imod: KODE» the team typed for a code no projected profile has is said, never silently unused. */
function unusedAcceptance(settings: ProjectionInput['settings'], plans: readonly PlannedYear[]): string[] {
  const codes = new Set(plans.flatMap((p) => p.profile.rules.map((r) => r.code)));
  const unused = Object.keys(settings.projection.acceptance).filter((code) => !codes.has(code));
  return unused.length ? [text.UNUSED_ACCEPTANCE(unused)] : [];
}

/**
 * The proposal as the table names it. The same rules again are refused; an edited copy of the profile in
 * use (the natural way to write a proposal) keeps its id and name, so it is told apart by «forslag», else
 * its columns, chart series and CSV rows would carry the same name as the current profile's.
 */
function distinct(current: Profile, proposed: Profile): Profile {
  if (JSON.stringify(proposed) === JSON.stringify(current)) throw new InputError(text.ERR_PROPOSAL_SAME(current.id));
  return {
    ...proposed,
    id: proposed.id === current.id ? `${proposed.id}-${text.PROPOSAL}` : proposed.id,
    name: proposed.name === current.name ? `${proposed.name} (${text.PROPOSAL})` : proposed.name,
  };
}

/** The proposal read by `read`; a refusal says it is the proposal's, not the profile in use's (Indstillinger). */
export function readProposal(read: () => Profile): Profile {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(text.PROPOSAL_REFUSED(withoutField(e.message)));
    throw e;
  }
}

/**
 * The projection: the same list planned for `year` by each profile with the engine that plans the real
 * year, counted and costed with the team's settings and Historik. Throws InputError (Danish) on a year
 * it cannot project, before anything is planned.
 */
export function project(input: ProjectionInput): Projection {
  const asOf = projectionDay(input.referenceAsOf, input.year);
  const { current, proposed } = input;
  const assumptions = assumptionsOf(input.settings, practiceOf(input.history, yearOf(input.referenceAsOf)));
  const plans: PlannedYear[] = [current, ...(proposed ? [distinct(current, proposed)] : [])].map((p) => planYear(input.population, p, asOf));
  return {
    year: input.year,
    asOf,
    referenceAsOf: input.referenceAsOf,
    assumptions,
    profiles: plans.map((plan) => ({ estimate: estimate(plan, assumptions), facts: profileFacts(plan.profile, asOf) })),
    changes: plans.length === 2 ? changesBetween(plans[0], plans[1]) : undefined,
    notes: [...(assumptions.consultants === 0 ? [text.NO_CONSULTANTS] : []), ...unusedAcceptance(input.settings, plans)],
  };
}
