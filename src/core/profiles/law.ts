import { Day, dayFromYmd, firstDayOfYear, fromIso, lastDayOfYear, toDanish } from '../day';
import type { Profile } from './schema';
import * as text from './text';

/**
 * What the product knows of the law behind the profiles, so no text presents a repealed provision as
 * current. Servicelovens § 79 a was repealed from 1 July 2025 (lov nr. 1703 af 30/12/2024 § 1, nr. 3),
 * with ældreloven (lov nr. 1651 af 30/12/2024) in force the same day. From then an offer rests on the
 * municipality's own decision, with ældreloven as the general frame (its § 4 is cited by number only).
 */
export const SEL_79A_REPEALED: Day = dayFromYmd(2025, 7, 1);

/** A citation of § 79 a, with its stk. if given: "SEL § 79 a, stk. 2", "Lov om social service § 79 a, stk. 1-6". */
// Starts at the law's name or at §, never at a space (a leading `\s*` rescans each run of spaces).
const CITATION_79A = /((?:(?:SEL|[Ll]ov om social service|[Ss]erviceloven)\s*)?§\s*79\s*a\b(?:,?\s*stk\.\s*\d+(?:\s*[-–]\s*\d+)?)?)/g;
export const CITES_79A = /§\s*79\s*a\b/;
/** A text that already says § 79 a is history ("SEL § 79 a (til 30.6.2025)") is left as written. */
export const ALREADY_DATED = /til 30\.6\.2025|til 30\.06\.2025|ophævet|tidligere/i;

/** The texts as dated after the repeal, by the profile's text: a profile has a handful, a plan thousands of offers. */
const afterRepeal = new Map<string, string>();

/**
 * The legal-basis text as it may be printed on `day`: before 1 July 2025 as the profile wrote it; from
 * then a text citing § 79 a as current is marked "(til 30.6.2025)" and led by the municipality's own
 * decision with ældreloven as the frame.
 */
export function legalBasisOn(basis: string, day: Day): string {
  if (day < SEL_79A_REPEALED) return basis;
  let dated = afterRepeal.get(basis);
  if (dated === undefined) {
    dated = !CITES_79A.test(basis) || ALREADY_DATED.test(basis)
      ? basis
      : `${text.OWN_DECISION}; ${basis.replace(CITATION_79A, (m) => `${m.trim()} ${text.UNTIL_REPEAL}`)}`;
    afterRepeal.set(basis, dated);
  }
  return dated;
}

/** Whether a profile that states the law (`lawUntil`) still does in a planning year. */
export function lawInForce(law: Profile, year: number): boolean {
  const until = law.lawUntil ? fromIso(law.lawUntil) : undefined;
  return until === undefined || firstDayOfYear(year) <= until;
}

/** A Danish warning when the planning year is not wholly inside the profile's period of validity. */
export function periodWarning(profile: Profile, year: number): string | undefined {
  const from = profile.validFrom ? fromIso(profile.validFrom) : undefined;
  const to = profile.validTo ? fromIso(profile.validTo) : undefined;
  const first = firstDayOfYear(year);
  const last = lastDayOfYear(year);
  const show = (d: Day | undefined) => (d === undefined ? undefined : toDanish(d));
  if ((to !== undefined && to < first) || (from !== undefined && from > last)) {
    return text.periodOutside(profile.name, show(from), show(to), year);
  }
  if ((from !== undefined && from > first) || (to !== undefined && to < last)) {
    return text.periodPartial(profile.name, show(from), show(to), year);
  }
  return undefined;
}
