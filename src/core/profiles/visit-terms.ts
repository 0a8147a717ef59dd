import type { VisitVocabulary } from '../visit-record/vocabulary';
import defaults from './builtin/default-visit-terms.json';
import type { Profile, VisitTerm } from './schema';

/**
 * The themes and referral kinds a profile's visits are coded with: the profile's own lists (in its
 * standard's words), else fhb's default set, a list for each that is left out. The default set is data
 * shipped like the built-in profiles, used as it is and held to the profile schema's `VisitTerms` by
 * test/unit/profiles/builtin-as-shipped.test.ts (not validated in every execution: issue 26).
 */
const DEFAULT_TERMS: { themes: VisitTerm[]; referrals: VisitTerm[] } = defaults;

export function defaultVisitTerms(): { themes: VisitTerm[]; referrals: VisitTerm[] } {
  return DEFAULT_TERMS;
}

export interface ProfileVisitTerms extends VisitVocabulary {
  readonly themes: readonly VisitTerm[];
  readonly referrals: readonly VisitTerm[];
  /** Which lists are fhb's default set (the profile has none of its own). */
  readonly defaults: { themes: boolean; referrals: boolean };
}

export function visitVocabulary(profile: Pick<Profile, 'themes' | 'referrals'>): ProfileVisitTerms {
  const d = defaultVisitTerms();
  return {
    themes: profile.themes ?? d.themes,
    referrals: profile.referrals ?? d.referrals,
    defaults: { themes: !profile.themes, referrals: !profile.referrals },
  };
}
