import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { resolveProfile } from '../../../src/core/profiles/registry';
import { readInputFile, tableFromXlsx, xlsxCell } from '../../../src/offline/input';
import { planTable } from '../../../src/offline/plan-table';
import { iso, tempDir } from './helpers';

/** An Excel file as a team keeps it: own column order, real dates, a formula error, a blank row. */
async function teamWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Noter').addRow(['ikke borgere']);
  const sheet = wb.addWorksheet('Borgere');
  sheet.addRow(['Noter', 'CPR', 'Fødselsdag', 'Enlig', 'Undtagelse', 'Navn']);
  sheet.addRow(['', '', new Date(Date.UTC(1945, 5, 15)), true, '', 'A']); // row 2: turns 80 (a Date cell)
  sheet.addRow(['', '0103551234', '', 'x', '', 'B']); // row 3: CPR only, turns 70, alone
  sheet.addRow([]); // row 4: blank
  sheet.addRow(['', '', { error: '#N/A' } as unknown as ExcelJS.CellValue, '', '', 'C']); // row 5: an error
  sheet.addRow(['', '', { richText: [{ text: '01-01-' }, { text: '1943' }] } as unknown as ExcelJS.CellValue, '', 'Plejebolig', 'D']); // row 6
  sheet.addRow(['', '', { formula: 'DATE(1950,3,1)', result: new Date(Date.UTC(1950, 2, 1)) } as unknown as ExcelJS.CellValue, 0, '', 'E']); // row 7
  await wb.xlsx.writeFile(path);
}

describe('reading .xlsx', () => {
  it('finds the Borgere sheet and its columns by Danish header synonyms, keeping sheet row numbers', async () => {
    const path = join(tempDir(), 'borgere.xlsx');
    await teamWorkbook(path);
    const table = await readInputFile(path);
    expect(table.headers).toEqual(['Noter', 'CPR', 'Fødselsdag', 'Enlig', 'Undtagelse', 'Navn']);
    expect(table.rows.map((r) => r.row)).toEqual([2, 3, 5, 6, 7]);
    const plan = planTable(table, iso('2025-03-01'), resolveProfile('glostrup-2025'));
    const codes = Object.fromEntries(plan.planned.map((p) => [p.row, p.plan.code]));
    expect(codes).toEqual({ 2: 'ALDER_80', 3: 'ALENE_70', 6: 'UNDTAGET', 7: 'ALDER_75' });
    expect(plan.bad).toEqual([expect.objectContaining({ row: 5, message: expect.stringContaining('#N/A') })]);
  });

  it('turns exceljs values into plain cells', () => {
    expect(xlsxCell({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab');
    expect(xlsxCell({ error: '#REF!' })).toBe('#REF!');
    expect(xlsxCell({ formula: 'A1', result: 5 })).toBe(5);
    expect(xlsxCell({ text: 'link', hyperlink: 'x' })).toBe('link');
    expect(xlsxCell(undefined)).toBeNull();
  });

  it('refuses a file that is not a workbook, in Danish', async () => {
    await expect(tableFromXlsx(Buffer.from('PK nope'), 'x.xlsx')).rejects.toThrow('Filen x.xlsx er ikke en gyldig Excel-fil');
  });
});
