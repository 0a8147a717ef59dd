import { CsvQuoteError, csvText, detectDelimiter, parseCsv } from '../../../src/offline/csv';
import { InputFileError, decodeText, tableFromCsv } from '../../../src/offline/input';

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

describe('quotes that do not pair up', () => {
  it('an unterminated quote does not swallow the rows after it: the file is refused, naming the row it opened on', () => {
    const csv = 'Navn;Fødselsdato\nA;01-02-1950\n\n"B;02-03-1951\nC;03-04-1952\nD;04-05-1953\n';
    expect(() => parseCsv(csv)).toThrow(CsvQuoteError);
    try {
      parseCsv(csv);
    } catch (e) {
      expect(e).toMatchObject({ row: 4 });
    }
    expect(() => tableFromCsv(csv, 'borgere.csv')).toThrow(InputFileError);
    expect(() => tableFromCsv(csv, 'borgere.csv')).toThrow('Filen borgere.csv: et anførselstegn (") i række 4 lukkes aldrig');
  });

  it('a quote inside an unquoted field, or text after a closed one, is kept as typed (a nickname), not an error', () => {
    expect(parseCsv('Navn;By\nHans "Bette" Jensen;Egelund\n"Bo" B;X\n').map((r) => r.fields)).toEqual([['Navn', 'By'], ['Hans "Bette" Jensen', 'Egelund'], ['"Bo" B', 'X']]);
  });
});

describe('csvText', () => {
  it('writes ; with a BOM and CRLF, quoting only what needs it, and reads back the same', () => {
    const rows = [['Navn', 'Note'], ['A;B', 'sagde "ja"'], ['to\r\nlinjer', ''], ['0800', ' x']];
    const csv = csvText(rows);
    expect(csv).toBe('\uFEFFNavn;Note\r\n"A;B";"sagde ""ja"""\r\n"to\r\nlinjer";\r\n0800; x\r\n');
    expect(parseCsv(csv).map((r) => r.fields)).toEqual(rows);
  });
});

describe('a Windows-1252 file with ; and a BOM-less header', () => {
  it('reads Danish letters and keeps the rows', () => {
    const bytes = Buffer.from([...Buffer.from('Navn;F', 'latin1'), 0xf8, ...Buffer.from('dselsdato\r\n', 'latin1'), 0xc5, ...Buffer.from('se;01-02-1950\r\n', 'latin1')]);
    const table = tableFromCsv(decodeText(bytes));
    expect(table.headers).toEqual(['Navn', 'Fødselsdato']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Åse', '01-02-1950'] }]);
  });
});
