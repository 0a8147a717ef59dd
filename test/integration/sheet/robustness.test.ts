/**
 * Two consultants at once, failures half-way, and speed: set-up takes the document lock, a failed
 * set-up is completed by the next run, and the number of service calls does not grow with the rows.
 */
import type { Runtime } from '../../runtime';
import { boot, day, fill, letters, syntheticCitizens, writesIn } from './helpers';

const HEADERS = ['Navn', 'Fødselsdato', 'Bor alene', 'Tilbud', 'Telefon', 'Noter'];

function team(rows: number, maxRows?: number) {
  const b = boot();
  const sheet = b.rt.sheet('Sheet1');
  // A short grid keeps the many runs below quick (every formula is computed over the whole grid).
  if (maxRows && sheet.getMaxRows() > maxRows) sheet.deleteRows(maxRows + 1, sheet.getMaxRows() - maxRows);
  const people = syntheticCitizens(rows);
  fill(sheet, HEADERS, people.map((p, i) => [p.name, p.birth, p.livesAlone, i % 3 ? 'Brev' : '', `4400${i}`, `note ${i}`]));
  return b;
}

const plain = (v: unknown) => (v instanceof Date ? `D${v.getTime()}` : v);

/** Everything set-up is responsible for, as plain data. */
function fingerprint(rt: Runtime) {
  const sheet = rt.sheet('Borgere');
  const settings = rt.sheet('Indstillinger');
  const width = sheet.getLastColumn();
  const all = `A1:${letters(width - 1)}${sheet.getLastRow()}`;
  const row = (r: number) => sheet.getRange(r, 1, 1, width);
  return {
    sheets: rt.spreadsheet.getSheets().map((s) => s.getName()),
    values: sheet.valuesOf(all).map((r) => r.map(plain)),
    formulas: row(2).getFormulas(),
    formats: [row(2).getNumberFormats(), row(sheet.getMaxRows()).getNumberFormats()],
    validations: [2, sheet.getMaxRows()].map((r) => row(r).getDataValidations()[0].map((v) => (v ? `${v.getCriteriaType()}` : null))),
    notes: row(1).getNotes(),
    frozen: sheet.getFrozenRows(),
    rules: sheet.getConditionalFormatRules().map((r) => [r.getBooleanCondition()?.getCriteriaValues()[0], r.getBooleanCondition()?.getBackground(), r.getRanges().map((g) => g.getA1Notation())]),
    protections: sheet.getProtections('RANGE' as never).map((p) => [p.getRange().getA1Notation(), p.isWarningOnly(), p.getDescription()]),
    settings: settings.valuesOf(`A1:K${settings.getLastRow()}`).map((r) => r.map(plain)),
    settingsFormats: settings.getRange(1, 1, settings.getLastRow(), 8).getNumberFormats(),
    triggers: rt.triggers.list.map((t) => t.handler),
  };
}

describe('two consultants at once', () => {
  test('a second click while a colleague holds the lock gets a Danish message and writes nothing', () => {
    const { rt, bundle } = team(20);
    rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    rt.calls.reset();
    bundle.run('fhbSetup');
    expect(rt.ui.alerts.at(-1)?.prompt).toBe('En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.');
    expect(writesIn(rt.calls.sequence)).toEqual([]);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    rt.locks.releaseHeld();
    bundle.run('fhbSetup');
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Borgere', 'Indstillinger', 'Besøg']);
  });

  test('a colleague who finishes within the wait: set-up waits for the lock and then runs', () => {
    const { rt, bundle } = team(20);
    rt.locks.holdDocumentLock('konsulent2@kommune.dk', { releaseAfterMs: 3000 });
    bundle.run('fhbSetup');
    expect(rt.ui.alerts.map((a) => a.prompt).join()).not.toMatch(/kollega/);
    expect(rt.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Borgere', 'Indstillinger', 'Besøg']);
  });

  test('refresh and the daily update also respect the lock', () => {
    const { rt, bundle } = team(5);
    bundle.run('fhbSetup');
    rt.sheet('Indstillinger').getRange('B2').setValue(day('2024-01-01'));
    rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    rt.calls.reset();
    bundle.run('fhbRefresh');
    rt.triggers.fire('fhbDailyUpdate');
    expect(writesIn(rt.calls.sequence)).toEqual([]);
    expect(rt.ui.alerts.at(-1)?.prompt).toMatch(/kollega/);
  });

  test('a colleague running set-up later adds no second daily trigger', () => {
    const { rt, bundle } = team(5);
    bundle.run('fhbSetup');
    rt.setUser('konsulent2@kommune.dk');
    bundle.run('fhbSetup');
    expect(rt.triggers.list.filter((t) => t.handler === 'fhbDailyUpdate')).toHaveLength(1);
  });
});

describe('a set-up that fails half-way is completed by the next', () => {
  const clean = team(12, 40);
  clean.rt.calls.reset();
  clean.bundle.run('fhbSetup');
  const total = clean.rt.calls.total();
  const want = fingerprint(clean.rt);

  // Every call of a clean set-up, failed in turn.
  const positions = Array.from({ length: total }, (_, i) => i + 1);

  test('a clean set-up makes a few dozen calls', () => {
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThan(200);
  });

  test.each(positions)('call %i fails: the team is told, the next run completes, nothing typed is lost', (n) => {
    const { rt, bundle } = team(12, 40);
    rt.faults.failOnCall(n);
    bundle.run('fhbSetup');
    expect(rt.faults.injected).toHaveLength(1);
    rt.faults.clear();
    bundle.run('fhbSetup');
    const got = fingerprint(rt);
    // The reference date is today's either way; everything else is exactly the clean result.
    expect(got).toEqual(want);
  });
});

describe('speed: calls do not grow with rows', () => {
  function callsFor(rows: number) {
    const { rt, bundle } = team(rows);
    rt.calls.reset();
    bundle.run('fhbSetup');
    const setup = rt.calls.total();
    rt.calls.reset();
    bundle.run('fhbRefresh');
    const refresh = rt.calls.total();
    rt.calls.reset();
    bundle.run('fhbSetup');
    const again = rt.calls.total();
    return { setup, refresh, again };
  }

  test('10 rows and 1,000 rows: the same number of calls for set-up, refresh and a second set-up', () => {
    expect(callsFor(1000)).toEqual(callsFor(10));
  });
});
