/**
 * Statuses and colours, live: the Status column computed by FHB_STATUS, whole rows coloured by
 * conditional formatting, a changed record recolours its row, and the daily trigger moves the reference
 * date so an upcoming window opens (due) and later passes (overdue) by itself.
 */
import { STATUSES } from '../../../src/core/status/vocabulary';
import { boot, cell, col, day, isoOf, letters, putRow } from './helpers';

const colour = (label: string) => STATUSES.find((s) => s.label === label)!.background;

function setUpTeam() {
  const b = boot({ now: new Date('2025-03-01T09:00:00Z') });
  const { rt, bundle } = b;
  // A team's own rule from before set-up: a VIP in the Navn column shows bold.
  const own = rt.sheet('Sheet1');
  own.getRange('A1').setValue('Navn');
  own.getRange('B1').setValue('Fødselsdato');
  own.getRange('C1').setValue('Telefon');
  const SpreadsheetApp = rt.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  own.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('VIP').setBold(true).setRanges([own.getRange('A2:A1000') as never]).build() as never,
  ]);
  bundle.run('fhbSetup');
  const sheet = rt.sheet('Borgere');
  rt.sheet('Indstillinger').getRange('B3').setValue('glostrup-2025');
  rt.triggers.fire('fhbDailyUpdate');
  const rows = {
    due80: { Navn: 'Borger A', Fødselsdato: day('1945-05-10') },
    bereaved: { Navn: 'Borger B', Fødselsdato: day('1952-08-01'), 'Ægtefælle død': day('2025-02-20') },
    none: { Navn: 'Borger C', Fødselsdato: day('1985-01-01') },
    exempt: { Navn: 'Borger D', Fødselsdato: day('1940-01-01'), Undtaget: 'plejebolig' },
    invited: { Navn: 'Borger E', Fødselsdato: day('1945-02-02'), Inviteret: day('2025-02-15') },
    booked: { Navn: 'Borger F', Fødselsdato: day('1945-03-03'), Besøg: '12-03-2025 10:00', 'Besøg meddelt': '12-03-2025 10:00' },
    unannounced: { Navn: 'Borger I', Fødselsdato: day('1945-07-07'), Besøg: '13-03-2025 10:00' },
    ended: { Navn: 'Borger J', Fødselsdato: day('1940-08-08'), Ophørt: day('2025-02-01'), Ophørsårsag: 'fraflyttet' },
    done: { Navn: 'Borger G', Fødselsdato: day('1945-04-04'), Gennemført: day('2025-02-27') },
    declined: { Navn: 'Borger H', Fødselsdato: day('1945-06-06'), Frabedt: true },
  };
  const rowOf: Record<keyof typeof rows, number> = {} as never;
  Object.entries(rows).forEach(([k, cells], i) => {
    putRow(sheet, i + 2, cells);
    rowOf[k as keyof typeof rows] = i + 2;
  });
  return { ...b, sheet, rowOf };
}

describe('statuses and colours', () => {
  const { rt, sheet, rowOf } = setUpTeam();
  const lastCol = () => letters(sheet.getLastColumn() - 1);

  test('the daily trigger wrote the reference date of the day it ran', () => {
    expect(isoOf(rt.sheet('Indstillinger').valuesOf('B2')[0][0])).toBe('2025-03-01');
  });

  test.each([
    ['due80', 'Skal inviteres'],
    ['bereaved', 'Kommende'],
    ['none', 'Ikke aktuel'],
    ['exempt', 'Undtaget'],
    ['invited', 'Inviteret'],
    ['booked', 'Besøg aftalt'],
    ['unannounced', 'Besøg planlagt – ikke meddelt'],
    ['ended', 'Ophørt'],
    ['done', 'Gennemført'],
    ['declined', 'Frabedt'],
  ] as const)('%s: status %s, and the whole row in its colour', (key, label) => {
    const row = rowOf[key];
    expect(cell(sheet, row, 'Status')).toBe(label);
    expect(sheet.effectiveBackground(`A${row}`)).toBe(colour(label));
    expect(sheet.effectiveBackground(`${lastCol()}${row}`)).toBe(colour(label));
  });

  test('every status has its own colour', () => {
    expect(new Set(STATUSES.map((s) => s.background)).size).toBe(STATUSES.length);
  });

  test('an empty row is not coloured', () => {
    expect(sheet.effectiveBackground('A20')).toBeNull();
  });

  test('a recorded invitation changes the status and the colour at once', () => {
    const row = rowOf.due80;
    sheet.getRange(row, col(sheet, 'Inviteret')).setValue(day('2025-03-01'));
    expect(cell(sheet, row, 'Status')).toBe('Inviteret');
    expect(sheet.effectiveBackground(`A${row}`)).toBe(colour('Inviteret'));
  });

  test('the daily trigger opens the window: Kommende becomes Skal inviteres, then Overskredet', () => {
    const row = rowOf.bereaved;
    // jump to the day before, then let the trigger's own schedule fire through the night
    rt.clock.set(new Date('2025-04-04T12:00:00Z'));
    expect(rt.triggers.runUntil(new Date('2025-04-05T06:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(isoOf(rt.sheet('Indstillinger').valuesOf('B2')[0][0])).toBe('2025-04-05');
    expect(cell(sheet, row, 'Status')).toBe('Skal inviteres');
    expect(sheet.effectiveBackground(`A${row}`)).toBe(colour('Skal inviteres'));
    rt.clock.set(new Date('2025-04-19T12:00:00Z'));
    rt.triggers.runUntil(new Date('2025-04-20T06:00:00Z'));
    expect(isoOf(rt.sheet('Indstillinger').valuesOf('B2')[0][0])).toBe('2025-04-20');
    expect(cell(sheet, row, 'Status')).toBe('Overskredet');
    expect(sheet.effectiveBackground(`A${row}`)).toBe(colour('Overskredet'));
  });

  test("the team's own rule survives set-up, first, so it still applies", () => {
    // Historik is there once the daily trigger above has logged the invitation typed by hand.
    expect(rt.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => n !== 'Historik')).toEqual(['Borgere', 'Indstillinger', 'Besøg']);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(STATUSES.length + 1);
    expect(rules[0].getBooleanCondition()?.getCriteriaValues()).toEqual(['VIP']);
    sheet.getRange(`A${rowOf.none}`).setValue('VIP');
    expect(sheet.effectiveRule(`A${rowOf.none}`)?.format.bold).toBe(true);
  });

  test('the legend on Indstillinger shows each status in its colour', () => {
    const settings = rt.sheet('Indstillinger');
    const labels = settings.valuesOf(`J2:J${STATUSES.length + 1}`).map((r) => r[0]);
    expect(labels).toEqual(STATUSES.map((s) => s.label));
    STATUSES.forEach((s, i) => expect(settings.getRange(`J${i + 2}`).getBackground()).toBe(s.background));
  });
});

describe('refresh', () => {
  test('writes today (Denmark) into B2 and mends a deleted formula', () => {
    const { rt, bundle, sheet } = setUpTeam();
    const status = col(sheet, 'Status');
    const formula = sheet.getRange(2, status).getFormula();
    sheet.getRange(2, status).clearContent();
    rt.sheet('Indstillinger').getRange('B2').setValue(day('2024-01-01'));
    bundle.run('fhbRefresh');
    expect(sheet.getRange(2, status).getFormula()).toBe(formula);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(rt.clock.now());
    expect(isoOf(rt.sheet('Indstillinger').valuesOf('B2')[0][0])).toBe(today);
    expect(rt.ui.toasts.at(-1)?.message).toMatch(/Opdateret/);
  });

  test('before set-up it asks for set-up first', () => {
    const { rt, bundle } = boot();
    bundle.run('fhbRefresh');
    expect(rt.ui.alerts[0].prompt).toMatch(/ikke sat op/);
  });

  test("an Indstillinger sheet that is not ours is refused as set-up refuses it, and its B2 is not overwritten", () => {
    const { rt, bundle } = boot();
    rt.sheet('Sheet1').setName('Borgere');
    const theirs = rt.addSheet('Indstillinger');
    theirs.getRange('A1:B2').setValues([['Vores egne ting', 'Tal'], ['x', 42]]);
    bundle.run('fhbRefresh');
    expect(theirs.valuesOf('A1:B2')).toEqual([['Vores egne ting', 'Tal'], ['x', 42]]);
    bundle.run('fhbSetup');
    const setupSays = rt.ui.alerts.at(-1)?.prompt;
    expect(setupSays).toMatch(/Indstillinger.*ikke tilføjelsens/);
    expect(rt.ui.alerts.at(-2)?.prompt).toBe(setupSays);
  });
});
