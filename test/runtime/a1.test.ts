import { columnToLetters, formatA1, lettersToColumn, parseA1, quoteSheetName } from './a1';

describe('A1 notation', () => {
  test('columns convert both ways', () => {
    expect(columnToLetters(1)).toBe('A');
    expect(columnToLetters(26)).toBe('Z');
    expect(columnToLetters(27)).toBe('AA');
    expect(columnToLetters(703)).toBe('AAA');
    expect(lettersToColumn('AB')).toBe(28);
    expect(lettersToColumn('zz')).toBe(702);
  });

  test('cells, boxes and absolute markers', () => {
    expect(parseA1('B3')).toEqual({ row: 3, col: 2, endRow: 3, endCol: 2 });
    expect(parseA1('$B$3:C$9')).toEqual({ row: 3, col: 2, endRow: 9, endCol: 3 });
    // reversed corners are normalised
    expect(parseA1('C9:B3')).toEqual({ row: 3, col: 2, endRow: 9, endCol: 3 });
  });

  test('open-ended ranges', () => {
    expect(parseA1('F2:F')).toEqual({ row: 2, col: 6, endRow: null, endCol: 6 });
    expect(parseA1('A:C')).toEqual({ row: 1, col: 1, endRow: null, endCol: 3 });
    expect(parseA1('2:5')).toEqual({ row: 2, col: 1, endRow: 5, endCol: null });
  });

  test('sheet names, plain and quoted (with doubled quotes)', () => {
    expect(parseA1('Indstillinger!B2')).toEqual({ sheet: 'Indstillinger', row: 2, col: 2, endRow: 2, endCol: 2 });
    expect(parseA1("'Borgere 2025'!F2:F")).toEqual({ sheet: 'Borgere 2025', row: 2, col: 6, endRow: null, endCol: 6 });
    expect(parseA1("'Ole''s ark'!A1")?.sheet).toBe("Ole's ark");
  });

  test('rejects what is not A1', () => {
    for (const bad of ['', 'A0', '1A', 'A1:B2:C3', "'unterminated!A1", 'Sheet 1!A1', 'AAAA1', 'R1C1']) {
      expect(parseA1(bad)).toBeNull();
    }
  });

  test('formats as Sheets prints getA1Notation', () => {
    expect(formatA1({ row: 1, col: 1, numRows: 1, numCols: 1 })).toBe('A1');
    expect(formatA1({ row: 2, col: 6, numRows: 999, numCols: 1, openRows: true })).toBe('F2:F');
    expect(formatA1({ row: 1, col: 1, numRows: 1000, numCols: 3, openRows: true })).toBe('A:C');
    expect(formatA1({ row: 2, col: 2, numRows: 3, numCols: 2 })).toBe('B2:C4');
  });

  test('quotes sheet names only when needed', () => {
    expect(quoteSheetName('Indstillinger')).toBe('Indstillinger');
    expect(quoteSheetName('Borgere 2025')).toBe("'Borgere 2025'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(quoteSheetName("Ole's")).toBe("'Ole''s'");
  });
});
