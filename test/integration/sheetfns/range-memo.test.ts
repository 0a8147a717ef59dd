/**
 * Issue 26: FHB_PLAN, FHB_OFFER, FHB_REASON and FHB_STATUS over a whole column work out each distinct row once. On the
 * built bundle, a column of rows that repeat and rows that differ in one cell only (as a Date, as typed
 * text, a number, a yes/no spelled otherwise, a bad value) must give, row for row, what the same row gives
 * on its own in a single-cell call (SPEC section 3): a value, or that call's Danish error as the row's FEJL.
 */
import { createRuntime } from '../../runtime';
import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';

const cph = makeZone('Europe/Copenhagen');
const at = (y: number, m: number, d: number) => cph.toDate(dayFromYmd(y, m, d));

// [birth, lives alone, spouse died, at risk, exempt]: a base row, then variations of one cell each.
const BASE = [at(1950, 6, 1), '', '', '', ''];
const VARIANTS: unknown[][] = [
  BASE,
  [at(1950, 6, 1), '', '', '', ''], // the same day, another Date object
  ['01-06-1950', '', '', '', ''], // typed text for the same day
  [at(1950, 6, 2), '', '', '', ''],
  [at(1950, 6, 1), 'ja', '', '', ''],
  [at(1950, 6, 1), true, '', '', ''],
  [at(1950, 6, 1), 'nej', '', '', ''],
  [at(1950, 6, 1), false, '', '', ''],
  [at(1950, 6, 1), 0, '', '', ''],
  [at(1950, 6, 1), 'måske', '', '', ''], // not a yes/no: a FEJL row
  [at(1950, 6, 1), '', at(2025, 1, 20), '', ''],
  [at(1950, 6, 1), '', at(2025, 1, 21), '', ''],
  [at(1950, 6, 1), '', '20-01-2025', '', ''],
  [at(1950, 6, 1), '', '31-02-2025', '', ''], // no such day: a FEJL row
  [at(1950, 6, 1), '', '', 'x', ''],
  [at(1950, 6, 1), '', '', '', 'plejehjem'],
  [at(1950, 6, 1), '', '', '', 'Plejehjem'],
  [at(1945, 3, 12), 'ja', at(2025, 1, 5), '', ''],
  [at(1945, 3, 12), 'ja', at(2025, 1, 5), '', ''],
  [at(1945, 3, 12), '', at(2025, 1, 5), '', ''],
  ['', '', '', '', ''], // an empty row
  [at(1950, 6, 1), '', '', '', ''],
];
// Every variant three times over, interleaved, so the repeats come after other rows.
const ROWS = [...VARIANTS, ...VARIANTS, ...VARIANTS];
const col = (i: number) => ROWS.map((r) => [r[i]]);
const AS_OF = '01-03-2025';

describe.each(['FHB_PLAN', 'FHB_OFFER', 'FHB_REASON'])('%s over a column agrees with each row on its own', (fn) => {
  const rt = createRuntime();
  const bundle = rt.load();
  const column = bundle.callCustomFunction(fn, col(0), col(1), AS_OF, col(2), '', col(3), col(4), 'glostrup-2025') as unknown[][];

  test.each(ROWS.map((row, i) => [i, row] as const))('row %i', (i, row) => {
    let single: unknown;
    try {
      single = row[0] === '' ? undefined : bundle.callCustomFunction(fn, row[0], row[1], AS_OF, row[2], '', row[3], row[4], 'glostrup-2025');
    } catch (e) {
      single = `FEJL: ${(e as Error).message}`;
    }
    const fromColumn = fn === 'FHB_PLAN' ? column[i] : column[i][0];
    if (single === undefined) expect(fromColumn).toEqual(fn === 'FHB_PLAN' ? ['', '', '', '', '', '', ''] : '');
    else if (typeof single === 'string' && single.startsWith('FEJL')) expect(fn === 'FHB_PLAN' ? (fromColumn as unknown[])[0] : fromColumn).toBe(single);
    else expect(fromColumn).toEqual(fn === 'FHB_PLAN' ? (single as unknown[][])[0] : single);
  });

  test('rows that differ in one cell are told apart', () => {
    const distinct = new Set(VARIANTS.map((_, i) => JSON.stringify(column[i])));
    // The variants give at least these different answers: the base, another birthday, alone, bereaved
    // (two windows), at risk, exempt, two FEJL rows, the 75-year-old bereaved living alone or not, empty.
    expect(distinct.size).toBeGreaterThanOrEqual(fn === 'FHB_PLAN' ? 8 : 6);
    // Bereaved a day apart: the same offer, windows a day apart.
    if (fn === 'FHB_PLAN') expect(column[11][4]).not.toEqual(column[10][4]);
  });
});

// FHB_STATUS: [code, from, to, invited, visit, done, declined] rows; the reference date and profile one value.
const W = [at(2025, 1, 1), at(2025, 12, 31)];
const STATUS_VARIANTS: unknown[][] = [
  ['ALDER_75', ...W, '', '', '', ''],
  ['ALDER_75', at(2025, 1, 1), at(2025, 12, 31), '', '', '', ''],
  ['ALDER_75', '01-01-2025', '31-12-2025', '', '', '', ''],
  ['ALDER_80', ...W, '', '', '', ''],
  ['ALDER_75', ...W, at(2025, 2, 3), '', '', ''],
  ['ALDER_75', ...W, '03-02-2025', '', '', ''],
  ['ALDER_75', ...W, at(2025, 2, 3), at(2025, 3, 10), '', ''],
  ['ALDER_75', ...W, at(2025, 2, 3), '', at(2025, 2, 20), ''],
  ['ALDER_75', ...W, '', '', '', 'ja'],
  ['ALDER_75', ...W, '', '', '', at(2025, 2, 1)],
  ['ALDER_75', ...W, 'i går', '', '', ''], // not a date: a FEJL row
  ['INGEN', '', '', '', '', '', ''],
  ['FEJL: noget', '', '', '', '', '', ''],
  ['ALDER_75', ...W, '', '', '', ''],
];
const STATUS_ROWS = [...STATUS_VARIANTS, ...STATUS_VARIANTS];

describe('FHB_STATUS over a column agrees with each row on its own', () => {
  const rt = createRuntime();
  const bundle = rt.load();
  const c = (i: number) => STATUS_ROWS.map((r) => [r[i]]);
  const column = bundle.callCustomFunction('FHB_STATUS', c(0), c(1), c(2), c(3), c(4), c(5), c(6), AS_OF) as unknown[][];

  test.each(STATUS_ROWS.map((row, i) => [i, row] as const))('row %i', (i, row) => {
    let single: unknown;
    try {
      single = bundle.callCustomFunction('FHB_STATUS', ...row, AS_OF);
    } catch (e) {
      single = `FEJL: ${(e as Error).message}`;
    }
    expect(column[i][0]).toBe(single);
  });

  test('rows that differ in one cell are told apart', () => {
    expect(new Set(STATUS_VARIANTS.map((_, i) => column[i][0])).size).toBeGreaterThanOrEqual(6);
  });
});

// FHB_STOLETEST: [antal, fødselsdato, køn]; the test day one value. Rows alike in count, sex and age share a
// reading or a refusal; a refusal quotes the count as typed.
const CHAIR_VARIANTS: unknown[][] = [
  [12, at(1950, 6, 1), 'kvinde'],
  [12, at(1950, 7, 1), 'kvinde'], // another birthday, the same age on the test day
  ['12', at(1950, 6, 1), 'kvinde'],
  [' 12 ', at(1950, 6, 1), 'kvinde'],
  [12, at(1950, 6, 1), 'mand'],
  [12, at(1920, 6, 1), 'kvinde'], // 104: outside the norms
  [12, at(1921, 6, 1), 'kvinde'], // 103: outside the norms, another age in the message
  [12.5, at(1950, 6, 1), 'kvinde'],
  ['12,5', at(1950, 6, 1), 'kvinde'],
  ['12.5', at(1950, 6, 1), 'kvinde'],
  [99, at(1950, 6, 1), 'kvinde'],
  [12, at(1950, 6, 1), ''], // no sex
  ['', at(1950, 6, 1), 'kvinde'], // no test that day
];
const CHAIR_ROWS = [...CHAIR_VARIANTS, ...CHAIR_VARIANTS];

describe('FHB_STOLETEST over a column agrees with each row on its own', () => {
  const rt = createRuntime();
  const bundle = rt.load();
  const c = (i: number) => CHAIR_ROWS.map((r) => [r[i]]);
  const column = bundle.callCustomFunction('FHB_STOLETEST', c(0), c(1), c(2), AS_OF) as unknown[][];

  test.each(CHAIR_ROWS.map((row, i) => [i, row] as const))('row %i', (i, row) => {
    let single: unknown;
    try {
      single = row[0] === '' ? '' : bundle.callCustomFunction('FHB_STOLETEST', ...row, AS_OF);
    } catch (e) {
      single = `FEJL: ${(e as Error).message}`;
    }
    expect(column[i][0]).toBe(single);
  });

  test('refusals differ where their rows do', () => {
    expect(String(column[5][0])).toMatch(/^FEJL/);
    expect(column[6][0]).not.toBe(column[5][0]);
    expect(new Set([7, 8, 9, 10].map((i) => column[i][0])).size).toBeGreaterThan(1);
  });
});
