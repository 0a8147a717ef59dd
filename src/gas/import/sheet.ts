import { findColumns } from '../../core/sheet/columns';
import type { BlockWrite, WritePlan } from '../../core/import/blocks';
import type { SheetCitizens } from '../../core/import/plan';
import { IMPORT_KEYS } from '../../core/import/values';
import { TEXT_FORMAT } from '../../core/sheet/column-formats';
import type { Zone } from '../../sheetfns/zone';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The citizen sheet as the import needs it, in a fixed number of service calls whatever the number of
 * rows: the size, every value, and the formulas of the citizen columns (a column with formulas is never
 * written).
 */
export function readCitizens(sheet: Sheet, zone: Zone): SheetCitizens {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const values = lastRow >= 1 && lastCol >= 1 ? sheet.getRange(1, 1, lastRow, lastCol).getValues() : [[]];
  const headers = values[0] ?? [];
  const map = findColumns(headers);
  const importColumns = IMPORT_KEYS.map((k) => map[k]).filter((c): c is number => c !== undefined);
  const formulaColumns = new Set<number>();
  if (lastRow >= 2 && importColumns.length) {
    const from = Math.min(...importColumns);
    const to = Math.max(...importColumns);
    const formulas = sheet.getRange(2, from + 1, lastRow - 1, to - from + 1).getFormulas();
    for (const row of formulas) row.forEach((f, c) => f && formulaColumns.add(from + c));
  }
  return { headers, rows: values.slice(1), formulaColumns, toDay: zone.toDay };
}

/**
 * Writes the import's blocks: room first when new citizens go past the sheet's last row, then for each
 * block the plain-text format on its text columns (before the values, so "007" and "9-12" stay text) and
 * the values in one call.
 */
export function writeCitizenBlocks(sheet: Sheet, write: WritePlan): void {
  const maxRows = sheet.getMaxRows();
  const needed = write.rowsNeeded + 1;
  if (write.blocks.length && needed > maxRows) sheet.insertRowsAfter(maxRows, needed - maxRows);
  for (const block of write.blocks) writeBlock(sheet, block);
}

function writeBlock(sheet: Sheet, block: BlockWrite): void {
  const rows = block.values.length;
  const width = block.values[0]?.length ?? 0;
  if (!rows || !width) return;
  for (const column of block.textColumns) sheet.getRange(block.firstRow + 2, column + 1, rows, 1).setNumberFormat(TEXT_FORMAT);
  sheet.getRange(block.firstRow + 2, block.firstColumn + 1, rows, width).setValues(block.values);
}
