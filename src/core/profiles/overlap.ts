import { agesTable, MAX_AGE } from './ages';
import type { AgeRule, EventRule, Profile } from './schema';
import * as text from './text';
import { describeAges } from './ages';

/** Overlap sentences told in full; the rest are counted in one line. */
export const MAX_OVERLAPS_TOLD = 10;

/**
 * Rules that would give the same citizen the same kind of offer twice: two fixed age offers (not the
 * needs-based `atRisk` ones) whose ages and conditions meet, or two rules on the same event whose ages
 * meet. Refused unless one names the other in `combinesWith`; Danish messages name both rules.
 */
export function overlapProblems(profile: Profile): string[] {
  const problems: string[] = [];
  // The pairs are counted, but only the first few become sentences: 50 rules make 1,225 pairs.
  let more = 0;
  const codes = new Set(profile.rules.map((r) => r.code));
  const name = (i: number) => text.item(text.ITEM_NAMES.rules, i + 1, profile.rules[i].code);
  profile.rules.forEach((rule, i) => {
    for (const c of rule.combinesWith ?? []) if (!codes.has(c)) problems.push(text.unknownCombinesWith(name(i), c));
  });
  const allowed = (a: number, b: number) =>
    (profile.rules[a].combinesWith ?? []).includes(profile.rules[b].code) || (profile.rules[b].combinesWith ?? []).includes(profile.rules[a].code);
  const tables = profile.rules.map((r) => ruleAges(r));
  for (let a = 0; a < profile.rules.length; a++) {
    for (let b = a + 1; b < profile.rules.length; b++) {
      const ra = profile.rules[a];
      const rb = profile.rules[b];
      if (allowed(a, b) || ra.kind !== rb.kind) continue;
      let what: string | undefined;
      if (ra.kind === 'age' && rb.kind === 'age') {
        if (ra.atRisk || rb.atRisk || !compatible(ra, rb)) continue;
        const common = intersect(tables[a], tables[b]);
        if (common) what = text.overlapAges(describeAges(common));
      } else if (ra.kind === 'event' && rb.kind === 'event' && ra.event === rb.event && intersect(tables[a], tables[b])) {
        what = text.overlapEvent(ra.event);
      }
      if (!what) continue;
      if (problems.length < MAX_OVERLAPS_TOLD) problems.push(text.overlap(name(a), name(b), what, rb.code));
      else more++;
    }
  }
  if (more) problems.push(text.moreOverlaps(more));
  return problems;
}

function compatible(a: AgeRule, b: AgeRule): boolean {
  const meet = (x?: boolean, y?: boolean) => x === undefined || y === undefined || x === y;
  return meet(a.livesAlone, b.livesAlone) && meet(a.atRisk, b.atRisk);
}

/** The calendar-year ages a rule applies to. */
export function ruleAges(rule: AgeRule | EventRule): Uint8Array {
  if (rule.kind === 'age') return agesTable(rule.ages, rule.excludeAges);
  const table = agesTable(rule.ages ?? [{ from: 0 }], rule.excludeAges);
  if (rule.minAge !== undefined) for (let a = 0; a < rule.minAge && a <= MAX_AGE; a++) table[a] = 0;
  return table;
}

function intersect(a: Uint8Array, b: Uint8Array): Uint8Array | undefined {
  const out = new Uint8Array(a.length);
  let any = false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] && b[i]) {
      out[i] = 1;
      any = true;
    }
  }
  return any ? out : undefined;
}
