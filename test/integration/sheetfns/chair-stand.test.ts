/**
 * FHB_STOLETEST on the built bundle, typed into a sheet as a team would (one formula for the column),
 * with the script and the sheet in different zones: the readings, the empty rows and the FEJL rows.
 */
import { createRuntime } from '../../runtime';

test('one formula reads a column of chair-stand counts against the norms', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    const rt = createRuntime({ spreadsheetTimeZone: 'Europe/Copenhagen', scriptTimeZone: 'America/Los_Angeles' });
    rt.load();
    const sheet = rt.addSheet('Borgere');
    sheet.getRange('A1:E6').setValues([
      ['Rejse-sætte-sig', 'Fødselsdato', 'Køn', 'Testdag', 'CPR'],
      ['14', '1945-03-01', 'mand', '2025-03-01', ''],
      ['14', '1945-03-01', 'mand', '2025-02-28', ''],
      ['', '1945-03-01', 'kvinde', '2025-03-01', ''],
      ['6', '1935-01-10', '', '2025-03-01', '100145-4002'],
      ['5', '1970-01-01', 'K', '2025-03-01', ''],
    ]);
    sheet.getRange('F2').setFormula('=FHB_STOLETEST(A2:A6, B2:B6, C2:C6, D2:D6)');
    sheet.getRange('G2').setFormula('=FHB_STOLETEST(A5, E5, E5, D5)');
    expect(sheet.displayValuesOf('F2:F6').map((r) => r[0])).toEqual([
      // The 80th birthday is the test day: the 80-84 band.
      '14 rejsninger: inden for normalområdet (10–15 for mænd 80–84 år). Norm: Rikli & Jones (1999).',
      // The day before: still 79.
      '14 rejsninger: inden for normalområdet (11–17 for mænd 75–79 år). Norm: Rikli & Jones (1999).',
      '',
      'FEJL: køn mangler: skriv mand eller kvinde (M/K) eller et CPR-nummer. Normerne er forskellige for mænd og kvinder.',
      'FEJL: Normerne (Rikli & Jones (1999)) gælder for 60-94-årige; borgeren er 55 år på testdagen. Testen kan ikke læses mod normen.',
    ]);
    // The CPR number gives the birth date (century digit 4 and year 45: born 1945, not 2045) and the sex (last digit even: kvinde).
    expect(sheet.displayValuesOf('G2')[0][0]).toBe(
      '6 rejsninger: under normalområdet (9–14 for kvinder 80–84 år); færre end 8: øget risiko for tab af mobilitet; suppler med en ganghastighedstest (Sundhedsstyrelsen). Norm: Rikli & Jones (1999).',
    );
  } finally {
    process.env.TZ = saved;
  }
});
