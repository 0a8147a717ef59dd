import { danishNumber } from '../../../src/core/text/number';

/** Numbers in Danish sentences (the projection's report, the profile's limits): a point between thousands. */
test.each<[number, string]>([
  [0, '0'],
  [7, '7'],
  [999, '999'],
  [1000, '1.000'],
  [50_000, '50.000'],
  [1_234_567, '1.234.567'],
  [12.6, '13'],
  [-1234, '-1.234'],
  [-0.4, '0'],
  [1e21, '1e+21'], // beyond what a sentence counts: String's own form, no dots inside it
])('%d → %s', (n, shown) => expect(danishNumber(n)).toBe(shown));
