import { dayFromYmd } from '../../../src/core/day';
import { parseProfile, resolveProfile } from '../../../src/core/profiles/registry';
import { profileFacts } from '../../../src/core/projection/compare';
import * as text from '../../../src/core/projection/text';
import { periodWarning } from '../../../src/core/profiles/law';

/**
 * Each profile's legal basis, period and warnings as the side by side shows them (issue 25, item 4): a
 * proposal without a decision, a repealed provision (SEL § 79 a, repealed 1.7.2025: lov nr. 1703 af
 * 30/12/2024) presented as current, and a planning year outside the profile's period.
 */
const glostrup = resolveProfile('glostrup-2025');
const proposal = parseProfile({ ...structuredClone(glostrup), id: 'forslag-2027', name: 'Forslag 2027', decision: undefined, validFrom: '2027-01-01', validTo: '2027-12-31', legalBasis: 'Kommunens egen beslutning' });

describe('profileFacts', () => {
  it.each([
    // profile, year, warnings expected (by their start), legal basis shown
    ['Glostrup 2025 in 2025', glostrup, 2025, [], /^Lov om social service § 79 a; Glostrup/],
    ['Glostrup 2025 in 2027', glostrup, 2027, [text.REPEALED_AS_CURRENT(glostrup.name), periodWarning(glostrup, 2027)!], /^Kommunens egen beslutning, ældreloven § 4.*§ 79 a \(til 30\.6\.2025\)/],
    ['a proposal for 2027 without a decision, whose rules still cite § 79 a', proposal, 2027, [text.NO_DECISION('Forslag 2027'), text.REPEALED_AS_CURRENT('Forslag 2027')], /^Kommunens egen beslutning$/],
    ['the same proposal in 2026 (before its period)', proposal, 2026, [text.NO_DECISION('Forslag 2027'), text.REPEALED_AS_CURRENT('Forslag 2027'), periodWarning(proposal, 2026)!], /^Kommunens egen beslutning$/],
  ])('%s', (_name, profile, year, warnings, basis) => {
    const facts = profileFacts(profile, dayFromYmd(year, 1, 1));
    expect(facts.warnings).toEqual(warnings);
    expect(facts.legalBasis).toMatch(basis);
  });

  it('names the period and the decision, or says there is none', () => {
    expect(profileFacts(glostrup, dayFromYmd(2025, 1, 1))).toMatchObject({ period: '01-01-2025 til 31-12-2025', decision: expect.stringContaining('Kommunalbestyrelsen i Glostrup Kommune') });
    expect(profileFacts(proposal, dayFromYmd(2027, 1, 1))).toMatchObject({ period: '01-01-2027 til 31-12-2027', decision: text.NO_DECISION_SHORT });
    expect(profileFacts(resolveProfile('ballerup'), dayFromYmd(2027, 1, 1)).period).toBe(text.PERIOD(undefined, undefined));
  });
});
