/**
 * Issue 12: server features never read formula output. On Google, custom-function cells can read
 * "Indlæser…" while they compute; the year report and the merge must give the same counts and letters
 * whatever the computed Kode … Status columns hold, because they plan every row from the input columns.
 */
import { col, letters } from '../sheet/helpers';
import { readReport, team } from './fixture';

const REPORT = 'Årsrapport';

test('the year report and the merge preview do not change when Kode … Status read "Indlæser…"', () => {
  const t = team(60, { badRows: [9] });
  t.bundle.run('fhbCreateTemplates');
  const sheet = t.citizens;
  t.bundle.run('fhbYearReport');
  const before = readReport(t.rt.sheet(REPORT));
  // The letters to make and the rows skipped for gaps (this team has set no sender details: issue 22 item 2).
  const previewBefore = t.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { total: number; skippedRows: number };

  // Every computed cell reads as loading (the formulas are gone: the sheet shows only the text).
  const last = sheet.getLastRow();
  for (const header of ['Kode', 'Tilbud', 'Form', 'Kanal', 'Fra', 'Til', 'Lovgrundlag', 'Status', 'Begrundelse']) {
    const c = col(sheet, header);
    sheet.getRange(2, c, last - 1, 1).setValues(Array.from({ length: last - 1 }, () => ['Indlæser…']));
  }
  expect(sheet.valuesOf(`${letters(col(sheet, 'Status') - 1)}2`)[0][0]).toBe('Indlæser…');

  t.bundle.run('fhbYearReport');
  const after = readReport(t.rt.sheet(REPORT));
  expect(after.offers).toEqual(before.offers);
  expect(after.statuses).toEqual(before.statuses);
  expect(after.facts).toEqual(before.facts);
  const previewAfter = t.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { total: number; skippedRows: number };
  expect([previewAfter.total, previewAfter.skippedRows]).toEqual([previewBefore.total, previewBefore.skippedRows]);
  expect(previewBefore.total + previewBefore.skippedRows).toBeGreaterThan(0);
});
