/**
 * The settings sheet in use: a consultant typed into Indstillinger shows up in the Konsulent dropdown,
 * the settings menu item shows the sheet, and help is a short Danish dialog.
 */
import { boot, col } from './helpers';

describe('settings, help and the Konsulent dropdown', () => {
  const { rt, bundle } = boot();
  bundle.run('fhbSetup');
  const settings = rt.sheet('Indstillinger');
  const sheet = rt.sheet('Borgere');

  test('a consultant typed into the table is offered in the Konsulent column after refresh', () => {
    const values = settings.valuesOf(`A1:A${settings.getLastRow()}`).map((r) => r[0]);
    const header = values.indexOf('Konsulenter') + 2; // the title, then the header row
    settings.getRange(header + 1, 1, 2, 3).setValues([
      ['Anne Andersen', 'man-fre', '08:30'],
      ['Bo Berg', 'man, ons', '09:00'],
    ]);
    bundle.run('fhbRefresh');
    const rule = sheet.getRange(7, col(sheet, 'Konsulent')).getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['Anne Andersen', 'Bo Berg']);
    expect(rule?.getAllowInvalid()).toBe(true);
  });

  test('Indstillinger from the menu shows the settings sheet', () => {
    rt.spreadsheet.setActiveSheet(sheet as never);
    bundle.run('fhbOpenSettings');
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('Indstillinger');
  });

  test('help is a short Danish dialog', () => {
    bundle.run('fhbHelp');
    const dialog = rt.ui.panels.at(-1)!;
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toMatch(/Hjælp/);
    expect(dialog.html).toMatch(/Referencedatoen/);
    expect(dialog.html).toMatch(/«Opsæt eller opgrader arket»/);
    expect(dialog.html).not.toMatch(/<script/i);
  });
});
