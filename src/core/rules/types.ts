import type { Day } from '../day';
import type { Booking, EventKind } from '../profiles/schema';

/** A citizen as the rules see one: already coerced from whatever the sheet or file held. */
export interface Citizen {
  birth: Day;
  livesAlone: boolean;
  spouseDied?: Day;
  spouseMoved?: Day;
  /** The profile's own life events (its `events`), by id: the day each happened. */
  events?: Readonly<Record<string, Day>>;
  atRisk: boolean;
  exempt: boolean;
  /** The text the team wrote in `Undtaget`, when it was a reason rather than a yes. */
  exemptReason?: string;
}

/** One offer that applies, with its due window and why. */
export interface PlannedOffer {
  code: string;
  title: string;
  label: string;
  form: string;
  channel: string;
  booking: Booking;
  /** The letter template key for this offer. */
  template: string;
  /** Set for phone-first offers: the template of the letter sent when the citizen was not reached. */
  letterIfNotReached?: string;
  /** For the consultants only: never printed in a letter. */
  note?: string;
  /** Citizen paragraphs for the letter (the profile's `letterText`). */
  letterText?: readonly string[];
  /** The alternative a meeting letter offers last (the profile's `letterAlternative`). */
  letterAlternative?: string;
  from: Day;
  to: Day;
  legalBasis: string;
  /** One Danish sentence: "Fylder 80 år i 2025." */
  reason: string;
  source: { document: string; lines: string };
  event?: { kind: EventKind; day: Day; contact: number; contacts: number };
}

export interface Exemption {
  reason: string;
  legalBasis: string;
  /** False when the team's text named no reason the profile lists. */
  known: boolean;
}

/** Everything the rules say about one citizen in one planning year. */
export interface Plan {
  profileId: string;
  year: number;
  asOf: Day;
  /** `ALDER_80`, `EFTERLADT+ALDER_80` (most urgent first), `UNDTAGET` or `INGEN`. */
  code: string;
  offers: PlannedOffer[];
  exemption?: Exemption;
  /** One Danish sentence for the whole plan. */
  reason: string;
  warnings: string[];
  /** Age on the reference date, and the age reached in the planning year. */
  age: number;
  turns: number;
}

export const CODE_EXEMPT = 'UNDTAGET';
export const CODE_NONE = 'INGEN';
export const CODE_SEPARATOR = '+';
