import { Day, addDays, addMonths, addWeeks, ageOn, ageTurnedInYear, firstDayOfYear, lastDayOfYear, yearOf } from '../day';
import { InputError } from '../coerce/errors';
import type { AgeRule, Contact, EventRule, FormByAge, Profile } from '../profiles/schema';
import { lawInForce, legalBasisOn, periodWarning } from '../profiles/law';
import { CompiledProfile, MAX_AGE, compileProfile } from './compile';
import { CODE_EXEMPT, CODE_NONE, CODE_SEPARATOR, Citizen, Exemption, Plan, PlannedOffer } from './types';
import * as text from './text';

/**
 * Every offer a profile gives a citizen in the planning year of `asOf`, most urgent first, or the
 * exemption. Pure: the same citizen, day and profile always give the same plan.
 *
 * Throws InputError (Danish) when the data contradict themselves: born after `asOf`, an event after
 * `asOf` or before birth.
 */
/** Older than this is far likelier a typing error or a misread CPR century than a citizen. */
export const IMPLAUSIBLE_AGE = 110;

export function evaluate(citizen: Citizen, asOf: Day, profile: Profile): Plan {
  const compiled = compileProfile(profile);
  checkCitizen(citizen, asOf, profile);
  const year = yearOf(asOf);
  const turns = ageTurnedInYear(citizen.birth, asOf);
  const age = ageOn(citizen.birth, asOf);

  // A text naming no reason of an exhaustive list exempts nobody: the citizen is planned, and told why.
  let notExempting: string | undefined;
  if (citizen.exempt) {
    const exemption = findExemption(profile, citizen.exemptReason, asOf);
    const labels = () => profile.exemptions.reasons.map((r) => r.label);
    if (exemption.known || !citizen.exemptReason || !profile.exemptions.exhaustive) {
      const warnings = exemption.known || !citizen.exemptReason ? [] : [text.unknownExemptionWarning(citizen.exemptReason, profile.name, labels())];
      return plan(profile, year, asOf, age, turns, CODE_EXEMPT, [], text.exemptReason(exemption.reason), warnings, exemption);
    }
    notExempting = text.notExemptingWarning(citizen.exemptReason, profile.name, labels());
  }

  const offers: PlannedOffer[] = [];
  const orders: number[] = [];
  for (const { rule, order, ages, forms } of compiled.ageRules) {
    if (matchesAgeRule(rule, ages, citizen, turns)) {
      offers.push(ageOffer(compiled, rule, order, turns, asOf, citizen.birth, forms.find((f) => f.ages[turns])?.form));
      orders.push(order);
    }
  }
  if (citizen.spouseDied !== undefined || citizen.spouseMoved !== undefined || citizen.events !== undefined) {
    for (const { rule, order, ages } of compiled.eventRules) {
      if (turns < 0 || turns > MAX_AGE || !ages[turns]) continue;
      const offer = eventOffer(profile, rule, citizen, asOf);
      if (offer) {
        offers.push(offer);
        orders.push(order);
      }
    }
  }
  const sorted = offers.length > 1 ? sortByUrgency(offers, orders) : offers;
  const warnings = lawGapsApply(compiled, year) ? lawGapWarnings(compiled, citizen, turns, sorted) : [];
  if (notExempting) warnings.unshift(notExempting);
  // A CPR number's 7th digit can place a birth in the 1800s; say so rather than plan a 130-year-old quietly.
  if (turns > IMPLAUSIBLE_AGE) warnings.push(text.implausibleAgeWarning(turns, year));

  if (sorted.length === 0) {
    return plan(profile, year, asOf, age, turns, CODE_NONE, sorted, noOfferReason(compiled, citizen, turns, year), warnings);
  }
  if (sorted.length === 1) return plan(profile, year, asOf, age, turns, sorted[0].code, sorted, sorted[0].reason, warnings);
  return plan(
    profile, year, asOf, age, turns,
    sorted.map((o) => o.code).join(CODE_SEPARATOR), sorted, sorted.map((o) => o.reason).join(' '), warnings,
  );
}

function plan(
  profile: Profile, year: number, asOf: Day, age: number, turns: number, code: string,
  offers: PlannedOffer[], reason: string, warnings: string[], exemption?: Exemption,
): Plan {
  return { profileId: profile.id, year, asOf, age, turns, code, offers, exemption, reason, warnings };
}

/** Most urgent first: the earliest last day; ties keep the profile's rule order. */
function sortByUrgency(offers: PlannedOffer[], orders: number[]): PlannedOffer[] {
  return offers
    .map((offer, i) => ({ offer, order: orders[i] }))
    .sort((a, b) => a.offer.to - b.offer.to || a.order - b.order)
    .map((o) => o.offer);
}

function checkCitizen(citizen: Citizen, asOf: Day, profile: Profile): void {
  if (citizen.birth > asOf) throw new InputError(text.ERR_BIRTH_AFTER_AS_OF(citizen.birth, asOf));
  // Once a row of FHB_PLAN: no list is built for a citizen with no events (most of them).
  checkEvent(citizen, asOf, profile, 'spouseDied', citizen.spouseDied);
  checkEvent(citizen, asOf, profile, 'spouseMoved', citizen.spouseMoved);
  if (citizen.events) for (const [kind, day] of Object.entries(citizen.events)) checkEvent(citizen, asOf, profile, kind, day);
}

function checkEvent(citizen: Citizen, asOf: Day, profile: Profile, kind: string, day: Day | undefined): void {
  if (day === undefined) return;
  if (day > asOf) throw new InputError(text.ERR_EVENT_AFTER_AS_OF(text.eventField(kind, profile.events), day, asOf));
  if (day < citizen.birth) throw new InputError(text.ERR_EVENT_BEFORE_BIRTH(text.eventField(kind, profile.events), day));
}

/** The day of a rule's event for a citizen: the spouse columns, or one of the profile's own events. */
function eventDay(citizen: Citizen, kind: string): Day | undefined {
  if (kind === 'spouseDied') return citizen.spouseDied;
  if (kind === 'spouseMoved') return citizen.spouseMoved;
  return citizen.events?.[kind];
}

function matchesAgeRule(rule: AgeRule, ages: Uint8Array, citizen: Citizen, turns: number): boolean {
  if (turns < 0 || turns > MAX_AGE || !ages[turns]) return false;
  if (rule.livesAlone !== undefined && rule.livesAlone !== citizen.livesAlone) return false;
  if (rule.atRisk !== undefined && rule.atRisk !== citizen.atRisk) return false;
  return true;
}

/** "Narrower than the law" holds only for years the compared profile was law (§ 79 a: until 30 June 2025). */
function lawGapsApply(compiled: CompiledProfile, year: number): boolean {
  return compiled.lawGaps.length > 0 && (!compiled.law || lawInForce(compiled.law, year));
}

function ageOffer(
  compiled: CompiledProfile, rule: AgeRule, order: number, turns: number, asOf: Day, birth: Day, byAge?: FormByAge,
): PlannedOffer {
  const offer = byAge ? { ...rule.offer, ...definedOf(byAge) } : rule.offer;
  const year = yearOf(asOf);
  // Birthday to birthday: from the day the citizen turns `turns` until the day before the next birthday.
  const birthday = rule.window === 'birthday';
  return {
    code: rule.code,
    title: rule.title,
    label: offer.label,
    form: offer.form,
    channel: offer.channel,
    booking: offer.booking,
    template: offer.template ?? rule.code,
    letterIfNotReached: offer.letterIfNotReached,
    note: offer.note,
    letterText: offer.letterText,
    letterAlternative: offer.letterAlternative,
    from: birthday ? addMonths(birth, 12 * turns) : firstDayOfYear(year),
    to: birthday ? addDays(addMonths(birth, 12 * (turns + 1)), -1) : lastDayOfYear(year),
    legalBasis: legalBasisOn(rule.legalBasis, asOf),
    reason: cached(compiled.reasons, `${order}:${turns}:${year}`, () => text.ageReason(rule, turns, year)),
    source: rule.source,
  };
}

/**
 * The current contact of an event rule: the first whose window has not yet closed on `asOf`, or the last
 * one when all have (then the status shows it as overdue until the event is no longer recent).
 */
function eventOffer(profile: Profile, rule: EventRule, citizen: Citizen, asOf: Day): PlannedOffer | undefined {
  const day = eventDay(citizen, rule.event);
  if (day === undefined) return undefined;
  const horizon = rule.horizonWeeks !== undefined ? addWeeks(day, rule.horizonWeeks) : addMonths(day, rule.horizonMonths ?? 0);
  if (asOf > horizon) return undefined;
  const open = rule.contacts.findIndex((c) => contactTo(day, c) >= asOf);
  const i = open === -1 ? rule.contacts.length - 1 : open;
  const contact = rule.contacts[i];
  return {
    code: rule.code,
    title: rule.title,
    label: contact.label,
    form: contact.form,
    channel: contact.channel,
    booking: contact.booking,
    template: contact.template ?? rule.code,
    letterIfNotReached: contact.letterIfNotReached,
    note: contact.note,
    letterText: contact.letterText,
    letterAlternative: contact.letterAlternative,
    from: contactFrom(day, contact),
    to: contactTo(day, contact),
    legalBasis: legalBasisOn(rule.legalBasis, asOf),
    reason: text.eventReason(text.eventPhrase(rule.event, profile.events), day, windowOf(contact), i + 1, rule.contacts.length),
    source: rule.source,
    event: { kind: rule.event, day, contact: i + 1, contacts: rule.contacts.length },
  };
}

/** The fields a form-by-age sets, so an unset one keeps the offer's own. */
function definedOf(form: FormByAge): Partial<FormByAge> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(form)) if (v !== undefined && k !== 'ages') out[k] = v;
  return out as Partial<FormByAge>;
}

function contactFrom(day: Day, c: Contact): Day {
  return c.fromWeeks !== undefined ? addWeeks(day, c.fromWeeks) : addMonths(day, c.fromMonths ?? 0);
}

function contactTo(day: Day, c: Contact): Day {
  return c.toWeeks !== undefined ? addWeeks(day, c.toWeeks) : addMonths(day, c.toMonths ?? 0);
}

function windowOf(c: Contact): text.ContactWindow {
  return c.fromWeeks !== undefined
    ? { from: c.fromWeeks, to: c.toWeeks ?? c.fromWeeks, unit: 'weeks' }
    : { from: c.fromMonths ?? 0, to: c.toMonths ?? 0, unit: 'months' };
}

/**
 * The reason the team picked in `Undtaget` (the dropdown offers the labels): the cell is a reason's label,
 * id or synonym when its words are the same words, in any order and ignoring "og"/"+"; never a substring.
 * A version 1 profile's `keywords` keep their old meaning (found anywhere in the text), so its results do
 * not change; migrationNotes says so.
 */
function findExemption(profile: Profile, reasonText: string | undefined, asOf: Day): Exemption {
  const legalBasis = legalBasisOn(profile.exemptions.legalBasis, asOf);
  if (!reasonText) return { reason: text.EXEMPT_BY_TEAM, legalBasis, known: true };
  const words = wordKey(reasonText);
  const lower = reasonText.toLowerCase();
  const match =
    profile.exemptions.reasons.find((r) => [r.label, r.id, ...(r.synonyms ?? [])].some((s) => wordKey(s) === words)) ??
    profile.exemptions.reasons.find((r) => (r.keywords ?? []).some((k) => lower.includes(k.toLowerCase())));
  return match ? { reason: match.label, legalBasis, known: true } : { reason: reasonText, legalBasis, known: false };
}

const CONNECTIVES = new Set(['og', 'både', 'samt', '+', '&']);

/** A text's words, lower case, sorted, without connectives: "Praktisk hjælp + personlig pleje" = "hjælp personlig pleje praktisk". */
export function wordKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/§\s+/g, '§')
    .replace(/[^\p{L}\p{N}§+&]+/gu, ' ')
    .split(' ')
    .filter((w) => w && !CONNECTIVES.has(w))
    .sort()
    .join(' ');
}

function lawGapWarnings(compiled: CompiledProfile, citizen: Citizen, turns: number, offers: PlannedOffer[]): string[] {
  const warnings: string[] = [];
  for (const gap of compiled.lawGaps) {
    if (turns < 0 || turns > MAX_AGE || !gap.ages[turns]) continue;
    const law = gap.lawRule;
    if (law.livesAlone !== undefined && law.livesAlone !== citizen.livesAlone) continue;
    if (law.atRisk !== undefined && law.atRisk !== citizen.atRisk) continue;
    if (offers.some((o) => o.code === gap.code)) continue;
    const p = compiled.profile;
    warnings.push(text.citizenLawGapWarning(text.lawGapWarning(gap.code, p.name, gap.profileRule?.ages, law)));
  }
  return warnings;
}

function noOfferReason(compiled: CompiledProfile, citizen: Citizen, turns: number, year: number): string {
  const key = `-:${turns}:${year}:${citizen.livesAlone}`;
  return cached(compiled.reasons, key, () => text.noOfferReason(turns, year, compiled.profile.name, nextFixedOffer(compiled, citizen, turns, year)));
}

/** The next year an age rule without a risk condition (and whose conditions the citizen meets) applies. */
function nextFixedOffer(compiled: CompiledProfile, citizen: Citizen, turns: number, year: number) {
  for (let age = Math.max(turns + 1, 0); age <= MAX_AGE; age++) {
    for (const { rule, ages } of compiled.ageRules) {
      if (rule.atRisk) continue;
      if (matchesAgeRule(rule, ages, citizen, age)) return { year: year + (age - turns), age };
    }
  }
  return undefined;
}

/** Reason sentences repeat across thousands of citizens: build each once per profile. */
function cached(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** The plan's reason and its warnings, as the Begrundelse column shows them. */
export function reasonText(plan: Plan): string {
  return [plan.reason, ...plan.warnings].join(' ');
}

/**
 * What to say once about a profile (not per citizen), as Danish sentences: with a reference date, that
 * its period of validity does not cover the planning year, and its gaps against the law only for years
 * the law was in force; without one, every gap.
 */
export function profileWarnings(profile: Profile, asOf?: Day): string[] {
  const compiled = compileProfile(profile);
  const year = asOf === undefined ? undefined : yearOf(asOf);
  const period = year === undefined ? undefined : periodWarning(profile, year);
  const gaps = year === undefined || lawGapsApply(compiled, year) ? compiled.lawGaps : [];
  return [
    ...(period ? [period] : []),
    ...gaps.map((gap) => text.lawGapWarning(gap.code, profile.name, gap.profileRule?.ages, gap.lawRule)),
  ];
}
