import { createRuntime } from './index';
import { writeBundle } from './helpers';

const BUNDLE = `
var counter = 0;
function bump() { counter++; return counter; }
function kinds(d, rows, obj) {
  return [d instanceof Date, Array.isArray(rows), rows instanceof Array, rows[0] instanceof Array, obj instanceof Object, d.getTime()];
}
function platform() {
  return [typeof require, typeof process, typeof setTimeout, typeof URL, typeof TextEncoder, typeof atob, typeof crypto, typeof Buffer];
}
function giveDate() { return new Date(Date.UTC(2025, 0, 2)); }
function readBack() {
  var v = SpreadsheetApp.getActive().getSheets()[0].getRange('A1:A2').getValues();
  return [v instanceof Array, v[0][0] instanceof Date];
}
function catchService() {
  try { SpreadsheetApp.getActive().getSheets()[0].getRange(0, 1); } catch (e) { return [e instanceof Error, e.name, e.message]; }
}
function forClient() { return { when: new Date(), n: 1 }; }
function plain() { return { n: 1, list: ['a'] }; }
function secret_() { return 'hidden'; }
var fhb = (function () { return { version: '1' }; })();
`;

describe('vm loading', () => {
  test('values crossing into the bundle use its own intrinsics; values coming back use ours', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    const d = new Date('2025-03-01T00:00:00Z');
    expect(bc.run('kinds', d, [[1]], { a: 1 })).toEqual([true, true, true, true, true, d.getTime()]);
    const back = bc.run<Date>('giveDate');
    expect(back).toBeInstanceOf(Date);
    expect(back.toISOString()).toBe('2025-01-02T00:00:00.000Z');
    rt.sheet('Sheet1').getRange('A1').setValue(d);
    expect(bc.run('readBack')).toEqual([true, true]);
  });

  test('service errors are Errors of the bundle realm named Exception', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    expect(bc.run('catchService')).toEqual([true, 'Exception', 'The starting row of the range is too small.']);
  });

  test('no Node or browser globals that Apps Script lacks', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    expect(bc.run('platform')).toEqual(Array(8).fill('undefined'));
  });

  test('globals do not survive between executions (top-level code re-runs each time)', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    expect(bc.run('bump')).toBe(1);
    expect(bc.run('bump')).toBe(1);
    const shared = rt.load(writeBundle(BUNDLE), { freshContextPerExecution: false });
    expect(shared.run('bump')).toBe(1);
    expect(shared.run('bump')).toBe(2);
  });

  test('globalNames lists top-level functions; private ones cannot be run', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    expect(bc.globalNames()).toEqual(expect.arrayContaining(['bump', 'kinds', 'secret_']));
    expect(bc.globalNames()).not.toContain('fhb');
    expect(bc.globalNames()).not.toContain('SpreadsheetApp');
    expect(() => bc.run('secret_')).toThrow('Script function not found: secret_');
    expect(() => bc.run('missing')).toThrow('Script function not found: missing');
    expect((bc.context as { fhb: { version: string } }).fhb.version).toBe('1');
  });

  test('google.script.run: Dates cannot go in, a Date coming out turns the result into null', () => {
    const rt = createRuntime();
    const bc = rt.load(writeBundle(BUNDLE));
    expect(() => bc.googleScriptRun('kinds', new Date(), [[1]], {})).toThrow(/illegal parameter \(Date\)/);
    expect(bc.googleScriptRun('forClient')).toBeNull();
    expect(bc.googleScriptRun('plain')).toEqual({ n: 1, list: ['a'] });
    expect(() => bc.googleScriptRun('secret_')).toThrow(/private/);
  });

  test('a syntax error in the bundle fails at load', () => {
    const rt = createRuntime();
    expect(() => rt.load(writeBundle('function ( {'))).toThrow(SyntaxError);
  });
});
