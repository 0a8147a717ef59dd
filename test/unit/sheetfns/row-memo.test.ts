/**
 * rowMemo (issue 26): a whole column's rows worked out once per distinct row. What must hold: two rows
 * share a result only when every varying cell is the same value (a Date by its instant, never a Date and
 * a number alike), a row that throws throws again without being worked out again, and each distinct row is
 * computed exactly once.
 */
import { broadcast } from '../../../src/sheetfns/grid';
import { rowMemo } from '../../../src/sheetfns/row-memo';

const column = (...values: unknown[]) => values.map((v) => [v]);

/** The rows of a two-argument call, the memo over both, and how often each row was computed. */
function memoOver(first: unknown[], second: unknown[], compute: (a: unknown, b: unknown) => unknown = (a, b) => [a, b]) {
  const rows = broadcast([column(...first), column(...second)], ['a', 'b']);
  const computed: number[] = [];
  const row = rowMemo(rows, [0, 1], (r) => {
    computed.push(r);
    return compute(rows.value(0, r), rows.value(1, r));
  });
  return { row, computed, count: rows.count };
}

describe('rowMemo', () => {
  test('a repeated row is computed once and given the same result', () => {
    const { row, computed } = memoOver(['x', 'y', 'x', 'x'], [1, 1, 1, 2]);
    const results = [0, 1, 2, 3].map(row);
    expect(computed).toEqual([0, 1, 3]);
    expect(results[2]).toBe(results[0]);
    expect(results[3]).toEqual(['x', 2]);
  });

  test.each([
    ['two Dates of the same instant: one result', new Date(Date.UTC(1945, 4, 12)), new Date(Date.UTC(1945, 4, 12)), true],
    ['two Dates a millisecond apart: two results', new Date(Date.UTC(1945, 4, 12)), new Date(Date.UTC(1945, 4, 12) + 1), false],
    ['a Date and the number of its instant: two results', new Date(0), 0, false],
    ['the text «1» and the number 1: two results', '1', 1, false],
    ['an empty cell and false: two results', '', false, false],
    ['false and 0: two results', false, 0, false],
    ['«x» and «X»: two results', 'x', 'X', false],
  ])('in the second column, %s', (_, a, b, shared) => {
    const { row, computed } = memoOver(['same', 'same'], [a, b]);
    row(0);
    row(1);
    expect(computed).toEqual(shared ? [0] : [0, 1]);
  });

  test.each([
    ['two Dates of the same instant: one result', new Date(Date.UTC(1950, 0, 1)), new Date(Date.UTC(1950, 0, 1)), true],
    ['a Date and the number of its instant: two results', new Date(0), 0, false],
    ['the text «0» and the number 0: two results', '0', 0, false],
  ])('in the first column, %s', (_, a, b, shared) => {
    const { row, computed } = memoOver([a, b], ['', '']);
    row(0);
    row(1);
    expect(computed).toEqual(shared ? [0] : [0, 1]);
  });

  test('a row that throws is worked out once: each row like it throws the same error again', () => {
    let calls = 0;
    const { row } = memoOver(['bad', 'bad', 'good'], ['', '', ''], (a) => {
      calls++;
      if (a === 'bad') throw new Error('nej');
      return a;
    });
    let first: unknown;
    try {
      row(0);
    } catch (e) {
      first = e;
    }
    expect(first).toEqual(new Error('nej'));
    let second: unknown;
    try {
      row(1);
    } catch (e) {
      second = e;
    }
    expect(second).toBe(first);
    expect(row(2)).toBe('good');
    expect(calls).toBe(2);
  });

  test('texts holding the key\'s own marks (;, :, digits) never meet another row', () => {
    const rows = broadcast([column('a', 'a', 'a', 'a'), column('x;1s1:y', 'x', '1', ''), column('', 'y', '', 1)], ['a', 'b', 'c']);
    const computed: number[] = [];
    const row = rowMemo(rows, [0, 1, 2], (r) => computed.push(r));
    [0, 1, 2, 3, 0, 1, 2, 3].forEach(row);
    expect(computed).toEqual([0, 1, 2, 3]);
  });

  test('10,000 rows over 7 distinct pairs compute 7 times', () => {
    const n = 10_000;
    const { row, computed } = memoOver(
      Array.from({ length: n }, (_, i) => new Date(Date.UTC(1940 + (i % 7), 0, 1))),
      Array.from({ length: n }, (_, i) => (i % 7 === 3 ? 'ja' : '')),
    );
    for (let r = 0; r < n; r++) row(r);
    expect(computed).toHaveLength(7);
  });
});
