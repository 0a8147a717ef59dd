import { ROW, sidebarWorld, SidebarWorld, wholeSheet } from '../sidebar/fixture';
import { cph } from '../history/world';

/**
 * How an action runs (src/gas/run-action.ts), on the built bundle: the paths of the shared runner the
 * feature suites do not walk. A menu item alerts the busy refusal and a known error under its title; an
 * error it does not know is thrown (Google shows it) unless the item says it in Danish; a trigger has no
 * UI, so busy there is no alert. The runtime's clock is 2025-03-01; a colleague is simulated holding the
 * document lock.
 */
let w: SidebarWorld;
const COLLEAGUE = 'konsulent2@kommune.dk';
const names = () => wholeSheet(w.rt).slice(1).map((r) => r[0]).filter((n) => n !== '');
const settingRow = (label: string) => w.rt.sheet('Indstillinger').valuesOf('A1:A40').map((r) => r[0]).indexOf(label) + 1;

beforeEach(() => {
  w = sidebarWorld();
});

describe('Slet ophørte borgere …', () => {
  beforeEach(() => {
    const sheet = w.rt.sheet('Borgere');
    const at = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[]).indexOf('Ophørt') + 1;
    // Karen ended 14 months ago: due to be deleted after 12.
    sheet.getRange(ROW.turns80, at, 1, 2).setValues([[cph(2024, 1, 10), 'død']]);
  });

  test('a colleague holding the lock when «Ja» is answered: told under the item\'s title, nothing deleted', () => {
    w.rt.ui.answers.push('YES');
    w.rt.faults.failWhen('Ui.alert', () => {
      w.rt.locks.holdDocumentLock(COLLEAGUE); // while the question is open
      return false;
    });
    w.bundle.run('fhbDeleteEnded');
    expect(w.rt.ui.alerts.map((a) => [a.title, a.prompt])).toEqual([
      ['Slet ophørte borgere', expect.stringMatching(/^Slet 1 borger/)],
      ['Slet ophørte borgere', 'En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er slettet.'],
    ]);
    expect(names()).toContain('Karen Testesen');
  });

  test('an unreadable setting is said in an alert naming it, before anything is asked or deleted', () => {
    const row = settingRow('Slet ophørte efter (måneder)');
    expect(row).toBeGreaterThan(0);
    w.rt.sheet('Indstillinger').getRange(row, 2).setValue('mange');
    expect(() => w.bundle.run('fhbDeleteEnded')).not.toThrow();
    expect(w.rt.ui.alerts).toHaveLength(1);
    expect(w.rt.ui.alerts[0].title).toBe('Slet ophørte borgere');
    expect(w.rt.ui.alerts[0].prompt).toContain('Slet ophørte efter');
    expect(w.rt.ui.alerts[0].prompt).toContain('mange');
    expect(names()).toContain('Karen Testesen');
  });
});

test('Opret standardskabeloner while a colleague holds the lock: told in an alert under its name, no Doc made', () => {
  w.rt.locks.holdDocumentLock(COLLEAGUE);
  expect(w.bundle.run('fhbCreateTemplates')).toBe('');
  expect(w.rt.ui.alerts.map((a) => [a.title, a.prompt])).toEqual([
    ['Opret standardskabeloner', BUSY],
  ]);
  const made = () => w.rt.calls.sequence.filter((c) => c === 'DocumentApp.create');
  expect(made()).toEqual([]);
  w.rt.locks.releaseHeld();
  expect(w.bundle.run('fhbCreateTemplates')).toMatch(/\S/);
  expect(made().length).toBeGreaterThan(0);
});

/** The one busy sentence (src/core/text/glossary.ts), wherever an action waits for a colleague. */
const BUSY = 'En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.';

describe('a colleague holding the lock: every action says the same sentence and changes nothing', () => {
  test.each([
    ['fhbSetup', 'Arket er optaget'],
    ['fhbRefresh', 'Arket er optaget'],
    ['fhbYearReport', 'Arket er optaget'],
    ['fhbShowCallList', 'Opkaldsliste'],
    ['fhbShowParticipants', 'Deltagerlister'],
  ])('%s: an alert titled «%s»', (action, title) => {
    const sheets = () => w.rt.spreadsheet.getSheets().map((s) => s.getName());
    const before = [wholeSheet(w.rt), sheets()];
    w.rt.locks.holdDocumentLock(COLLEAGUE);
    expect(() => w.bundle.run(action)).not.toThrow();
    expect(w.rt.ui.alerts.map((a) => [a.title, a.prompt])).toEqual([[title, BUSY]]);
    expect([wholeSheet(w.rt), sheets()]).toEqual(before);
  });

  test('the merge refuses with the same sentence', () => {
    w.rt.locks.holdDocumentLock(COLLEAGUE);
    expect(() => w.bundle.run('fhbMergeStart', { scope: 'due' })).toThrow(BUSY);
  });
});

describe('an error the action does not know', () => {
  test('Opkaldsliste: Google\'s failure is thrown (Google shows it), not swallowed into an alert', () => {
    w.rt.faults.failWhen('Sheet.clear', undefined, 'Service error: Spreadsheets');
    expect(() => w.bundle.run('fhbShowCallList')).toThrow(/Service error: Spreadsheets/);
    expect(w.rt.faults.injected).toEqual(['Sheet.clear']);
    expect(w.rt.ui.alerts).toEqual([]);
  });

  test('Årsrapport: said in Danish around Google\'s message, under its title; the next run makes the report', () => {
    w.rt.faults.failWhen('Spreadsheet.insertSheet', undefined, 'Service error: Spreadsheets');
    expect(() => w.bundle.run('fhbYearReport')).not.toThrow();
    expect(w.rt.faults.injected).toEqual(['Spreadsheet.insertSheet']);
    expect(w.rt.ui.alerts.map((a) => [a.title, a.prompt])).toEqual([['Årsrapport', 'Årsrapporten kunne ikke laves: Service error: Spreadsheets']]);
    w.rt.faults.clear();
    w.bundle.run('fhbYearReport');
    expect(w.rt.ui.alerts).toHaveLength(1);
    expect(w.rt.spreadsheet.findSheet('Årsrapport')).toBeDefined();
  });
});

test('the daily trigger while a colleague holds the lock: no UI asked for (a trigger has none), nothing written', () => {
  const b2 = () => w.rt.sheet('Indstillinger').getRange('B2').getValue();
  const before = b2();
  w.rt.locks.holdDocumentLock(COLLEAGUE);
  w.rt.calls.reset();
  expect(() => w.rt.triggers.fire('fhbDailyUpdate')).not.toThrow();
  expect(w.rt.calls.sequence.filter((c) => /getUi|toast|alert/.test(c))).toEqual([]);
  expect(w.rt.calls.sequence).toContain('Lock.tryLock');
  expect(b2()).toEqual(before);
  w.rt.locks.releaseHeld();
  w.rt.clock.advance(86_400_000);
  w.rt.triggers.fire('fhbDailyUpdate');
  expect(b2()).not.toEqual(before);
});
