/**
 * Issue 14: a profile's own life events reach the sheet. With Nordby 2026 (examples/profiles, two own
 * events: rehabilitation ended, discharged from hospital) in Indstillinger!B3, set-up makes a column for
 * each event, FHB_PLAN and FHB_REASON take them from the 9th argument on, and the server features (the
 * call list) read them by header, so the sheet and the server agree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import type { CallView } from '../../../src/core/calls/list';
import type { SettingsView } from '../../../src/core/sidebar/protocol';
import { boot, cell, col, day, headersOf, letters, putRow } from '../sheet/helpers';

const NORDBY = readFileSync(join(__dirname, '../../../examples/profiles/nordby-2026.json'), 'utf8');
const EVENTS = ['Rehabilitering afsluttet', 'Udskrevet fra hospital'];

const { rt, bundle } = boot({ now: new Date('2026-03-02T09:00:00Z') });
bundle.run('fhbSetup');
const settings = rt.sheet('Indstillinger');
const { rows } = renderSettingsGrid(Settings.parse({ asOf: '2026-03-02', profile: NORDBY, consultants: [{ name: 'Anne' }] }), makeZone('Europe/Copenhagen'));
settings.getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
const sheet = rt.sheet('Borgere');
const before = headersOf(sheet);
bundle.run('fhbSetup');

// 68 years old in 2026: no age offer; Rita's rehabilitation ended 16 February, Otto's nothing.
putRow(sheet, 2, { Navn: 'Rita Rehab', 'Fødselsdato': day('1958-01-10'), Telefon: '11223344', 'Rehabilitering afsluttet': day('2026-02-16') });
putRow(sheet, 3, { Navn: 'Otto Uden', 'Fødselsdato': day('1958-01-10'), Telefon: '55667788' });

test('set-up adds a dated column per own event, after the columns that were there', () => {
  expect(headersOf(sheet)).toEqual([...before, ...EVENTS]);
  expect(sheet.getRange(5, col(sheet, EVENTS[0])).getNumberFormat()).toBe('dd-mm-yyyy');
});

test('FHB_PLAN and FHB_REASON name the event columns from the 9th argument on, in the profile\'s order', () => {
  const at = (h: string) => `${letters(col(sheet, h) - 1)}2:${letters(col(sheet, h) - 1)}`;
  const formula = sheet.getRange(2, col(sheet, 'Kode')).getFormula();
  expect(formula.endsWith(`Indstillinger!B3, ${at(EVENTS[0])}, ${at(EVENTS[1])})`)).toBe(true);
  expect(sheet.getRange(2, col(sheet, 'Begrundelse')).getFormula().endsWith(`${at(EVENTS[1])})`)).toBe(true);
});

test('the sheet offers the rehabilitation call 2-6 weeks after, from the event column', () => {
  expect(cell(sheet, 2, 'Kode')).toBe('REHABILITERING');
  expect(String(cell(sheet, 2, 'Begrundelse'))).toMatch(/Rehabiliteringsforløbet/);
  expect(cell(sheet, 3, 'Kode')).not.toBe('REHABILITERING');
});

test('the call list (a server feature) reads the same column by header and agrees', () => {
  const calls = (bundle.googleScriptRun('fhbCallList') as { calls: CallView[] }).calls;
  expect(calls.filter((c) => c.code === 'REHABILITERING').map((c) => [c.row, c.windowFrom, c.windowTo])).toEqual([[2, '2026-03-02', '2026-03-30']]);
});

test('a second set-up adds nothing', () => {
  bundle.run('fhbSetup');
  expect(headersOf(sheet)).toEqual([...before, ...EVENTS]);
});

describe('choosing another profile in the sidebar brings its columns and Undtaget reasons at once', () => {
  test('the event columns are made, the dropdown lists the new reasons, and the consultant is told', () => {
    const w = boot({ now: new Date('2026-03-02T09:00:00Z') });
    w.bundle.run('fhbSetup');
    const citizens = w.rt.sheet('Borgere');
    const view = w.bundle.googleScriptRun('fhbGetSettings') as SettingsView;
    const saved = w.bundle.googleScriptRun('fhbSaveSettings', { ...view.settings, profile: NORDBY }) as SettingsView;
    expect(saved.message).toMatch(/nye profil/);
    expect(headersOf(citizens).slice(-2)).toEqual(EVENTS);
    const reasons = citizens.getRange(5, col(citizens, 'Undtaget')).getDataValidation()?.getCriteriaValues()[0] as string[];
    const nordby = JSON.parse(NORDBY) as { exemptions: { reasons: { label: string }[] } };
    expect(reasons).toEqual(['ja', ...nordby.exemptions.reasons.map((r) => r.label)]);
    // Saving again with the same profile changes no column.
    const again = w.bundle.googleScriptRun('fhbSaveSettings', { ...saved.settings, municipality: 'Nordby' }) as SettingsView;
    expect(again.message).toBe('Indstillingerne er gemt.');
    expect(headersOf(citizens).slice(-2)).toEqual(EVENTS);
  });
});
