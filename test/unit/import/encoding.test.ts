import { detectFileKind, isUtf8 } from '../../../src/core/import/encoding';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));

describe('detectFileKind: what the consultant chose, from its first bytes', () => {
  test.each([
    ['UTF-8 with BOM (Excel «CSV UTF-8»)', Uint8Array.from(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Navn;CPR\nSøren;x', 'utf8')])), { kind: 'text', encoding: 'utf-8', bom: true }],
    ['UTF-8 without BOM', Uint8Array.from(Buffer.from('Navn;By\nÅse;Ølstykke', 'utf8')), { kind: 'text', encoding: 'utf-8', bom: false }],
    ['Windows-1252 (Excel «CSV semikolonsepareret»): æ ø å are single bytes', ascii('Navn;By\nÅse;Ølstykke'), { kind: 'text', encoding: 'windows-1252', bom: false }],
    ['plain ASCII reads as UTF-8', ascii('Navn;CPR\n'), { kind: 'text', encoding: 'utf-8', bom: false }],
    ['UTF-16 LE with BOM (Excel «Unicode-tekst»)', Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Navn\tCPR', 'utf16le')])), { kind: 'text', encoding: 'utf-16le', bom: true }],
    ['an .xlsx workbook (a ZIP)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), { kind: 'xlsx' }],
    ['an old .xls workbook', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1), { kind: 'xls' }],
    ['a PDF with NUL bytes', Uint8Array.from(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3])])), { kind: 'binary' }],
  ])('%s', (_what, input, expected) => {
    expect(detectFileKind(input)).toEqual(expected);
  });

  test.each([
    [bytes(0xc3, 0xa6), true], // æ
    [bytes(0xe6), false], // æ in Windows-1252
    [bytes(0xc0, 0x80), false], // overlong NUL
    [bytes(0xed, 0xa0, 0x80), false], // a surrogate
    [bytes(0xe2, 0x82, 0xac), true], // €
    [bytes(0xe2, 0x82), false], // cut short
  ])('isUtf8 %p = %p', (input, expected) => {
    expect(isUtf8(input)).toBe(expected);
  });
});
