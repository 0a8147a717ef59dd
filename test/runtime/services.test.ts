import { createRuntime } from './index';
import { writeBundle } from './helpers';

const BUNDLE = `
function saveBig(n) { PropertiesService.getDocumentProperties().setProperty('big', new Array(n + 1).join('x')); return 'ok'; }
function fillStore() {
  var p = PropertiesService.getScriptProperties();
  for (var i = 0; i < 60; i++) p.setProperty('k' + i, new Array(9000).join('y'));
}
function readProps() { var o = PropertiesService.getDocumentProperties().getProperties(); return [o instanceof Object, Object.keys(o)]; }
function withLock(ms) {
  var lock = LockService.getDocumentLock();
  if (!lock.tryLock(ms)) return 'busy';
  return 'got ' + lock.hasLock();
}
function waitForLock(ms) { LockService.getDocumentLock().waitLock(ms); return 'got'; }
function holdLock() { LockService.getDocumentLock().waitLock(1000); return 'held'; }
function makeDocs(n) { var ids = []; for (var i = 0; i < n; i++) ids.push(DocumentApp.create('Brev ' + i).getId()); return ids.length; }
function busyLoop() {
  var s = SpreadsheetApp.getActive().getSheets()[0];
  for (var i = 0; ; i++) { s.getRange(1, 1).getValue(); }
}
function swallowTimeout() {
  var s = SpreadsheetApp.getActive().getSheets()[0];
  try { for (;;) s.getRange(1, 1).getValue(); } catch (e) { return 'swallowed ' + e.message; }
}
function steps() {
  var s = SpreadsheetApp.getActive().getSheets()[0];
  s.getRange('A1').setValue('one');
  s.getRange('A2').setValue('two');
  s.getRange('A3').setValue('three');
  return 'done';
}
function onOpen(e) {
  SpreadsheetApp.getUi().createAddonMenu().addItem('Start', 'start').addToUi();
  return e && e.authMode;
}
function onOpenGreedy(e) {
  SpreadsheetApp.getUi().createMenu('FHB').addItem('Start', 'start').addToUi();
  return SpreadsheetApp.getActiveSpreadsheet().getName();
}
function propsInNone() { return PropertiesService.getDocumentProperties().getProperty('x'); }
function docInCustom() { return DocumentApp.create('x'); }
function propsReadInCustom() { return PropertiesService.getScriptProperties().getProperty('a'); }
function propsWriteInCustom() { PropertiesService.getScriptProperties().setProperty('a', 'b'); }
function uiInCustom() { return SpreadsheetApp.getUi(); }
function ask() {
  var ui = SpreadsheetApp.getUi();
  var a = ui.alert('Flet breve', 'Fortsæt?', ui.ButtonSet.YES_NO);
  var p = ui.prompt('Navn', 'Skriv navn', ui.ButtonSet.OK_CANCEL);
  return [a === ui.Button.YES, p.getSelectedButton() == ui.Button.OK, p.getResponseText()];
}
function sidebar() {
  var html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Forebyggende besøg');
  SpreadsheetApp.getUi().showSidebar(html);
}
function schedule() {
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(2).inTimezone('Europe/Copenhagen').create();
  return ScriptApp.getProjectTriggers().map(function (t) { return [t.getHandlerFunction(), String(t.getEventType())]; });
}
function daily(e) {
  var p = PropertiesService.getDocumentProperties();
  p.setProperty('runs', String(Number(p.getProperty('runs') || 0) + 1));
  p.setProperty('hour', String(e.hour));
  return SpreadsheetApp.getUi();
}
function fmt(d) {
  return [
    Utilities.formatDate(d, 'Europe/Copenhagen', "EEEE d. MMMM yyyy 'kl.' HH:mm"),
    Utilities.formatDate(d, 'UTC', 'yy-M-d H:m:s EEE MMM'),
    Utilities.formatDate(d, 'No/Such_Zone', 'HH:mm z'),
    Utilities.formatDate(d, 'Europe/Copenhagen', 'Z XXX z'),
  ];
}
function badPattern(d) { return Utilities.formatDate(d, 'UTC', 'yyyy-qq'); }
function nap() { Utilities.sleep(5000); return 1; }
`;

function setup(opts = {}) {
  const rt = createRuntime(opts);
  const bc = rt.load(writeBundle(BUNDLE, { 'Sidebar.html': '<h1>Hej</h1>' }));
  return { rt, bc };
}

describe('PropertiesService', () => {
  test('a value over 9 KB is refused; exactly 9 KB is fine', () => {
    const { rt, bc } = setup();
    expect(bc.run('saveBig', 9 * 1024)).toBe('ok');
    expect(() => bc.run('saveBig', 9 * 1024 + 1)).toThrow('Argument too large: value');
    expect(rt.properties.document.get('big')).toHaveLength(9 * 1024);
  });

  test('a store over 500 KB is refused', () => {
    const { bc } = setup();
    expect(() => bc.run('fillStore')).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
  });

  test('getProperties returns an object of the bundle realm', () => {
    const { rt, bc } = setup();
    rt.properties.document.set('a', '1');
    expect(bc.run('readProps')).toEqual([true, ['a']]);
  });
});

describe('LockService', () => {
  test('a second consultant holding the document lock makes tryLock wait its timeout and fail', () => {
    const { rt, bc } = setup();
    rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    const t0 = rt.clock.nowMs();
    expect(bc.run('withLock', 10000)).toBe('busy');
    expect(rt.clock.nowMs() - t0).toBeGreaterThanOrEqual(10000);
    expect(() => bc.run('waitForLock', 30000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    rt.locks.releaseHeld();
    expect(bc.run('withLock', 10000)).toBe('got true');
  });

  test('the other holder releasing within the timeout lets us in at that moment', () => {
    const { rt, bc } = setup();
    rt.locks.holdDocumentLock('konsulent2@kommune.dk', { releaseAfterMs: 4000 });
    const t0 = rt.clock.nowMs();
    expect(bc.run('waitForLock', 30000)).toBe('got');
    const waited = rt.clock.nowMs() - t0;
    expect(waited).toBeGreaterThanOrEqual(4000);
    expect(waited).toBeLessThan(30000);
  });

  test('locks are released when the execution ends', () => {
    const { rt, bc } = setup();
    expect(bc.run('holdLock')).toBe('held');
    expect(rt.locks.isHeld('document')).toBe(false);
  });
});

describe('quotas and time', () => {
  test('document creation stops at 250 a day for a consumer account, and resets after Pacific midnight', () => {
    const { rt, bc } = setup();
    rt.quotas.setUsage('documentCreate', rt.user, 248);
    expect(() => bc.run('makeDocs', 3)).toThrow('Service invoked too many times for one day: document create.');
    expect(rt.quotas.usage('documentCreate', rt.user)).toBe(250);
    rt.clock.set(new Date('2025-03-02T08:30:00Z')); // 00:30 in Los Angeles
    expect(bc.run('makeDocs', 3)).toBe(3);
  });

  test('a Workspace account gets 1,500', () => {
    const { rt, bc } = setup({ accountType: 'workspace' });
    rt.quotas.setUsage('documentCreate', rt.user, 1499);
    expect(bc.run('makeDocs', 1)).toBe(1);
    expect(() => bc.run('makeDocs', 1)).toThrow('document create');
  });

  test('an execution stops after 6 minutes of modelled time, even if the script catches it', () => {
    const { rt, bc } = setup();
    const t0 = rt.clock.nowMs();
    expect(() => bc.run('busyLoop')).toThrow('Exceeded maximum execution time');
    const spent = rt.clock.nowMs() - t0;
    expect(spent).toBeGreaterThan(6 * 60 * 1000);
    expect(spent).toBeLessThan(6 * 60 * 1000 + 1000);
    expect(() => bc.run('swallowTimeout')).toThrow('Exceeded maximum execution time');
    // a new execution starts a fresh 6 minutes
    expect(bc.run('steps')).toBe('done');
  });

  test('a custom function has 30 seconds', () => {
    const { rt, bc } = setup();
    rt.kernel.costs['Range.getValue'] = 1000;
    expect(() => bc.callCustomFunction('busyLoop')).toThrow('Exceeded maximum execution time');
    // each loop costs Sheet.getRange (50 ms) + Range.getValue (1000 ms): about 30 s / 1.05 s loops
    expect(rt.calls.count('Range.getValue')).toBeGreaterThanOrEqual(27);
    expect(rt.calls.count('Range.getValue')).toBeLessThanOrEqual(30);
    expect(rt.clock.nowMs() - new Date('2025-03-01T09:00:00Z').getTime()).toBeLessThan(32_000);
  });

  test('Utilities.sleep advances the clock', () => {
    const { rt, bc } = setup();
    const t0 = rt.clock.nowMs();
    bc.run('nap');
    expect(rt.clock.nowMs() - t0).toBe(5000 + 50);
  });
});

describe('fault injection', () => {
  test('failOnCall(n) fails exactly the nth call from now, once', () => {
    const { rt, bc } = setup();
    rt.calls.reset();
    bc.run('steps');
    const total = rt.calls.total();
    for (let n = 1; n <= total; n++) {
      const r = createRuntime();
      const b = r.load(bc.bundlePath);
      r.calls.reset();
      r.faults.failOnCall(n);
      expect(() => b.run('steps')).toThrow('Service error: Spreadsheets');
      expect(r.faults.injected).toHaveLength(1);
      expect(b.run('steps')).toBe('done');
    }
    // the values written before the failure stay written
    const r = createRuntime();
    const b = r.load(bc.bundlePath);
    r.faults.failWhen('Range.setValue', (c) => c.args[0] === 'three', new Error('Boom'));
    expect(() => b.run('steps')).toThrow('Boom');
    expect(r.sheet('Sheet1').valuesOf('A1:A3')).toEqual([['one'], ['two'], ['']]);
  });
});

describe('authorization modes', () => {
  test('AuthMode.NONE: menus work, data access throws', () => {
    const { rt, bc } = setup();
    expect(bc.runInAuthModeNone('onOpen')).toBe('NONE');
    expect(rt.ui.menus).toEqual([{ name: 'Add-on', addon: true, items: [{ caption: 'Start', functionName: 'start' }], submenus: [] }]);
    expect(() => bc.runInAuthModeNone('onOpenGreedy')).toThrow(/^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/);
    expect(() => bc.runInAuthModeNone('propsInNone')).toThrow('You do not have permission to call PropertiesService.getDocumentProperties');
  });

  test('custom-function mode: no DocumentApp, no UI, properties read-only', () => {
    const { rt, bc } = setup();
    rt.properties.script.set('a', 'A');
    expect(() => bc.callCustomFunction('docInCustom')).toThrow('You do not have permission to call DocumentApp.create. Required permissions: (https://www.googleapis.com/auth/documents.currentonly || https://www.googleapis.com/auth/documents)');
    expect(() => bc.callCustomFunction('uiInCustom')).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(bc.callCustomFunction('propsReadInCustom')).toBe('A');
    expect(() => bc.callCustomFunction('propsWriteInCustom')).toThrow('You do not have permission to call Properties.setProperty');
  });
});

describe('Ui and HtmlService', () => {
  test('alerts and prompts take answers from the queue', () => {
    const { rt, bc } = setup();
    rt.ui.answers.push('NO', { button: 'OK', text: 'Karen' });
    expect(bc.run('ask')).toEqual([false, true, 'Karen']);
    expect(rt.ui.alerts[0]).toMatchObject({ title: 'Flet breve', prompt: 'Fortsæt?', buttons: 'YES_NO', answer: 'NO' });
    rt.ui.answers.push('OK');
    expect(() => bc.run('ask')).toThrow(/not offered/);
  });

  test('sidebars are recorded with title and the html file next to the bundle', () => {
    const { rt, bc } = setup();
    bc.run('sidebar');
    expect(rt.ui.sidebars).toHaveLength(1);
    expect(rt.ui.sidebars[0].title).toBe('Forebyggende besøg');
    expect(rt.ui.sidebars[0].html).toBe('<h1>Hej</h1>');
  });
});

describe('triggers', () => {
  test('a daily trigger fires at its hour as a new execution without UI', () => {
    const { rt, bc } = setup();
    expect(bc.run('schedule')).toEqual([['daily', 'CLOCK']]);
    const [t] = rt.triggers.list;
    expect(new Date(t.nextRunMs!).toISOString()).toBe('2025-03-02T01:00:00.000Z'); // 02:00 Copenhagen
    expect(() => rt.triggers.runUntil(new Date('2025-03-04T12:00:00Z'))).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(rt.properties.document.get('runs')).toBe('1');
    expect(rt.properties.document.get('hour')).toBe('1'); // the event's hour is UTC
  });

  test('too many triggers', () => {
    const { rt, bc } = setup();
    for (let i = 0; i < 20; i++) bc.run('schedule');
    expect(rt.triggers.list).toHaveLength(20);
    expect(() => bc.run('schedule')).toThrow('This script has too many triggers.');
  });
});

describe('Utilities.formatDate', () => {
  test('Java SimpleDateFormat patterns in English', () => {
    const { bc } = setup();
    const d = new Date('2025-03-30T01:05:09Z'); // DST starts in Copenhagen that night
    expect(bc.run('fmt', d)).toEqual([
      "Sunday 30. March 2025 kl. 03:05",
      '25-3-30 1:5:9 Sun Mar',
      '01:05 GMT',
      '+0200 +02:00 CEST',
    ]);
    expect(() => bc.run('badPattern', d)).toThrow("Illegal pattern character 'q'");
  });
});
