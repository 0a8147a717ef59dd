import { columnLetters } from '../../core/sheet/a1';
import { ColumnKey, columnSpec } from '../../core/sheet/columns';
import { computedRuns } from './formats';
import { text } from './text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The computed columns are protected with a warning only: a consultant who types there is asked to
 * confirm, nobody is locked out. Set-up's protections are recognised by their description prefix.
 */
export const PROTECTION_PREFIX = 'fhb:';

export function applyProtections(sheet: Sheet, columns: Partial<Record<ColumnKey, number>>, headers: unknown[]): void {
  const maxRows = sheet.getMaxRows();
  const wanted = computedRuns(columns).map(([a, b]) => ({
    a1: `${columnLetters(a)}1:${columnLetters(b)}${maxRows}`,
    description: text.computedWarning(
      [a, b]
        .filter((c, i, all) => all.indexOf(c) === i)
        .map((c) => String(headers[c] ?? columnSpec('code').header))
        .join(' til '),
    ),
    first: a,
    last: b,
  }));
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).filter((p) => p.getDescription().startsWith(PROTECTION_PREFIX));
  const keep = new Set<number>();
  for (const p of existing) {
    const a1 = p.getRange().getA1Notation();
    const i = wanted.findIndex((w, j) => !keep.has(j) && w.a1 === a1 && p.isWarningOnly() && p.getDescription() === w.description);
    if (i >= 0) keep.add(i);
    else p.remove();
  }
  wanted.forEach((w, i) => {
    if (keep.has(i)) return;
    sheet.getRange(w.a1).protect().setDescription(w.description).setWarningOnly(true);
  });
}
