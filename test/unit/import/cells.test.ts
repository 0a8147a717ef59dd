import PizZip from 'pizzip';
import { columnOfRef, isDateFormat, rowsToDelimited, serialToDanish } from '../../../src/core/import/cells';
import { zipEntries } from '../../../src/core/import/zip';
import { inflateRawSync } from 'node:zlib';

describe('workbook cells as the import reads them', () => {
  test.each([['A1', 0], ['Z9', 25], ['AA10', 26], ['ab3', 27], ['XFD1', 16383]])('column of %s = %d', (ref, col) => {
    expect(columnOfRef(ref)).toBe(col);
  });

  test.each<[number, string | undefined, boolean]>([
    [14, undefined, true], // Excel's short date
    [22, undefined, true], // date and time
    [0, undefined, false], // General
    [49, undefined, false], // text @
    [164, 'dd-mm-yyyy', true],
    [165, 'd/m/yy;@', true],
    [166, '"Tlf. "0', false], // a d inside quotes is no date
    [167, '[Red]0.00', false],
    [168, '0000000000', false], // a CPR number format
  ])('numFmt %d %j is a date: %p', (id, code, expected) => {
    expect(isDateFormat(id, code)).toBe(expected);
  });

  test.each([[1, '31-12-1899'], [18295, '01-02-1950'], [45658.75, '01-01-2025']])('serial %d = %s', (serial, danish) => {
    expect(serialToDanish(serial)).toBe(danish);
  });

  test('rows become ;-separated text, quoted where needed', () => {
    expect(rowsToDelimited([['Navn', 'Adresse'], ['Hansen; Jens', 'Vej "1"'], ['A', 'to\nlinjer']])).toBe('Navn;Adresse\r\n"Hansen; Jens";"Vej ""1"""\r\nA;"to\nlinjer"');
  });
});

describe('zipEntries: the entries of a ZIP from its central directory', () => {
  test('stored and deflated entries, as a workbook holds them', () => {
    const zip = new PizZip();
    zip.file('xl/workbook.xml', '<workbook>æøå</workbook>', { compression: 'DEFLATE' });
    zip.file('mimetype', 'plain', { compression: 'STORE' });
    const bytes = new Uint8Array(zip.generate({ type: 'nodebuffer' }));
    const entries = zipEntries(bytes)!;
    expect([...entries.keys()].sort()).toEqual(['mimetype', 'xl/workbook.xml']);
    expect(entries.get('mimetype')).toMatchObject({ method: 0 });
    expect(Buffer.from(entries.get('mimetype')!.data).toString()).toBe('plain');
    expect(entries.get('xl/workbook.xml')!.method).toBe(8);
    expect(inflateRawSync(entries.get('xl/workbook.xml')!.data).toString('utf8')).toBe('<workbook>æøå</workbook>');
  });

  test('not a ZIP, or cut short: undefined', () => {
    expect(zipEntries(new Uint8Array([1, 2, 3]))).toBeUndefined();
    const zip = new PizZip();
    zip.file('a.txt', 'x'.repeat(100));
    const bytes = new Uint8Array(zip.generate({ type: 'nodebuffer' }));
    expect(zipEntries(bytes.subarray(0, bytes.length - 30))).toBeUndefined();
  });
});
