import { guessDelimiter, parseDelimited } from '../../../src/core/import/delimited';

describe('guessDelimiter', () => {
  test.each([
    ['Navn;CPR;Adresse\nA;1;B', ';'],
    ['Navn,CPR,Adresse\nA,1,B', ','],
    ['Navn\tCPR\tAdresse', '\t'],
    ['"Hansen, Jens";010203-1234;"Vej 1, st."', ';'],
    ['Navn', ';'],
  ])('%j → %j', (input, expected) => {
    expect(guessDelimiter(input)).toBe(expected);
  });
});

describe('parseDelimited (RFC 4180 with the line each record starts on)', () => {
  test.each<[string, string, { line: number; cells: string[] }[]]>([
    ['CRLF lines', 'a;b\r\nc;d\r\n', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }]],
    ['LF and no final newline', 'a;b\nc;d', [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['c', 'd'] }]],
    ['quoted separator and doubled quote', '"x;y";"sagde ""hej"""', [{ line: 1, cells: ['x;y', 'sagde "hej"'] }]],
    ['a line break inside quotes stays in its row (as Excel shows it)', '"Vej 1\nst. tv";b\nc;d', [{ line: 1, cells: ['Vej 1\nst. tv', 'b'] }, { line: 2, cells: ['c', 'd'] }]],
    ['empty cells kept', ';;x;', [{ line: 1, cells: ['', '', 'x', ''] }]],
    ['a BOM is dropped', '\ufeffNavn;CPR', [{ line: 1, cells: ['Navn', 'CPR'] }]],
    ['blank lines count as lines', 'a\n\nb', [{ line: 1, cells: ['a'] }, { line: 2, cells: [''] }, { line: 3, cells: ['b'] }]],
  ])('%s', (_what, input, expected) => {
    const out = parseDelimited(input, ';');
    expect(out.unclosedQuoteLine).toBeUndefined();
    expect(out.records).toEqual(expected);
  });

  test('a quote never closed names the line it opened on', () => {
    expect(parseDelimited('a;b\nc;"d\ne;f\n', ';').unclosedQuoteLine).toBe(2);
  });
});
