import { jsonLines } from '../../../src/core/profiles/json-lines';

/** Where a place of a profile's JSON text is: the line a schema problem names. */
const source = [
  '{', //                                   1
  '  "id": "forslag",', //                  2
  '  "rules": [', //                        3
  '    { "code": "A",', //                  4
  '      "ages": [ { "from": "x" } ] },', // 5
  '    {', //                               6
  '      "code": "B \\" {", "n": [1,', //   7
  '        2] }', //                        8
  '  ]', //                                 9
  '}', //                                   10
].join('\n');

describe('jsonLines', () => {
  const lineOf = jsonLines(source);
  it.each([
    [['id'], 2],
    [['rules'], 3],
    [['rules', 0], 4],
    [['rules', 0, 'code'], 4],
    [['rules', 0, 'ages', 0, 'from'], 5],
    [['rules', 1], 6],
    [['rules', 1, 'code'], 7],
    [['rules', 1, 'n', 1], 8],
    // A key the text lacks: the object that should hold it.
    [['rules', 1, 'title'], 6],
    [[], 1],
  ])('%j is on line %i', (path, line) => {
    expect(lineOf(path)).toBe(line);
  });
});
