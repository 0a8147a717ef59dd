import { type Day, fromIso, toDanish, yearOf } from '../day';
import { legalBasisOn, periodWarning } from '../profiles/law';
import type { Profile } from '../profiles/schema';
import type { PlannedYear } from './population';
import * as text from './text';

/** How many citizens go from one offer code to another between the current and the proposed profile. */
export interface Change {
  readonly from: string;
  readonly to: string;
  readonly citizens: number;
}

/** Citizen by citizen (same rows, same order), the codes that differ, commonest first. */
export function changesBetween(current: PlannedYear, proposed: PlannedYear): Change[] {
  const counts = new Map<string, number>();
  const n = Math.min(current.codes.length, proposed.codes.length);
  for (let i = 0; i < n; i++) {
    const from = current.codes[i];
    const to = proposed.codes[i];
    if (from === undefined || to === undefined || from === to) continue;
    const key = `${from}\u0000${to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, citizens]) => {
      const [from, to] = key.split('\u0000');
      return { from, to, citizens };
    })
    .sort((a, b) => b.citizens - a.citizens || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** What a council member must know of a profile: its legal basis as of the year, its period, its decision. */
export interface ProfileFacts {
  readonly name: string;
  readonly legalBasis: string;
  readonly period: string;
  readonly decision: string;
  readonly warnings: readonly string[];
}

export function profileFacts(profile: Profile, asOf: Day): ProfileFacts {
  const year = yearOf(asOf);
  const show = (iso: string | undefined) => (iso ? toDanish(fromIso(iso)!) : undefined);
  const warnings: string[] = [];
  if (!profile.decision) warnings.push(text.NO_DECISION(profile.name));
  if (citesRepealedAsCurrent(profile, asOf)) warnings.push(text.REPEALED_AS_CURRENT(profile.name));
  const period = periodWarning(profile, year);
  if (period) warnings.push(period);
  const d = profile.decision;
  return {
    name: profile.name,
    legalBasis: legalBasisOn(profile.legalBasis, asOf),
    period: text.PERIOD(show(profile.validFrom), show(profile.validTo)),
    decision: d ? [d.body, d.date ? toDanish(fromIso(d.date)!) : '', d.caseNumber ?? ''].filter(Boolean).join(', ') : text.NO_DECISION_SHORT,
    warnings,
  };
}

/** Whether a legal basis of the profile cites a repealed provision as current in the year (fhb dates it when printed). */
function citesRepealedAsCurrent(profile: Profile, asOf: Day): boolean {
  const texts = [profile.legalBasis, profile.exemptions.legalBasis, ...profile.rules.map((r) => r.legalBasis)];
  return texts.some((t) => legalBasisOn(t, asOf) !== t);
}
