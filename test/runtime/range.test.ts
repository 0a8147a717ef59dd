import { createRuntime } from './index';
import { writeBundle } from './helpers';

describe('Range', () => {
  test('setValues checks the shape with Google\'s exact messages', () => {
    const rt = createRuntime();
    const r = rt.sheet('Sheet1').getRange('A1:B2');
    expect(() => r.setValues([[1, 2]])).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues([[1, 2], [3]])).toThrow('The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.');
    expect(() => r.setValues([[1, 2, 3], [4, 5, 6]])).toThrow('The data has 3 but the range has 2.');
    r.setValues([[1, 2], [3, 4]]);
    expect(r.getValues()).toEqual([[1, 2], [3, 4]]);
  });

  test('getRange overloads and their errors', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    expect(s.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(s.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(s.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(s.getRange('F2:F').getNumRows()).toBe(999);
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => s.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(() => s.getRange(1000, 1, 2)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange('nonsense')).toThrow('Range not found');
  });

  test('getRangeList formats every listed range in one call and leaves the rest', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(`
      function formatTwo() {
        const list = SpreadsheetApp.getActive().getSheetByName('Sheet1').getRangeList(['B2:C4', 'E2:E4']);
        list.setNumberFormat('@');
        return list.getRanges().length;
      }
      function formatNone() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRangeList([]); }
      function formatElsewhere() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRangeList(['A1', 'Other!A1']); }`));
    rt.calls.reset();
    expect(bc.run('formatTwo')).toBe(2);
    expect(rt.calls.count('RangeList.setNumberFormat')).toBe(1);
    expect(rt.calls.count('Range.setNumberFormat')).toBe(0);
    const formats = rt.sheet('Sheet1').getRange('A2:F4').getNumberFormats();
    const general = '0.###############';
    expect(formats).toEqual([0, 1, 2].map(() => [general, '@', '@', general, '@', general]));
    expect(() => bc.run('formatNone')).toThrow('Range not found');
    expect(() => bc.run('formatElsewhere')).toThrow('Range not found');
  });

  test('empty cells read as empty strings; getLastRow counts content only', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    expect(s.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(s.getLastRow()).toBe(0);
    s.getRange('C7').setBackground('#ff0000');
    expect(s.getLastRow()).toBe(0);
    s.getRange('B4').setValue('x');
    expect(s.getLastRow()).toBe(4);
    expect(s.getLastColumn()).toBe(2);
    expect(s.getDataRange().getA1Notation()).toBe('A1:B4');
  });

  test('text typed by a script is converted like typing, unless the cell is plain text', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('A1:A4').setValues([['0101451234'], ['TRUE'], ["'0101451234"], ['010145-1234']]);
    expect(s.valuesOf('A1:A4')).toEqual([[101451234], [true], ['0101451234'], ['010145-1234']]);
    s.getRange('B1').setNumberFormat('@').setValue('0101451234');
    expect(s.getRange('B1').getValue()).toBe('0101451234');
  });

  test('dates: stored as wall-clock days of the spreadsheet zone, displayed by number format', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    const midnightCph = new Date('2025-02-28T23:00:00Z'); // 1 March 2025 00:00 in Copenhagen
    s.getRange('A1').setValue(midnightCph).setNumberFormat('dd-mm-yyyy');
    expect(s.getRange('A1').getValue()).toEqual(midnightCph);
    expect(s.getRange('A1').getDisplayValue()).toBe('01-03-2025');
    s.getRange('A1').setNumberFormat('d. mmmm yyyy hh:mm');
    expect(s.getRange('A1').getDisplayValues()).toEqual([['1. March 2025 00:00']]);
    // changing the spreadsheet zone keeps the wall-clock day and moves the instant
    rt.spreadsheet.setSpreadsheetTimeZone('UTC');
    expect(s.getRange('A1').getValue()).toEqual(new Date('2025-03-01T00:00:00Z'));
  });

  test('writing a value over a formula removes the formula; setFormula fills relatively', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('B1:B3').setFormula('=A1*2');
    expect(s.getRange('B1:B3').getFormulas()).toEqual([['=A1*2'], ['=A2*2'], ['=A3*2']]);
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    expect(s.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    s.getRange('B2').setValue(99);
    expect(s.getRange('B1:B3').getFormulas()).toEqual([['=A1*2'], [''], ['=A3*2']]);
    expect(s.getRange('B2').getValue()).toBe(99);
  });

  test('notes, backgrounds, font weight, validation and checkboxes', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    const r = s.getRange('A1:A2');
    r.setNote('hej').setBackground('Red').setFontWeight('bold');
    expect(r.getNotes()).toEqual([['hej'], ['hej']]);
    expect(r.getBackgrounds()).toEqual([['#ff0000'], ['#ff0000']]);
    expect(r.getFontWeight()).toBe('bold');
    expect(() => r.setBackgrounds([['#fff']])).toThrow('The number of rows in the data does not match');
    expect(() => r.setFontColors([['#fff']])).toThrow('The number of rows in the data does not match');
    r.setFontColors([['Blue'], ['#00ff00']]);
    expect([s.getRange('A1').getFontColor(), s.getRange('A2').getFontColor()]).toEqual(['#0000ff', '#00ff00']);
    s.getRange('B1:B2').insertCheckboxes();
    expect(s.getRange('B1:B2').getValues()).toEqual([[false], [false]]);
    expect(s.getRange('B1').getDataValidation()?.getCriteriaType()).toBe('CHECKBOX');
    expect(s.getRange('B1:B2').isChecked()).toBe(false);
    const app = rt.globals.SpreadsheetApp as { newDataValidation(): { requireValueInList(v: string[], d?: boolean): { setAllowInvalid(b: boolean): { build(): unknown } } } };
    const rule = app.newDataValidation().requireValueInList(['ja', 'nej'], true).setAllowInvalid(false).build();
    s.getRange('C1').setDataValidation(rule as never);
    const dv = s.getRange('C1').getDataValidation()!;
    expect(dv.getCriteriaValues()).toEqual([['ja', 'nej'], true]);
    expect(dv.getAllowInvalid()).toBe(false);
  });

  test('insertColumnsAfter moves cells and fixes formula references', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('C1').setValue(5);
    s.getRange('D1').setFormula('=C1+1');
    s.insertColumnsAfter(1, 2);
    expect(s.getMaxColumns()).toBe(28);
    expect(s.getRange('E1').getValue()).toBe(5);
    expect(s.getRange('F1').getFormula()).toBe('=E1+1');
    expect(s.getRange('F1').getValue()).toBe(6);
    s.deleteColumn(5);
    expect(s.getRange('E1').getFormula()).toBe('=#REF!+1');
  });

  test('appendRow writes after the last row with content and grows the sheet', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('A1000').setValue('last');
    s.appendRow(['a', 'b']);
    expect(s.getMaxRows()).toBe(1001);
    expect(s.valuesOf('A1001:B1001')).toEqual([['a', 'b']]);
  });

  test('a range read costs one call however many cells it has', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(`
      function readAll() { return SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1:Z1000').getValues().length; }
      function readOne() { return SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('A1').getValues().length; }`));
    rt.calls.reset();
    const t0 = rt.clock.nowMs();
    expect(bc.run('readAll')).toBe(1000);
    const costAll = rt.clock.nowMs() - t0;
    expect(rt.calls.count('Range.getValues')).toBe(1);
    const t1 = rt.clock.nowMs();
    bc.run('readOne');
    expect(rt.clock.nowMs() - t1).toBe(costAll);
  });
});

describe('setValue parses a string as if typed, by the cell format and the sheet locale (values.ts autoConvert)', () => {
  const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
  const s = rt.sheet('Sheet1');
  // midnight in Copenhagen: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March to the last of October
  const cph = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - (m > 3 && m < 10 ? 2 : 1) * 60 * 60_000);
  test.each<[string, unknown, string]>([
    ['9-12', cph(2025, 12, 9), 'day-month in da_DK, this year'],
    ['8-9', cph(2025, 9, 8), 'phone hours read as 8 September'],
    ['09.12.2025', cph(2025, 12, 9), 'a Danish date with a year'],
    ['007', 7, 'leading zeros lost'],
    ['1,5', 1.5, 'Danish decimal comma'],
    ['1.500', 1500, 'Danish thousands point'],
    ['SAND', true, 'Danish boolean'],
    ['-', '-', 'a lone minus stays text'],
    ['-3', -3, 'a negative number'],
    ["'007", '007', 'a leading apostrophe forces text and is dropped'],
    ['hverdage kl. 8-9', 'hverdage kl. 8-9', 'text with letters stays text'],
  ])('General format: %p becomes %p (%s)', (typed, stored) => {
    s.getRange('A1').setValue(typed);
    expect(s.getRange('A1').getValue()).toEqual(stored);
  });

  test.each(['=1+1', '+45 12 34 56 78', '-abc'])('General format: %p becomes a formula', (typed) => {
    s.getRange('B1').setValue(typed);
    expect(s.getRange('B1').getFormula()).toBe(typed.startsWith('=') ? typed : `=${typed}`);
  });

  test.each(['9-12', '007', '=1+1', '+45 12 34 56 78', '-', "'citat'", '1.5'])('plain text @ keeps %p exactly', (typed) => {
    const c = s.getRange('C1');
    c.setNumberFormat('@');
    c.setValue(typed);
    expect(c.getValue()).toBe(typed);
    expect(c.getFormula()).toBe('');
  });

  test('an en_US sheet reads month first and the decimal point', () => {
    rt.spreadsheet.locale = 'en_US';
    s.getRange('D1').setValue('9-12');
    s.getRange('D2').setValue('1.5');
    expect(s.getRange('D1').getValue()).toEqual(cph(2025, 9, 12));
    expect(s.getRange('D2').getValue()).toBe(1.5);
    rt.spreadsheet.locale = 'da_DK';
  });
});
