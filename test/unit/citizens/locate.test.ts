import { citizenKey } from '../../../src/core/citizens/key';
import { citizenLocator } from '../../../src/core/citizens/locate';
import { findColumns } from '../../../src/core/sheet/columns';

/** The one rule every writer uses to find a citizen again: the remembered row, else the one row with the key. */
const headers = ['Navn', 'CPR'];
const columns = findColumns(headers);
const karen = ['Karen Testesen', '100545-1234'];
const bent = ['Bent Prøvesen', '200850-4321'];
const inge = ['Inge Eksempel', '010245-1111'];
const keyOf = (cells: string[]) => citizenKey({ columns, values: cells });

test.each([
  ['still on the remembered row', [karen, bent, inge], 2, karen, 2],
  ['moved by a sort', [bent, inge, karen], 2, karen, 4],
  ['moved up by a deleted row', [bent, karen], 4, karen, 3],
  ['gone', [bent, inge], 2, karen, undefined],
  ['on two rows (a pasted duplicate): never guessed', [bent, karen, karen], 2, karen, undefined],
  ['the remembered row past the end', [karen], 9, karen, 2],
])('%s', (_what, rows, remembered, who, expected) => {
  // Data read below the headers (the merge) and the whole sheet with the headers (the scheduler, the sidebar).
  expect(citizenLocator({ columns, rows, firstRow: 2 })(remembered, keyOf(who))).toBe(expected);
  expect(citizenLocator({ columns, rows: [headers, ...rows], firstRow: 1 })(remembered, keyOf(who))).toBe(expected);
});

test('the header row is never a citizen', () => {
  expect(citizenLocator({ columns, rows: [headers, karen], firstRow: 1 })(1, keyOf(headers))).toBeUndefined();
});
