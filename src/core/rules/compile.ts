import type { AgeRule, EventRule, FormByAge, Profile } from '../profiles/schema';
import { getProfile } from '../profiles/registry';
import { agesTable, MAX_AGE } from '../profiles/ages';
import { ruleAges } from '../profiles/overlap';

export { agesTable, MAX_AGE };

/** A profile made fast to evaluate: age bands become lookup tables, the law's gaps are found once. */
export interface CompiledProfile {
  profile: Profile;
  ageRules: { rule: AgeRule; order: number; ages: Uint8Array; forms: { form: FormByAge; ages: Uint8Array }[] }[];
  eventRules: { rule: EventRule; order: number; ages: Uint8Array }[];
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
  ages: Uint8Array;
  profileRule?: AgeRule;
}

const compiled = new WeakMap<Profile, CompiledProfile>();

export function compileProfile(profile: Profile): CompiledProfile {
  let result = compiled.get(profile);
  if (result) return result;
  const ageRules: CompiledProfile['ageRules'] = [];
  const eventRules: CompiledProfile['eventRules'] = [];
  profile.rules.forEach((rule, order) => {
    if (rule.kind === 'age') {
      const forms = (rule.forms ?? []).map((form) => ({ form, ages: agesTable(form.ages) }));
      ageRules.push({ rule, order, ages: ruleAges(rule), forms });
    } else eventRules.push({ rule, order, ages: ruleAges(rule) });
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
    const lawAges = ruleAges(lawRule);
    const missing = new Uint8Array(MAX_AGE + 1);
    let any = false;
    for (let a = 0; a <= MAX_AGE; a++) {
      if (lawAges[a] && !(mine && mine.ages[a])) {
        missing[a] = 1;
        any = true;
      }
    }
    if (any) gaps.push({ code: lawRule.code, lawRule, ages: missing, profileRule: mine?.rule });
  }
  return gaps;
}
