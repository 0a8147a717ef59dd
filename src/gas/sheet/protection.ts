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
  const headerOf = (c: number) => String(headers[c] ?? columnSpec('code').header);
  const wanted = computedRuns(columns).map(([a, b]) => ({
    a1: `${columnLetters(a)}1:${columnLetters(b)}${maxRows}`,
    description: `${PROTECTION_PREFIX} ${text.computedWarning(a === b ? headerOf(a) : `${headerOf(a)} til ${headerOf(b)}`)}`,
  }));
  const keep = new Set<number>();
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const description = p.getDescription();
    const ours = description.startsWith(PROTECTION_PREFIX);
    const a1 = p.getRange().getA1Notation();
    const i = wanted.findIndex((w, j) => !keep.has(j) && w.a1 === a1);
    if (!ours && !(description === '' && i >= 0)) continue; // the team's own protection
    if (i < 0) {
      p.remove();
      continue;
    }
    // Ours, or one a failed set-up made and could not describe yet: finish it.
    keep.add(i);
    if (description !== wanted[i].description) p.setDescription(wanted[i].description);
    if (!p.isWarningOnly()) p.setWarningOnly(true);
  }
  wanted.forEach((w, i) => {
    if (keep.has(i)) return;
    sheet.getRange(w.a1).protect().setDescription(w.description).setWarningOnly(true);
  });
}
