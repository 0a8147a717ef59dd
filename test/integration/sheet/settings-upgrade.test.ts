/**
 * A sheet set up by an older fhb: «Opsæt eller opgrader arket» adds the settings a newer fhb has (the
 * data-protection settings, the first contact after a death) under the team's own settings, with their
 * defaults and help, and keeps every value the team typed and every table.
 */
import { boot } from './helpers';

const NEW_LABELS = [
  'Første kontakt efter dødsfald (uger)', 'Dataansvarlig', 'Databeskyttelsesrådgiver', 'Retsgrundlag for tilbuddet',
  'Modtagere og opbevaring', 'Kommunens side om databeskyttelse', 'Kort afsnit om databeskyttelse',
];

describe('set-up adds the settings a newer fhb has to an existing Indstillinger', () => {
  const { rt, bundle } = boot();
  bundle.run('fhbSetup');
  const settings = rt.sheet('Indstillinger');
  const labels = () => settings.valuesOf(`A1:A${settings.getLastRow()}`).map((r) => String(r[0]));
  const valueOf = (label: string) => settings.getRange(labels().indexOf(label) + 1, 2).getValue();

  // The sheet as an older version left it: without the new rows, with the team's own values and a consultant.
  for (const label of [...NEW_LABELS].reverse()) settings.deleteRow(labels().indexOf(label) + 1);
  settings.getRange(labels().indexOf('Kommune') + 1, 2).setValue('Prøverup Kommune');
  settings.getRange(labels().indexOf('Databeskyttelse i brevene') + 1, 2).setValue('');
  const consultantsAt = labels().indexOf('Konsulenter') + 3;
  settings.getRange(consultantsAt, 1, 1, 3).setValues([['Anne Andersen', 'man-fre', '08:30']]);
  const before = labels();

  test('the old sheet lacks the new settings (the case is real)', () => {
    for (const label of NEW_LABELS) expect(before).not.toContain(label);
  });

  test('after set-up every new setting is there once, with its default, above the tables; nothing typed is lost', () => {
    bundle.run('fhbSetup');
    const after = labels();
    for (const label of NEW_LABELS) expect(after.filter((l) => l === label)).toHaveLength(1);
    for (const label of NEW_LABELS) expect(after.indexOf(label)).toBeLessThan(after.indexOf('Konsulenter'));
    expect(valueOf('Kommune')).toBe('Prøverup Kommune');
    expect(valueOf('Første kontakt efter dødsfald (uger)')).toBe(0);
    expect(valueOf('Kort afsnit om databeskyttelse')).toBe(false);
    expect(valueOf('Databeskyttelsesrådgiver')).toBe('');
    const table = after.indexOf('Konsulenter') + 3;
    expect(settings.getRange(table, 1, 1, 3).getValues()[0]).toEqual(['Anne Andersen', 'man-fre', '08:30']);
    // The help beside a new setting says what to write.
    expect(String(settings.getRange(after.indexOf('Databeskyttelsesrådgiver') + 1, 3).getValue())).toMatch(/Skal udfyldes/);
  });

  test('a second set-up changes nothing', () => {
    const once = settings.valuesOf(`A1:H${settings.getLastRow()}`);
    bundle.run('fhbSetup');
    expect(settings.valuesOf(`A1:H${settings.getLastRow()}`)).toEqual(once);
  });
});

describe('a sheet older still: without the new settings and without the table Fremskrivning', () => {
  const { rt, bundle } = boot();
  bundle.run('fhbSetup');
  const settings = rt.sheet('Indstillinger');
  const labels = () => settings.valuesOf(`A1:A${settings.getLastRow()}`).map((r) => String(r[0]));
  const tableAt = labels().indexOf('Fremskrivning') + 1;
  settings.getRange(tableAt - 1, 1, settings.getLastRow() - tableAt + 2, 9).clearContent();
  for (const label of [...NEW_LABELS].reverse()) settings.deleteRow(labels().indexOf(label) + 1);
  settings.getRange(labels().indexOf('Kommune') + 1, 2).setValue('Prøverup Kommune');

  test('one set-up adds both, each once, the new settings above the tables and the table last', () => {
    expect(labels()).not.toContain('Fremskrivning');
    bundle.run('fhbSetup');
    const after = labels();
    for (const label of [...NEW_LABELS, 'Fremskrivning']) expect(after.filter((l) => l === label)).toHaveLength(1);
    for (const label of NEW_LABELS) expect(after.indexOf(label)).toBeLessThan(after.indexOf('Konsulenter'));
    expect(after.indexOf('Fremskrivning')).toBeGreaterThan(after.indexOf('Konsulenter'));
    expect(settings.getRange(after.indexOf('Kommune') + 1, 2).getValue()).toBe('Prøverup Kommune');
    const once = settings.valuesOf(`A1:I${settings.getLastRow()}`);
    bundle.run('fhbSetup');
    expect(settings.valuesOf(`A1:I${settings.getLastRow()}`)).toEqual(once);
  });
});
