import { detectDelimiter, parseCsv } from '../../../src/offline/csv';
import { decodeText, tableFromCsv } from '../../../src/offline/input';

describe('parseCsv', () => {
  it.each([
    ['Navn;Fødselsdato\r\nA;01-02-1950\r\n', ';'],
    ['Navn,Fødselsdato\nA,01-02-1950\n', ','],
    ['"Navn, fulde";Fødselsdato;By\n', ';'],
    ['"Navn; fulde",Fødselsdato,By\n', ','],
  ])('detects the separator of %j as %s', (text, sep) => {
    expect(detectDelimiter(text)).toBe(sep);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const records = parseCsv('a;b;c\r\n"x;y";"sagde ""nej tak""";"to\r\nlinjer"\r\nslut;;\r\n');
    expect(records.map((r) => r.fields)).toEqual([['a', 'b', 'c'], ['x;y', 'sagde "nej tak"', 'to\r\nlinjer'], ['slut', '', '']]);
  });

  it('numbers rows as a spreadsheet does: blank lines count, a line break in quotes does not', () => {
    const records = parseCsv('h1;h2\n"a\nb";1\n\nc;2\n');
    expect(records.map((r) => r.row)).toEqual([1, 2, 4]);
  });

  it('drops a byte-order mark and reads a last line without a line break', () => {
    const records = parseCsv('\uFEFFNavn;By\nA;B');
    expect(records[0].fields[0]).toBe('Navn');
    expect(records[1].fields).toEqual(['A', 'B']);
  });

  it('keeps leading zeros: values stay text', () => {
    const table = tableFromCsv('CPR;Postnr\n0103451234;0800\n');
    expect(table.rows[0].cells).toEqual(['0103451234', '0800']);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and falls back to Windows-1252 (Danish Excel "CSV (semikolonsepareret)")', () => {
    expect(decodeText(Buffer.from('Fødselsdato', 'utf8'))).toBe('Fødselsdato');
    expect(decodeText(Buffer.from([0x46, 0xf8, 0x64, 0x73, 0x65, 0x6c, 0x73, 0x64, 0x61, 0x74, 0x6f]))).toBe('Fødselsdato');
  });
});
