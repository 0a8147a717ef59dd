/**
 * Dates arrive at midnight in the spreadsheet's zone, while the script runs in its own (SPEC section 3).
 * The built bundle, on the in-memory runtime, with the script's process zone and the sheet's zone set
 * apart, must read and write the same calendar days. Windows that cross a daylight-saving change and a
 * leap day are included on purpose.
 */
import { createRuntime } from '../../runtime';

const PAIRS: [string, string][] = [
  ['UTC', 'Europe/Copenhagen'],
  ['Europe/Copenhagen', 'UTC'],
  ['America/Los_Angeles', 'Pacific/Auckland'],
  ['Pacific/Auckland', 'America/Los_Angeles'],
];

describe.each(PAIRS)('script in %s, sheet in %s', (scriptZone, sheetZone) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = scriptZone; // Node re-reads TZ when it is assigned: the script's Dates now live here
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  test('the same calendar days in and out', () => {
    const rt = createRuntime({ spreadsheetTimeZone: sheetZone, scriptTimeZone: scriptZone });
    rt.load();
    const sheet = rt.addSheet('Borgere');
    // Typed as a Dane would, so the runtime stores wall-clock days as Sheets does.
    sheet.getRange('A1:D6').setValues([
      ['Fødselsdato', 'Ægtefælle død', 'Referencedato', 'CPR'],
      ['1945-05-12', '', '2025-03-01', '2902440000'],
      ['1950-01-01', '2025-02-20', '', '3112454000'],
      ['1944-02-29', '', '', '0101365000'],
      ['1955-12-31', '', '', ''],
      ['', '', '', ''],
    ]);
    sheet.getRange('F2').setFormula('=FHB_PLAN(A2:A6, "", C2, B2:B6, "", "", "", "glostrup-2025")');
    sheet.getRange('M2').setFormula('=FHB_AGE(A2:A6, C2)');
    sheet.getRange('N2').setFormula('=FHB_TURNS(A2:A6, C2)');
    sheet.getRange('O2').setFormula('=FHB_BIRTHDATE(D2:D4)');

    const plan = sheet.displayValuesOf('F2:L6');
    expect(plan.map((r) => r[0])).toEqual(['ALDER_80', 'EFTERLADT+ALDER_75', 'INGEN', 'INGEN', '']);
    expect(plan[0].slice(4, 6)).toEqual(['01-01-2025', '31-12-2025']);
    // 6-8 weeks after 20 February: the window crosses the end of March, when Europe moves its clocks.
    expect(plan[1].slice(4, 6)).toEqual(['03-04-2025', '17-04-2025']);
    expect(sheet.displayValuesOf('M2:N5')).toEqual([['79', '80'], ['75', '75'], ['81', '81'], ['69', '70']]);
    expect(sheet.displayValuesOf('O2:O4')).toEqual([['29-02-1944'], ['31-12-1945'], ['01-01-2036']]);
  });
});
