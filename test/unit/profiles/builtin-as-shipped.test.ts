/**
 * The built-in profiles and fhb's default visit terms are used as they are shipped, without zod at run
 * time (every custom-function execution would pay for it: issue 26). These tests are what validates them
 * instead: each must pass the schema and come back exactly as shipped, every default written out and no
 * text the schema would trim, so what the sheet uses is what the schema would have made of it.
 */
import ballerup from '../../../src/core/profiles/builtin/ballerup.json';
import glostrup from '../../../src/core/profiles/builtin/glostrup-2025.json';
import sel79a from '../../../src/core/profiles/builtin/sel-79a.json';
import defaultTerms from '../../../src/core/profiles/builtin/default-visit-terms.json';
import { ProfileError, builtinProfileIds, getProfile, parseProfile } from '../../../src/core/profiles/registry';
import { profileSchemas } from '../../../src/core/profiles/schema';
import { defaultVisitTerms } from '../../../src/core/profiles/visit-terms';

const SHIPPED: Record<string, unknown> = { 'glostrup-2025': glostrup, ballerup, 'sel-79a': sel79a };

describe('built-in profiles as shipped', () => {
  test('every built-in profile is checked here', () => {
    expect(builtinProfileIds().sort()).toEqual(Object.keys(SHIPPED).sort());
  });

  test.each(Object.keys(SHIPPED))('%s: the schema accepts it and changes nothing', (id) => {
    expect(parseProfile(SHIPPED[id])).toStrictEqual(getProfile(id));
    expect(getProfile(id)).toBe(SHIPPED[id]);
  });

  test('the check can fail: a default left out, a text to trim, a refused key', () => {
    const { events, ...withoutEvents } = glostrup;
    expect(events).toEqual([]);
    expect(parseProfile(withoutEvents)).not.toStrictEqual(withoutEvents);
    const untrimmed = { ...glostrup, name: ` ${glostrup.name} ` };
    expect(parseProfile(untrimmed)).not.toStrictEqual(untrimmed);
    expect(() => parseProfile({ ...glostrup, colour: 'blå' })).toThrow(ProfileError);
  });
});

describe("fhb's default visit terms as shipped", () => {
  test.each(['themes', 'referrals'] as const)('%s: the schema accepts them and changes nothing', (list) => {
    expect(profileSchemas().VisitTerms.parse(defaultTerms[list])).toStrictEqual(defaultVisitTerms()[list]);
    expect(defaultVisitTerms()[list]).toBe(defaultTerms[list]);
  });
});
