import { describeValue } from '../coerce/errors';
import { Day, toDanish } from '../day';
import type { AgeBand, AgeRule, EventDef } from '../profiles/schema';

/** The Danish sentences of the rules engine, kept together so they read as one voice. */

export function describeBands(bands: AgeBand[]): string {
  return bands.map((b) => (b.to === undefined ? `${b.from} år og ældre` : b.to === b.from ? `${b.from} år` : `${b.from}-${b.to} år`)).join(', ');
}

export function ageReason(rule: AgeRule, turns: number, year: number): string {
  const open = rule.ages.some((b) => b.to === undefined && turns >= b.from && b.from !== turns);
  const parts = [`Fylder ${turns} år i ${year}`];
  if (rule.livesAlone) parts.push('bor alene');
  if (rule.atRisk) parts.push('er vurderet i særlig risiko');
  const tail = open ? ` (tilbud hvert år fra ${Math.min(...rule.ages.filter((b) => b.to === undefined).map((b) => b.from))} år)` : '';
  return `${joinAnd(parts)}${tail}.`;
}

const EVENT_PHRASE: Record<string, string> = {
  spouseDied: 'Ægtefællen/samleveren døde',
  spouseMoved: 'Ægtefællen flyttede på ældrecenter',
};

/** How an event reads in a reason: the spouse's, or the profile's own (its phrase, else «column»). */
export function eventPhrase(kind: string, events: readonly EventDef[]): string {
  const own = events.find((e) => e.id === kind);
  if (own) return own.phrase ?? `«${own.column}»`;
  return EVENT_PHRASE[kind] ?? kind;
}

export interface ContactWindow {
  from: number;
  to: number;
  unit: 'weeks' | 'months';
}

export function unitName(n: number, unit: 'weeks' | 'months'): string {
  if (unit === 'weeks') return n === 1 ? 'uge' : 'uger';
  return n === 1 ? 'måned' : 'måneder';
}

export function eventReason(phrase: string, day: Day, window: ContactWindow, contact: number, contacts: number): string {
  const which = contacts > 1 ? `kontakt ${contact} af ${contacts}, ` : '';
  const when = window.from === 0
    ? `inden for ${window.to} ${unitName(window.to, window.unit)}`
    : `${window.from}-${window.to} ${unitName(window.to, window.unit)} efter`;
  return `${phrase} ${toDanish(day)}; ${which}${when}.`;
}

export function exemptReason(label: string): string {
  return `Undtaget: ${label}.`;
}

/** The reason shown after "Undtaget: " when the team ticked the cell without a reason. */
export const EXEMPT_BY_TEAM = 'efter teamets vurdering';

export function unknownExemptionWarning(text: string, profileName: string, known: string[]): string {
  // Quoted short and with any CPR number masked: the text is the team's, of any length.
  return `${describeValue(text)} er ikke en undtagelsesgrund i ${profileName} (kendte: ${known.join('; ') || 'ingen'}). Borgeren er markeret undtaget efter teamets vurdering.`;
}

/** For a profile whose reasons are exhaustive: the text exempts nobody, and the citizen is planned as others. */
export function notExemptingWarning(text: string, profileName: string, known: string[]): string {
  return `${describeValue(text)} i Undtaget undtager ikke: ${profileName} undtager kun borgere, der ${known.length ? `opfylder en af disse grunde: ${known.join('; ')}` : 'er markeret ja'}. Borgeren planlægges som andre.`;
}

export function noOfferReason(turns: number, year: number, profileName: string, next?: { year: number; age: number }): string {
  const base = `Fylder ${turns} år i ${year}; ingen regel i ${profileName} giver et tilbud i år`;
  return next ? `${base}. Næste faste tilbud: ${next.year} (${next.age} år).` : `${base}.`;
}

/** The law is named by its rule's legal basis ("SEL § 79 a, stk. 4"), not by the profile that holds it. */
export function lawGapWarning(code: string, profileName: string, profileBands: AgeBand[] | undefined, lawRule: AgeRule): string {
  const own = profileBands ? `dækker ${describeBands(profileBands)}` : 'har ingen regel';
  return `${code}: ${profileName} ${own}, men ${lawRule.legalBasis} nævner ${describeBands(lawRule.ages)}.`;
}

export function citizenLawGapWarning(gapWarning: string): string {
  return `Borgeren falder uden for kommunens regel: ${gapWarning} Vurder borgeren særskilt.`;
}

export function implausibleAgeWarning(turns: number, year: number): string {
  return `Borgeren fylder ${turns} år i ${year}. Er fødselsdatoen eller CPR-nummeret skrevet rigtigt?`;
}

export function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} og ${parts[parts.length - 1]}`;
}

export const ERR_BIRTH_AFTER_AS_OF = (birth: Day, asOf: Day) =>
  `fødselsdato: ${toDanish(birth)} ligger efter referencedatoen ${toDanish(asOf)}.`;

export const ERR_EVENT_AFTER_AS_OF = (field: string, day: Day, asOf: Day) =>
  `${field}: ${toDanish(day)} ligger efter referencedatoen ${toDanish(asOf)}.`;

export const ERR_EVENT_BEFORE_BIRTH = (field: string, day: Day) =>
  `${field}: ${toDanish(day)} ligger før borgerens fødselsdato.`;

export const EVENT_FIELD: Record<string, string> = {
  spouseDied: 'ægtefælle død',
  spouseMoved: 'ægtefælle flyttet',
};

/** The field an event came from, for an error message: the spouse columns, or the profile's column. */
export function eventField(kind: string, events: readonly EventDef[]): string {
  return EVENT_FIELD[kind] ?? events.find((e) => e.id === kind)?.column.toLowerCase() ?? kind;
}
