import { getProfile, resolveProfile } from '../../../src/core/profiles/registry';

/**
 * A profile's days (validFrom, validTo, lawUntil, a decision's date) must be days that exist: «2025-13-01»
 * passed the pattern åååå-mm-dd and was then read as no date at all, so the profile had no start; the
 * refusal named validTo («skal ligge efter validFrom») instead.
 */

const glostrup = () => JSON.parse(JSON.stringify(getProfile('glostrup-2025'))) as Record<string, unknown>;
const refusal = (profile: Record<string, unknown>) => {
  try {
    resolveProfile(JSON.stringify(profile));
  } catch (e) {
    return (e as Error).message;
  }
  return 'accepted';
};

test.each([
  ['validFrom', '2025-13-01'],
  ['validFrom', '2025-02-30'],
  ['validTo', '2026-02-29'],
  ['lawUntil', '2025-06-31'],
])('%s «%s»: refused, naming that field', (field, day) => {
  const said = refusal({ ...glostrup(), [field]: day });
  expect(said).toContain(`\`${field}\``);
  expect(said).toContain('en dag der findes');
  expect(said).not.toContain('skal ligge efter');
});

test.each([['validFrom', '2024-02-29'], ['validTo', '2026-12-31']])('%s «%s», a day that exists: accepted', (field, day) => {
  expect(refusal({ ...glostrup(), [field]: day })).toBe('accepted');
});
