/**
 * Set-up on the built bundle: a new spreadsheet, a second run that writes nothing, and a team's own
 * populated sheet where no typed cell is lost, moved or altered.
 */
import { COLUMNS } from '../../../src/core/sheet/columns';
import { boot, cell, col, day, fill, headersOf, isoOf, letters, syntheticCitizens, writesIn } from './helpers';

const EXPECTED_HEADERS = COLUMNS.map((c) => c.header).filter((h) => h !== 'CPR');

describe('set-up of a new spreadsheet', () => {
  const { rt, bundle } = boot();
  bundle.run('fhbSetup');
  const sheet = rt.sheet('Borgere');
  const settings = rt.sheet('Indstillinger');

  test('the empty first sheet becomes Borgere with every column, and Indstillinger and the visit sheet Besøg are made', () => {
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Borgere', 'Indstillinger', 'Besøg']);
    expect(headersOf(sheet)).toEqual(EXPECTED_HEADERS);
  });

  test('one formula per computed column, in row 2, English syntax', () => {
    const formula = (h: string) => sheet.getRange(2, col(sheet, h)).getFormula();
    const at = (h: string) => {
      const c = letters(col(sheet, h) - 1);
      return `${c}2:${c}`;
    };
    const planArgs = [at('Fødselsdato'), at('Bor alene'), 'Indstillinger!B2', at('Ægtefælle død'), at('Ægtefælle flyttet'), at('Særlig risiko'), at('Undtaget'), 'Indstillinger!B3'];
    expect(formula('Kode')).toBe(`=FHB_PLAN(${planArgs.join(', ')})`);
    expect(formula('Begrundelse')).toBe(`=FHB_REASON(${planArgs.join(', ')})`);
    const statusArgs = [at('Kode'), at('Fra'), at('Til'), at('Inviteret'), at('Besøg'), at('Gennemført'), at('Frabedt'), 'Indstillinger!B2', at('Besøg meddelt'), at('Ophørt'), 'Indstillinger!B3', at('Opfølgning')];
    expect(formula('Status')).toBe(`=FHB_STATUS(${statusArgs.join(', ')})`);
    for (const h of ['Tilbud', 'Form', 'Kanal', 'Fra', 'Til', 'Lovgrundlag']) expect(formula(h)).toBe('');
  });

  test('text columns stay text: what a consultant types there is kept as typed (issue 12)', () => {
    const typed: Record<string, string> = { Navn: '+Carl Hansen', Telefon: '+45 12 34 56 78', Postnr: '0800', Adresse: '=1+1', Noter: '9-12', Opkald: '-' };
    for (const [h, v] of Object.entries(typed)) sheet.getRange(40, col(sheet, h)).setValue(v);
    for (const [h, v] of Object.entries(typed)) expect([h, sheet.getRange(40, col(sheet, h)).getValue()]).toEqual([h, v]);
    // Brev keeps the General format: a link formula the team makes there stays a formula.
    expect(sheet.getRange(40, col(sheet, 'Brev')).getNumberFormat()).not.toBe('@');
    sheet.getRange(40, 1, 1, sheet.getLastColumn()).clearContent();
  });

  test('the settings sheet: reference date in B2, profile in B3 with a dropdown', () => {
    expect(settings.valuesOf('A2:A3').map((r) => r[0])).toEqual(['Referencedato', 'Profil']);
    expect(Object.prototype.toString.call(settings.valuesOf('B2')[0][0])).toBe('[object Date]');
    expect(settings.valuesOf('B3')[0][0]).toBe('sel-79a');
    const rule = settings.getRange('B3').getDataValidation();
    expect(rule?.getCriteriaValues()[0]).toEqual(['glostrup-2025', 'ballerup', 'sel-79a']);
    expect(settings.getRange('B2').getNumberFormat()).toBe('dd-mm-yyyy');
  });

  test('the default closures are in the closures table', () => {
    const values = settings.valuesOf(`A1:C${settings.getLastRow()}`);
    const title = values.findIndex((r) => r[0] === 'Lukkedage');
    const reasons = values.slice(title + 2).map((r) => r[2]).filter((r) => typeof r === 'string' && r);
    expect(reasons).toEqual(expect.arrayContaining(['Juleaftensdag', 'Nytårsaftensdag', 'Grundlovsdag (eftermiddag)']));
  });

  test('frozen header row with a note on each header', () => {
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, col(sheet, 'Fødselsdato')).getNote()).toMatch(/dd-mm-åååå/);
  });

  test('checkboxes, date validation and dd-mm-yyyy on the right columns', () => {
    const at = (h: string) => sheet.getRange(5, col(sheet, h));
    expect(String(at('Bor alene').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect(String(at('Fødselsdato').getDataValidation()?.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    expect(at('Fødselsdato').getNumberFormat()).toBe('dd-mm-yyyy');
    expect(at('Besøg').getNumberFormat()).toBe('dd-mm-yyyy hh:mm');
    expect(at('Fra').getNumberFormat()).toBe('dd-mm-yyyy');
    // no consultants yet: no dropdown
    expect(at('Konsulent').getDataValidation()).toBeNull();
  });

  test('the computed columns are protected with a warning only', () => {
    const protections = sheet.getProtections('RANGE' as never);
    expect(protections.length).toBeGreaterThan(0);
    for (const p of protections) expect(p.isWarningOnly()).toBe(true);
    const covered = protections.map((p) => p.getRange().getA1Notation());
    // Kode to Begrundelse are one contiguous run of computed columns
    expect(covered).toEqual([`${letters(col(sheet, 'Kode') - 1)}1:${letters(col(sheet, 'Begrundelse') - 1)}${sheet.getMaxRows()}`]);
  });

  test('one daily trigger', () => {
    expect(rt.triggers.list.filter((t) => t.handler === 'fhbDailyUpdate')).toHaveLength(1);
  });

  test('running set-up again changes nothing: no writes at all', () => {
    rt.calls.reset();
    bundle.run('fhbSetup');
    expect(writesIn(rt.calls.sequence)).toEqual([]);
    expect(rt.triggers.list.filter((t) => t.handler === 'fhbDailyUpdate')).toHaveLength(1);
  });
});

describe("set-up of a team's own populated sheet", () => {
  const headers = ['Navn', 'Fødselsdato', 'Bor alene', 'Tilbud', 'Status', 'Telefon', 'Kaffe', 'Noter'];
  const people = syntheticCitizens(40);
  const rows = people.map((p, i) => [p.name, p.birth, p.livesAlone ? 'ja' : 'nej', i % 5 ? 'Brev' : '', i % 4 ? 'ok' : '', `4${String(i).padStart(7, '0')}`, i % 2 === 0, `note ${i}`]);

  function populated() {
    const b = boot();
    const own = b.rt.sheet('Sheet1');
    own.setName('Vores borgere');
    fill(own, headers, rows);
    b.rt.addSheet('Andet ark').getRange('A1').setValue('urørt');
    return b;
  }

  test('is adopted and renamed Borgere; every typed cell keeps its row, its header and its value', () => {
    const { rt, bundle } = populated();
    const before = rt.sheet('Vores borgere').valuesOf(`A1:H${rows.length + 1}`);
    bundle.run('fhbSetup');
    const sheet = rt.sheet('Borgere');
    const width = sheet.getLastColumn();
    const after = sheet.valuesOf(`A1:${letters(width - 1)}${rows.length + 1}`);
    // each original column is found, whole, in order, among the new columns
    let from = 0;
    for (let c = 0; c < headers.length; c++) {
      const original = before.map((r) => r[c]);
      let found = -1;
      for (let n = from; n < width && found < 0; n++) {
        const column = after.map((r) => r[n]);
        if (column.every((v, i) => (v instanceof Date ? v.getTime() === (original[i] as Date).getTime() : v === original[i]))) found = n;
      }
      expect({ header: headers[c], found: found >= 0 }).toEqual({ header: headers[c], found: true });
      from = found + 1;
    }
    expect(rt.sheet('Andet ark').valuesOf('A1')[0][0]).toBe('urørt');
  });

  test('the typed Tilbud and Status columns are kept, fresh computed columns go in front, and the team is told', () => {
    const { rt, bundle } = populated();
    bundle.run('fhbSetup');
    const sheet = rt.sheet('Borgere');
    const h = headersOf(sheet);
    expect(h.filter((x) => x === 'Tilbud')).toHaveLength(2);
    expect(h.indexOf('Kode') + 1).toBe(h.indexOf('Tilbud'));
    expect(h.lastIndexOf('Status')).toBeGreaterThan(h.indexOf('Status'));
    expect(rt.ui.alerts.map((a) => a.prompt).join('\n')).toMatch(/«Tilbud», «Status».*bevaret/s);
    // the ja/nej text column keeps its text: no checkbox forced on it
    expect(sheet.getRange(3, col(sheet, 'Bor alene')).getDataValidation()).toBeNull();
    expect(cell(sheet, 2, 'Bor alene')).toBe('ja');
  });

  test('the computed columns compute for every row; the second run writes nothing', () => {
    const { rt, bundle } = populated();
    bundle.run('fhbSetup');
    const sheet = rt.sheet('Borgere');
    const born1945 = people.findIndex((p) => isoOf(p.birth).startsWith('1945'));
    rt.sheet('Indstillinger').getRange('B2').setValue(day('2025-03-01'));
    expect(cell(sheet, born1945 + 2, 'Kode')).toBe('ALDER_80');
    expect(cell(sheet, born1945 + 2, 'Status')).toBe('Skal inviteres');
    rt.calls.reset();
    bundle.run('fhbSetup');
    expect(writesIn(rt.calls.sequence)).toEqual([]);
  });

  test('an Indstillinger sheet that is not ours stops set-up with a Danish explanation, before anything is written', () => {
    const { rt, bundle } = populated();
    fill(rt.addSheet('Indstillinger'), ['Vores egne ting'], [['x']]);
    rt.calls.reset();
    bundle.run('fhbSetup');
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/Indstillinger.*ikke tilføjelsens/);
    expect(writesIn(rt.calls.sequence).filter((n) => n !== 'Sheet.setName')).toEqual([]);
    expect(rt.sheet('Indstillinger').valuesOf('A1:A2').map((r) => r[0])).toEqual(['Vores egne ting', 'x']);
  });
});
