import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Day, dayFromYmd, toIso } from '../../../src/core/day';
import {
  ProfileError, builtinProfileIds, getProfile, parseProfile, parseProfileJson, registerProfile, resolveProfile,
} from '../../../src/core/profiles/registry';
import { evaluate, profileWarnings } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';

const d = (y: number, m: number, dd: number): Day => dayFromYmd(y, m, dd);
const citizen = (birth: Day, extra: Partial<Citizen> = {}): Citizen => ({ birth, livesAlone: false, atRisk: false, exempt: false, ...extra });
const exampleJson = readFileSync(join(__dirname, '../../../examples/profiles/eksempelby.json'), 'utf8');

describe('built-in profiles', () => {
  test.each(builtinProfileIds())('%s passes the schema and cites a seed for every rule', (id) => {
    const profile = getProfile(id);
    expect(profile.rules.length).toBeGreaterThan(0);
    for (const rule of profile.rules) expect(rule.source.lines).toMatch(/\d/);
  });

  test.each([
    ['glostrup-2025', 'glostrup-2025'], ['Glostrup', 'glostrup-2025'], ['GLOSTRUP 2025', 'glostrup-2025'],
    ['Ballerup', 'ballerup'], ['§79a', 'sel-79a'], ['79a', 'sel-79a'], ['SEL § 79 a', 'sel-79a'], ['', 'sel-79a'], [undefined, 'sel-79a'],
  ])('resolveProfile(%p) → %s', (name, id) => {
    expect(resolveProfile(name).id).toBe(id);
  });

  test('an unknown profile lists the valid ones, in Danish', () => {
    expect(() => resolveProfile('Aarhus')).toThrow(/profil: «Aarhus» er ikke en kendt profil\. Gyldige profiler: glostrup-2025, ballerup, sel-79a/);
  });

  test('Ballerup narrower than SEL § 79 a stk. 4 gives a visible warning (B36-38 vs G81-83)', () => {
    expect(profileWarnings(getProfile('ballerup'))).toEqual([expect.stringMatching(/^RISIKO: Ballerup Kommune dækker 65-79 år, men .* nævner 65-81 år/)]);
    expect(profileWarnings(getProfile('glostrup-2025'))).toEqual([]);
  });
});

describe('a new municipality is a JSON file the schema validates', () => {
  const profile = parseProfileJson(exampleJson);
  registerProfile(profile);
  const asOf = d(2026, 3, 1);

  test('a cell holding the JSON is the profile, with no code and no registration', () => {
    expect(resolveProfile(exampleJson).id).toBe('eksempelby-2026');
    expect(() => resolveProfile('{ "id": "x" }')).toThrow(/^profil: Profilen er ugyldig:\n• `name`: mangler/);
  });

  test('it is found by its alias', () => {
    expect(resolveProfile('Eksempelby').id).toBe('eksempelby-2026');
  });

  test('age bands with holes: 70 and 72 alone, not 71', () => {
    expect(evaluate(citizen(d(1956, 5, 5), { livesAlone: true }), asOf, profile).code).toBe('ALENE_70');
    expect(evaluate(citizen(d(1955, 5, 5), { livesAlone: true }), asOf, profile).code).toBe('INGEN');
    expect(evaluate(citizen(d(1954, 5, 5), { livesAlone: true }), asOf, profile).code).toBe('ALENE_70');
  });

  test('a different form of offer at different ages', () => {
    expect(evaluate(citizen(d(1951, 1, 1)), asOf, profile).offers[0].booking).toBe('meeting');
    expect(evaluate(citizen(d(1948, 1, 1)), asOf, profile).offers[0].booking).toBe('fixedTime');
    expect(evaluate(citizen(d(1940, 1, 1)), asOf, profile).offers[0].booking).toBe('citizenBooks');
  });

  test('yearly from 85, so 83 gets nothing; the gap against § 79 a is warned only while it was law', () => {
    const in2025 = evaluate(citizen(d(1942, 1, 1)), d(2025, 3, 1), profile);
    expect(in2025.code).toBe('INGEN');
    expect(in2025.warnings.join(' ')).toMatch(/ALDER_82: Eksempelby Kommune 2026 dækker 85 år og ældre/);
    const in2026 = evaluate(citizen(d(1943, 1, 1)), asOf, profile);
    expect(in2026.code).toBe('INGEN');
    expect(in2026.warnings).toEqual([]);
  });

  test.each([
    // [event day, reference day, contact number, window]
    [d(2026, 1, 1), d(2026, 2, 1), 1, ['2026-02-12', '2026-02-26']],
    [d(2025, 9, 1), d(2026, 2, 1), 2, ['2026-03-02', '2026-03-30']],
    [d(2025, 2, 1), d(2026, 2, 1), 3, ['2026-01-31', '2026-02-28']],
  ])('several follow-up contacts after one event (%#)', (died, on, contact, window) => {
    const plan = evaluate(citizen(d(1970, 1, 1), { spouseDied: died }), on, profile);
    expect(plan.code).toBe('EFTERLADT'); // no minimum age: a 56-year-old counts
    expect(plan.offers[0].event?.contact).toBe(contact);
    expect([toIso(plan.offers[0].from), toIso(plan.offers[0].to)]).toEqual(window);
  });

  test('an event rule with a minimum age', () => {
    expect(evaluate(citizen(d(1957, 1, 1), { spouseMoved: d(2026, 1, 15) }), asOf, profile).code).toBe('INGEN');
    expect(evaluate(citizen(d(1955, 1, 1), { spouseMoved: d(2026, 1, 15) }), asOf, profile).code).toBe('AEGTEFAELLE_FLYTTET');
  });

  test('wider exemptions', () => {
    const plan = evaluate(citizen(d(1940, 1, 1), { exempt: true, exemptReason: 'på hospice' }), asOf, profile);
    expect(plan.exemption).toEqual({ reason: 'Er på hospice', legalBasis: expect.any(String), known: true });
  });
});

describe('schema errors are Danish and name the path', () => {
  const base = JSON.parse(exampleJson);
  const broken = (mutate: (p: any) => void) => {
    const copy = JSON.parse(JSON.stringify(base));
    mutate(copy);
    return copy;
  };

  test.each([
    ['a band upside down', (p: any) => { p.rules[0].ages[0] = { from: 72, to: 70 }; }, /regel 1 \(ALENE_70\), aldersbånd 1: "to" skal være mindst/],
    ['a lower-case code', (p: any) => { p.rules[1].code = 'alder_75'; }, /regel 2 \(alder_75\), `code`: skal være STORE BOGSTAVER/],
    ['a duplicated code', (p: any) => { p.rules[3].code = 'ALDER_78'; }, /regel 4 \(ALDER_78\), `code`: koden ALDER_78 findes to gange/],
    ['a reserved code', (p: any) => { p.rules[1].code = 'INGEN'; }, /INGEN er reserveret/],
    ['a contact beyond the horizon', (p: any) => { p.rules[5].horizonWeeks = 30; }, /regel 6 \(EFTERLADT\), kontakt 3: kontakten skal ligge inden for/],
    ['an empty label', (p: any) => { p.rules[0].offer.label = '  '; }, /regel 1 \(ALENE_70\), `offer\.label`: må ikke være tom/],
    ['an unknown booking', (p: any) => { p.rules[0].offer.booking = 'email'; }, /regel 1 \(ALENE_70\), `offer\.booking`: «email» er ikke tilladt/],
    ['a missing name', (p: any) => { delete p.name; }, /^• `name`: mangler/m],
  ])('%s', (_what, mutate, message) => {
    expect(() => parseProfile(broken(mutate))).toThrow(ProfileError);
    expect(() => parseProfile(broken(mutate))).toThrow(message);
  });

  test('zod speaks Danish about types', () => {
    expect(() => parseProfile(broken((p) => { p.rules[0].ages[0].from = 'halvfjerds'; }))).toThrow(/regel 1 \(ALENE_70\), aldersbånd 1, `from`: skal være et tal, ikke «halvfjerds»/);
  });

  test('broken JSON says so', () => {
    expect(() => parseProfileJson('{ "id": ')).toThrow(/ikke gyldig JSON: linje 1, kolonne 9: teksten slutter for tidligt/);
  });
});
