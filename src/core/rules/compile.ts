import type { AgeBand, AgeRule, EventRule, Profile } from '../profiles/schema';
import { getProfile } from '../profiles/registry';

export const MAX_AGE = 130;

/** A profile made fast to evaluate: age bands become lookup tables, the law's gaps are found once. */
export interface CompiledProfile {
  profile: Profile;
  ageRules: { rule: AgeRule; order: number; ages: Uint8Array }[];
  eventRules: { rule: EventRule; order: number }[];
  /** Ages the law (compareWith) covers for a code and this profile does not. */
  lawGaps: LawGap[];
  /** The profile compared with (compareWith), when there is one. */
  law?: Profile;
  /** Reason sentences by rule, age and year (they repeat across thousands of citizens). */
  reasons: Map<string, string>;
}

export interface LawGap {
  code: string;
  lawRule: AgeRule;
  lawName: string;
  ages: Uint8Array;
  profileRule?: AgeRule;
}

export function agesTable(bands: AgeBand[]): Uint8Array {
  const table = new Uint8Array(MAX_AGE + 1);
  for (const band of bands) {
    for (let a = band.from; a <= (band.to ?? MAX_AGE); a++) table[a] = 1;
  }
  return table;
}

const compiled = new WeakMap<Profile, CompiledProfile>();

export function compileProfile(profile: Profile): CompiledProfile {
  let result = compiled.get(profile);
  if (result) return result;
  const ageRules: CompiledProfile['ageRules'] = [];
  const eventRules: CompiledProfile['eventRules'] = [];
  profile.rules.forEach((rule, order) => {
    if (rule.kind === 'age') ageRules.push({ rule, order, ages: agesTable(rule.ages) });
    else eventRules.push({ rule, order });
  });
  const law = profile.compareWith && profile.compareWith !== profile.id ? getProfile(profile.compareWith) : undefined;
  result = { profile, ageRules, eventRules, lawGaps: law ? findLawGaps(law, ageRules) : [], law, reasons: new Map() };
  compiled.set(profile, result);
  return result;
}

function findLawGaps(law: Profile, own: CompiledProfile['ageRules']): LawGap[] {
  const gaps: LawGap[] = [];
  for (const lawRule of law.rules) {
    if (lawRule.kind !== 'age') continue;
    const mine = own.find((r) => r.rule.code === lawRule.code);
    const lawAges = agesTable(lawRule.ages);
    const missing = new Uint8Array(MAX_AGE + 1);
    let any = false;
    for (let a = 0; a <= MAX_AGE; a++) {
      if (lawAges[a] && !(mine && mine.ages[a])) {
        missing[a] = 1;
        any = true;
      }
    }
    if (any) gaps.push({ code: lawRule.code, lawRule, lawName: law.name, ages: missing, profileRule: mine?.rule });
  }
  return gaps;
}
