/**
 * Issue 13 item 3 on the built bundle: the 7th column of FHB_PLAN (Lovgrundlag) for plans in 2025, 2026
 * and 2027 with each built-in profile. § 79 a was repealed from 1 July 2025 (lov nr. 1703 af 30/12/2024
 * § 1, nr. 3): from then no cell presents it as current. Synthetic citizens only.
 */
import { createRuntime } from '../../runtime';

const OWN = 'Kommunens egen beslutning, ældreloven § 4 som generel ramme';
const rt = createRuntime({ now: new Date('2026-03-01T09:00:00Z') });
const bundle = rt.load();
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plan = (born: string, asOf: string, profile: string, atRisk = false) =>
  bundle.callCustomFunction('FHB_PLAN', utc(born), false, utc(asOf), '', '', atRisk, '', profile) as unknown[][];

test.each([
  ['sel-79a', '1945-05-05', '2025-03-01', 'ALDER_80', 'SEL § 79 a, stk. 2'],
  ['sel-79a', '1946-05-05', '2026-03-01', 'ALDER_80', `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)`],
  ['79a', '1945-05-05', '2027-03-01', 'ALDER_82', `${OWN}; SEL § 79 a, stk. 1 (til 30.6.2025)`],
  ['glostrup-2025', '1950-05-05', '2025-03-01', 'ALDER_75', 'SEL § 79 a, stk. 2'],
  ['glostrup-2025', '1951-05-05', '2026-03-01', 'ALDER_75', `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)`],
  ['Glostrup', '1952-05-05', '2027-03-01', 'ALDER_75', `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)`],
  ['ballerup', '1938-05-05', '2025-03-01', 'ALDER_82', 'SEL § 79 a, stk. 1'],
  ['ballerup', '1939-05-05', '2026-03-01', 'ALDER_82', `${OWN}; SEL § 79 a, stk. 1 (til 30.6.2025)`],
  ['Ballerup', '1940-05-05', '2027-03-01', 'ALDER_82', `${OWN}; SEL § 79 a, stk. 1 (til 30.6.2025)`],
])('%s, born %s, planned %s: %s', (profile, born, asOf, code, basis) => {
  const [row] = plan(born, asOf, profile);
  expect(row[0]).toBe(code);
  expect(row[6]).toBe(basis);
});

test('the codes and windows of the default profile are unchanged by the rename (SPEC §3)', () => {
  const [row] = plan('1946-05-05', '2026-03-01', '');
  expect(row.slice(0, 4)).toEqual(['ALDER_80', 'Forebyggende hjemmebesøg', 'Hjemmebesøg', 'Brev']);
});
