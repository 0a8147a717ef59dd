import { createRuntime } from './index';
import { writeBundle } from './helpers';

const BUNDLE = `
var calls = 0;
/** @customfunction */
function FHB_DOUBLE(values, factor) {
  var f = factor === undefined || factor === '' ? 2 : factor;
  if (!Array.isArray(values)) return values === '' ? '' : values * f;
  return values.map(function (row) { return [row[0] === '' ? '' : row[0] * f, row[0] === '' ? '' : 'x']; });
}
function FHB_FAIL(v) { throw new Error('Ugyldig fødselsdato: ' + v); }
function FHB_ISDATE(v) { return v instanceof Date ? 'date ' + v.toISOString() : typeof v; }
function FHB_ARGS(a, b, c, d) { return [[typeof a, typeof b, typeof c, Array.isArray(d) ? 'array' : typeof d]]; }
function FHB_DOC() { DocumentApp.create('x'); return 'made'; }
function FHB_WRITE() { SpreadsheetApp.getActive().getSheets()[0].getRange('Z1').setValue(1); return 'wrote'; }
function FHB_TZ() { return SpreadsheetApp.getActive().getSpreadsheetTimeZone(); }
function readC(a1) { return SpreadsheetApp.getActive().getSheets()[0].getRange(a1).getValues(); }
function FHB_ROW(n) { var out = []; for (var i = 0; i < n; i++) out.push(i); return out; }
`;

function setup() {
  const rt = createRuntime();
  rt.load(writeBundle(BUNDLE));
  return rt;
}

describe('formulas', () => {
  test('a custom function gets a range as a 2-D array and its result spills', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A2:A4').setValues([[1], [2], [3]]);
    s.getRange('C2').setFormula('=FHB_DOUBLE(A2:A4)');
    expect(s.valuesOf('C2:D4')).toEqual([[2, 'x'], [4, 'x'], [6, 'x']]);
    // spilled cells read as values but have no formula
    expect(s.getRange('C2:D3').getFormulas()).toEqual([['=FHB_DOUBLE(A2:A4)', ''], ['', '']]);
  });

  test('open-ended ranges reach the last row; a single cell arrives bare', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A2').setValue(5);
    s.getRange('B1').setFormula('=FHB_DOUBLE(A2, 3)');
    expect(s.getRange('B1').getValue()).toBe(15);
    s.getRange('C2').setFormula('=FHB_DOUBLE(A2:A)');
    expect(s.getRange('C2').getValue()).toBe(10);
    expect(s.getRange('C1000').getValue()).toBe('');
    expect(s.getLastRow()).toBe(2);
  });

  test('a spill that would overwrite typed data shows #REF! at the anchor', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('C1').setFormula('=FHB_DOUBLE(A1:A3)');
    s.getRange('D3').setValue('typed');
    expect(s.getRange('C1').getValue()).toBe('#REF!');
    expect(s.errorOf('C1')).toBe('Array result was not expanded because it would overwrite data in D3.');
    expect(s.getRange('C2').getValue()).toBe('');
    s.getRange('D3').clearContent();
    expect(s.getRange('C1:D3').getValues()).toEqual([[2, 'x'], [4, 'x'], [6, 'x']]);
  });

  test('recalculation is lazy: reads after an edit see new results', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setValue(1);
    s.getRange('B1').setFormula('=FHB_DOUBLE(A1)');
    expect(s.getRange('B1').getValue()).toBe(2);
    expect(rt.spreadsheet.recalcLog).toEqual(['FHB_DOUBLE']);
    s.getRange('A1').setValue(21);
    expect(rt.spreadsheet.recalcLog).toHaveLength(1); // nothing ran yet
    expect(s.getRange('B1').getValue()).toBe(42);
    // unchanged arguments: Sheets does not re-run the function
    s.getRange('Z9').setValue('unrelated');
    expect(s.getRange('B1').getValue()).toBe(42);
    expect(rt.spreadsheet.recalcLog).toHaveLength(2);
  });

  test('references to other sheets, including quoted names, and plain reference formulas', () => {
    const rt = setup();
    const ind = rt.addSheet('Indstillinger');
    const other = rt.addSheet('Borgere 2025');
    ind.getRange('B2').setValue('glostrup-2025');
    other.getRange('A1').setValue(7);
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setFormula('=Indstillinger!B2');
    s.getRange('A2').setFormula("=FHB_DOUBLE('Borgere 2025'!A1)");
    expect(s.valuesOf('A1:A2')).toEqual([['glostrup-2025'], [14]]);
    s.getRange('A3').setFormula('=Nope!A1');
    expect(s.getRange('A3').getValue()).toBe('#REF!');
  });

  test('a thrown error shows #ERROR! and keeps the message', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setValue('31-02-1950');
    s.getRange('B1').setFormula('=FHB_FAIL(A1)');
    expect(s.getRange('B1').getDisplayValue()).toBe('#ERROR!');
    expect(s.errorOf('B1')).toBe('Ugyldig fødselsdato: 31-02-1950');
  });

  test('custom functions run in custom-function mode', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setFormula('=FHB_DOC()');
    s.getRange('A2').setFormula('=FHB_WRITE()');
    s.getRange('A3').setFormula('=FHB_TZ()');
    expect(s.errorOf('A1')).toMatch(/^You do not have permission to call DocumentApp.create/);
    expect(s.errorOf('A2')).toMatch(/^You do not have permission to call Range.setValue/);
    expect(s.getRange('A3').getValue()).toBe('Europe/Copenhagen');
  });

  test('arguments: literals, booleans, dates in the bundle realm, ranges', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setValue('2025-01-01'); // typed ISO date: midnight in the spreadsheet's zone
    s.getRange('B1').setFormula('=FHB_ISDATE(A1)');
    expect(s.getRange('B1').getValue()).toBe('date 2024-12-31T23:00:00.000Z');
    s.getRange('C1').setFormula('=FHB_ARGS("tekst", 2, TRUE, A1:A2)');
    expect(s.valuesOf('C1:F1')).toEqual([['string', 'number', 'boolean', 'array']]);
  });

  test('a one-dimensional result spills down; unknown functions give #NAME?; ; is a parse error', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setFormula('=FHB_ROW(3)');
    expect(s.valuesOf('A1:A3')).toEqual([[0], [1], [2]]);
    s.getRange('B1').setFormula('=FHB_NOPE(1)');
    expect(s.getRange('B1').getValue()).toBe('#NAME?');
    s.getRange('C1').setFormula('=FHB_DOUBLE(A1; 2)');
    expect(s.errorOf('C1')).toBe('Formula parse error.');
    s.getRange('D1').setFormula('=VLOOKUP(A1, A1:B2, 2, FALSE)');
    expect(s.getRange('D1').getValue()).toBe('');
  });

  test('without a loaded bundle FHB functions are unknown', () => {
    const rt = createRuntime();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setFormula('=FHB_DOUBLE(1)');
    expect(s.getRange('A1').getValue()).toBe('#NAME?');
  });

  test('a spill beyond the last row is #REF!', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A999').setFormula('=FHB_ROW(5)');
    expect(s.getRange('A999').getValue()).toBe('#REF!');
    expect(s.errorOf('A999')).toMatch(/insert more rows/);
  });

  test('built-in expressions: comparisons are case-insensitive, blanks equal ""', () => {
    const rt = setup();
    const s = rt.sheet('Sheet1');
    s.getRange('A1').setValue('Overskredet');
    s.getRange('B1:B4').setFormulas([['=A1="overskredet"'], ['=A2=""'], ['=A2=0'], ['=AND(A1<>"", LEN(A1)>3)']]);
    expect(s.valuesOf('B1:B4')).toEqual([[true], [true], [true], [true]]);
  });

  describe('custom functions can still be loading when a script reads them (fault injection, off by default)', () => {
    test('off: a script reads the computed result', () => {
      const rt = setup();
      const s = rt.sheet('Sheet1');
      s.getRange('A1:A2').setValues([[1], [2]]);
      s.getRange('C1').setFormula('=FHB_DOUBLE(A1:A2)');
      expect(rt.bundle!.run('readC', 'C1:D2')).toEqual([[2, 'x'], [4, 'x']]);
    });

    test('on: the script reads the loading text and no spill; the next execution reads the result', () => {
      const rt = createRuntime({ customFunctionsLoading: true });
      rt.load(writeBundle(BUNDLE));
      const s = rt.sheet('Sheet1');
      s.getRange('A1:A2').setValues([[1], [2]]);
      s.getRange('C1').setFormula('=FHB_DOUBLE(A1:A2)');
      expect(rt.bundle!.run('readC', 'C1:D2')).toEqual([['Loading...', ''], ['', '']]);
      expect(rt.spreadsheet.loadingCustomFunctions).toBe(false);
      expect(rt.bundle!.run('readC', 'C1:D2')).toEqual([[2, 'x'], [4, 'x']]);
      // a changed argument is a new calculation: loading again
      s.getRange('A2').setValue(5);
      expect(rt.bundle!.run('readC', 'C1:D2')).toEqual([['Loading...', ''], ['', '']]);
    });

    test("until 'manual': the sheet keeps calculating across executions until the test settles it", () => {
      const rt = createRuntime({ customFunctionsLoading: { text: 'Indlæser...', until: 'manual' } });
      rt.load(writeBundle(BUNDLE));
      const s = rt.sheet('Sheet1');
      s.getRange('A1').setValue(4);
      s.getRange('C1').setFormula('=FHB_DOUBLE(A1)');
      expect(rt.bundle!.run('readC', 'C1')).toEqual([['Indlæser...']]);
      expect(rt.bundle!.run('readC', 'C1')).toEqual([['Indlæser...']]);
      expect(rt.spreadsheet.loadingCustomFunctions).toBe(true);
      rt.spreadsheet.settleCalculation();
      expect(rt.bundle!.run('readC', 'C1')).toEqual([[8]]);
    });
  });
});
