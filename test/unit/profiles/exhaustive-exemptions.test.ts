/**
 * Issue 22, item 4: a standard that lists its exemptions exhaustively. Kerteminde and Frederikshavn exempt
 * only citizens who receive both personal care and practical help, or live in a care home; «kun praktisk
 * hjælp» in Undtaget must not exempt. The invented examples/profiles/strandby-2026.json says so with
 * `exemptions.exhaustive: true`. Without the field (every built-in profile), other text still exempts as the
 * team's judgement, with a warning: Glostrup's list (seed 000, lines 126-131) reads the same way, and its
 * profile is left as it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/day';
import { getProfile, parseProfile, parseProfileJson } from '../../../src/core/profiles/registry';
import { rulesText, rulesView } from '../../../src/core/profiles/view';
import { evaluate, reasonText } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';

const json = readFileSync(join(__dirname, '../../../examples/profiles/strandby-2026.json'), 'utf8');
const strandby = parseProfileJson(json);
const open = parseProfile({ ...JSON.parse(json), id: 'strandby-aaben', exemptions: { ...JSON.parse(json).exemptions, exhaustive: undefined } });
const AS_OF = dayFromYmd(2026, 3, 1);
/** Turns 75 in 2026: Strandby's ALDER_75 applies when not exempt. */
const citizen = (exemptReason?: string): Citizen => ({ birth: dayFromYmd(1951, 6, 1), livesAlone: false, atRisk: false, exempt: true, exemptReason });

describe('an exhaustive list: only its reasons exempt', () => {
  test.each<[string | undefined, string, string | RegExp]>([
    // [Undtaget, code, the Begrundelse]
    ['Bor i plejebolig', 'UNDTAGET', 'Undtaget: Bor i plejebolig.'], // picked from the dropdown
    ['plejehjem', 'UNDTAGET', 'Undtaget: Bor i plejebolig.'],
    ['praktisk hjælp og personlig pleje', 'UNDTAGET', 'Undtaget: Modtager både personlig pleje og praktisk hjælp.'], // both kinds, any order
    ['helhedspleje', 'UNDTAGET', 'Undtaget: Modtager både personlig pleje og praktisk hjælp.'],
    [undefined, 'UNDTAGET', 'Undtaget: efter teamets vurdering.'], // "ja": the team says a listed reason applies
    ['kun praktisk hjælp', 'ALDER_75', /^Fylder 75 år i 2026\. «kun praktisk hjælp» i Undtaget undtager ikke: Strandby Kommune 2026 \(eksempel\) undtager kun borgere, der opfylder en af disse grunde: Bor i plejebolig; Modtager både personlig pleje og praktisk hjælp\. Borgeren planlægges som andre\.$/],
    ['praktisk hjælp', 'ALDER_75', /«praktisk hjælp» i Undtaget undtager ikke/],
    ['personlig pleje', 'ALDER_75', /«personlig pleje» i Undtaget undtager ikke/],
    ['på hospice', 'ALDER_75', /«på hospice» i Undtaget undtager ikke/],
  ])('«%s» → %s', (reason, code, why) => {
    const plan = evaluate(citizen(reason), AS_OF, strandby);
    expect(plan.code).toBe(code);
    expect(plan.exemption === undefined).toBe(code !== 'UNDTAGET');
    expect(reasonText(plan)).toMatch(why);
  });

  test('a long text is quoted short in the Begrundelse, with a CPR number masked', () => {
    const plan = evaluate(citizen(`kun praktisk hjælp, se 010150-1234 ${'x'.repeat(50_000)}`), AS_OF, strandby);
    expect(plan.code).toBe('ALDER_75');
    expect(reasonText(plan).length).toBeLessThan(400);
    expect(reasonText(plan)).not.toMatch(/1234/);
  });
});

describe('default unchanged: without `exhaustive`, other text exempts as the team\'s judgement', () => {
  test.each([
    ['strandby without the field', open],
    ['glostrup-2025 (seed 000, lines 126-131)', getProfile('glostrup-2025')],
    ['ballerup (seed 003, lines 44-46)', getProfile('ballerup')],
  ])('%s: «kun praktisk hjælp» exempts, with a warning', (_, profile) => {
    const plan = evaluate(citizen('kun praktisk hjælp'), AS_OF, profile);
    expect(plan.code).toBe('UNDTAGET');
    expect(plan.exemption).toMatchObject({ reason: 'kun praktisk hjælp', known: false });
    expect(plan.warnings.join(' ')).toMatch(/ikke en undtagelsesgrund.*efter teamets vurdering/);
  });
});

describe('Vis regler says which rule holds', () => {
  test.each([
    ['exhaustive', strandby, 'Kun disse grunde undtager. Anden tekst i Undtaget undtager ikke: borgeren planlægges som andre, og Begrundelse siger hvorfor.'],
    ['open', open, 'Anden tekst i Undtaget undtager også, som teamets egen vurdering (med en advarsel i Begrundelse).'],
  ])('%s', (_, profile, sentence) => {
    expect(rulesView(profile, AS_OF).exemptionRule).toBe(sentence);
    expect(rulesText(rulesView(profile, AS_OF))).toContain(sentence);
  });

  test('the field must be true or false', () => {
    expect(() => parseProfile({ ...JSON.parse(json), exemptions: { ...JSON.parse(json).exemptions, exhaustive: 'ja' } })).toThrow(/exhaustive/);
  });
});
