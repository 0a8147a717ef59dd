import { createRuntime } from '../../runtime';

/**
 * FHB_STOLETEST (SPEC §3) on the built bundle with hostile cells in each argument, as one range call:
 * each bad row is its own FEJL message naming the argument by its Danish name (antal, fødselsdato, køn,
 * dato), the good row beside it is read, and no CPR number is shown whole.
 */
const bundle = createRuntime().load();
const BIRTH = '10-05-1945';

const CASES: [string, unknown[], RegExp][] = [
  ['a Sheets error as the count', ['#N/A', BIRTH, 'K', '01-03-2025'], /^FEJL: antal: «#N\/A» er ikke et helt tal fra 0 til 60/],
  ['«12,5» as the count', ['12,5', BIRTH, 'K', '01-03-2025'], /^FEJL: antal: «12,5» er ikke et helt tal/],
  ['-1 as the count', [-1, BIRTH, 'K', '01-03-2025'], /^FEJL: antal: -1 er ikke et helt tal/],
  ['a Sheets error as the birth date', [10, '#N/A', 'K', '01-03-2025'], /^FEJL: fødselsdato: cellen indeholder en fejl \(#N\/A\)/],
  ['text as the birth date', [10, 'i går', 'K', '01-03-2025'], /^FEJL: fødselsdato: «i går» er ikke en dato/],
  ['markup as the sex', [10, BIRTH, '<script>', '01-03-2025'], /^FEJL: køn: «<script>» er hverken mand eller kvinde/],
  ['a Sheets error as the test day', [10, BIRTH, 'K', '#N/A'], /^FEJL: dato: cellen indeholder en fejl \(#N\/A\)/],
  ['text as the test day', [10, BIRTH, 'K', 'i går'], /^FEJL: dato: «i går» er ikke en dato/],
  ['a test day before the birth', [10, BIRTH, 'K', '01-01-1850'], /^FEJL: testdagen 01-01-1850 ligger før fødselsdatoen/],
];

test.each(CASES)('%s: that row is a FEJL naming its argument, the ordinary row is read', (_label, bad, message) => {
  const good = [12, BIRTH, 'K', '01-03-2025'];
  const column = (i: number) => [[good[i]], [bad[i]]];
  const out = bundle.callCustomFunction('FHB_STOLETEST', column(0), column(1), column(2), column(3)) as unknown[][];
  expect(out).toHaveLength(2);
  expect(String(out[0][0])).toMatch(/^12 rejsninger: inden for normalområdet/);
  expect(String(out[1][0])).toMatch(message);
});
