import type { ActionResult, CitizenView, SelectedCitizen, SettingsView, SidebarState } from '../../../src/core/sidebar/protocol';
import { cell, danish, HOSTILE_NAME, nextDay, ROW, setCell, sidebarWorld, SidebarWorld, wholeSheet } from './fixture';

/**
 * The sidebar's endpoints on the built bundle, called as google.script.run calls them. "Today" is what
 * the bundle reports (the citizen view's `today`): the reference date in Indstillinger is 2025-03-01.
 */
let w: SidebarWorld;
let today: string;
beforeEach(() => {
  w = sidebarWorld();
  today = citizen(ROW.turns80).today;
});

const call = <T>(name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const citizen = (row: number) => {
  const answer = call<SelectedCitizen>('fhbSelectedCitizen', { row });
  if (answer?.kind !== 'citizen') throw new Error(`row ${row}: ${JSON.stringify(answer)}`);
  return answer.citizen;
};
const record = (view: CitizenView, req: Record<string, unknown>) =>
  call<ActionResult>('fhbRecordAction', { row: view.row, key: view.key, date: today, ...req });

describe('following the selection', () => {
  test('the state names the active row on Borgere, and no row elsewhere', () => {
    w.rt.select('Borgere', 'C3');
    expect(call<SidebarState>('fhbSidebarState')).toMatchObject({ sheet: 'Borgere', row: 3 });
    w.rt.select('Borgere', 'A1');
    expect(call<SidebarState>('fhbSidebarState').row).toBeNull();
    w.rt.select('Indstillinger', 'B2');
    expect(call<SidebarState>('fhbSidebarState')).toEqual({ sheet: 'Indstillinger', row: null, version: '' });
  });

  test('the version changes when the row changes, and matches the citizen fetched', () => {
    w.rt.select('Borgere', 'B2');
    const before = call<SidebarState>('fhbSidebarState');
    expect(citizen(2).version).toBe(before.version);
    expect(call<SidebarState>('fhbSidebarState').version).toBe(before.version);
    setCell(w.rt, ROW.turns80, 'Noter', 'ny note');
    expect(call<SidebarState>('fhbSidebarState').version).not.toBe(before.version);
  });

  test('the state poll is cheap: one row and two settings cells read, nothing displayed, no rules', () => {
    w.rt.select('Borgere', 'B2');
    w.rt.calls.reset();
    call('fhbSidebarState');
    expect(w.rt.calls.count('Range.getValues')).toBe(2);
    expect(w.rt.calls.count('Range.getDisplayValues')).toBe(0);
    expect(w.rt.calls.count('Sheet.getDataRange')).toBe(0);
  });
});

describe('the selected citizen', () => {
  test('an 80-year-old under Glostrup 2025: the offer, its window, the status, the CPR masked', () => {
    const view = citizen(ROW.turns80);
    expect(view.name).toBe('Karen Testesen');
    expect(view.plan).toMatchObject({ code: 'ALDER_80', year: 2025 });
    expect(view.plan!.offers[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(view.status?.label).toBe('Skal inviteres');
    expect(view.cprMasked).toBe('100545-xxxx');
    expect(JSON.stringify(view)).not.toContain('1234');
    expect(view.consultants).toEqual(['Anne Andersen', 'Bo Berg']);
  });

  test('hostile text comes back exactly as typed', () => {
    expect(citizen(ROW.hostile).name).toBe(HOSTILE_NAME);
  });

  test('an empty row says so', () => {
    expect(call<SelectedCitizen>('fhbSelectedCitizen', { row: 40 })).toEqual({ kind: 'empty', message: expect.stringContaining('Række 40 er tom') });
  });
});

describe('recording an action', () => {
  test('Inviteret writes today’s date into Inviteret as a date, and the status follows', () => {
    const result = record(citizen(ROW.turns80), { action: 'invited' });
    expect(result.kind).toBe('written');
    expect(cell(w.rt, ROW.turns80, 'Inviteret').shown).toBe(danish(today));
    expect(Object.prototype.toString.call(cell(w.rt, ROW.turns80, 'Inviteret').value)).toBe('[object Date]');
    expect(result.kind === 'written' && result.citizen.status?.label).toBe('Inviteret');
  });

  test('a date already there is not replaced without asking; with overwrite it is', () => {
    const view = citizen(ROW.invited);
    const before = wholeSheet(w.rt);
    const ask = record(view, { action: 'invited' });
    expect(ask).toMatchObject({ kind: 'confirm', existing: [{ header: 'Inviteret', value: '10-02-2025', replacement: danish(today) }] });
    expect(wholeSheet(w.rt)).toEqual(before);
    expect(record(view, { action: 'invited', overwrite: true }).kind).toBe('written');
    expect(cell(w.rt, ROW.invited, 'Inviteret').shown).toBe(danish(today));
  });

  test('Besøg aftalt writes the date and time and the consultant', () => {
    record(citizen(ROW.turns75), { action: 'booked', date: '2025-03-12', time: '10:30', consultant: 'Bo Berg' });
    expect(cell(w.rt, ROW.turns75, 'Besøg').shown).toBe('12-03-2025 10:30');
    expect(cell(w.rt, ROW.turns75, 'Konsulent').value).toBe('Bo Berg');
  });

  test('Ringet – ikke truffet appends to Opkald', () => {
    const view = citizen(ROW.widowed);
    expect(view.plan?.offers[0].phoneFirst).toBe(true);
    record(view, { action: 'notReached', date: '2025-02-28' });
    record(citizen(ROW.widowed), { action: 'notReached' });
    expect(cell(w.rt, ROW.widowed, 'Opkald').value).toBe(`28-02-2025 ikke truffet; ${danish(today)} ikke truffet`);
  });

  test.each<[Record<string, string>, RegExp]>([
    [{ action: 'invited', date: '2025-13-01' }, /dato/],
    [{ action: 'done', date: 'TOMORROW' }, /dato: .* ligger efter i dag/],
    [{ action: 'booked', date: '2025-03-12' }, /klokkeslæt: mangler/],
    [{ action: 'explode' }, /handling/],
    [{ action: 'invited', key: 'someone-else' }, /kan ikke findes i arket Borgere/],
  ])('%j is refused in Danish and changes nothing', (req, message) => {
    const view = citizen(ROW.turns80);
    const before = wholeSheet(w.rt);
    const date = req.date === 'TOMORROW' ? nextDay(today) : req.date;
    expect(() => record(view, { ...req, ...(date ? { date } : {}) })).toThrow(message);
    expect(wholeSheet(w.rt)).toEqual(before);
  });

  test('a colleague holding the lock: refused, nothing written', () => {
    const view = citizen(ROW.turns80);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    expect(() => record(view, { action: 'invited' })).toThrow('En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.');
    expect(cell(w.rt, ROW.turns80, 'Inviteret').value).toBe('');
  });
});

describe('settings', () => {
  test('read and saved through the Indstillinger sheet', () => {
    const view = call<SettingsView>('fhbGetSettings');
    expect(view.settings).toMatchObject({ profile: 'glostrup-2025', municipality: 'Prøvekommune', consultants: ['Anne Andersen', 'Bo Berg'] });
    const saved = call<SettingsView>('fhbSaveSettings', { ...view.settings, municipality: 'Ny Kommune', consultants: ['Anne Andersen', 'Cecilie Due'] });
    expect(saved.message).toBe('Indstillingerne er gemt.');
    expect(call<SettingsView>('fhbGetSettings').settings).toMatchObject({ municipality: 'Ny Kommune', consultants: ['Anne Andersen', 'Cecilie Due'] });
    expect(citizen(ROW.turns80).consultants).toEqual(['Anne Andersen', 'Cecilie Due']);
  });

  test.each([
    ['phoneHours', '9-12'],
    ['phone', '+45 12 34 56 78'],
    ['postcodeCity', '007'],
    ['municipality', '=1+1'],
    ['department', '-'],
    ['address', '1.5'],
    ['signature', "'citat'"],
  ])('team text stays text: %s %p is saved, read back and shown exactly as typed', (field, value) => {
    const view = call<SettingsView>('fhbGetSettings');
    call('fhbSaveSettings', { ...view.settings, [field]: value });
    expect((call<SettingsView>('fhbGetSettings').settings as unknown as Record<string, unknown>)[field]).toBe(value);
    const sheet = w.rt.sheet('Indstillinger');
    const grid = sheet.displayValuesOf(`A1:B${sheet.getLastRow()}`);
    expect(grid.some((r) => r[1] === value)).toBe(true);
  });

  test('the data-protection settings and the first contact after a death are saved to the rows the sheet names them by', () => {
    const view = call<SettingsView>('fhbGetSettings');
    const privacy = {
      privacyController: 'Prøvekommune, Rådhusvej 2, 2600 Prøverup', privacyDpo: 'dpo@proevekommune.dk', privacyLegalBasis: 'kommunalbestyrelsens beslutning af 12. marts 2025',
      privacyRecipients: '', privacyLink: 'proevekommune.dk/databeskyttelse', privacyShort: true, bereavedDelayWeeks: 6,
    };
    call('fhbSaveSettings', { ...view.settings, ...privacy });
    expect(call<SettingsView>('fhbGetSettings').settings).toMatchObject(privacy);
    const sheet = w.rt.sheet('Indstillinger');
    const rows = sheet.valuesOf(`A1:B${sheet.getLastRow()}`);
    const valueOf = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(valueOf('Databeskyttelsesrådgiver')).toBe('dpo@proevekommune.dk');
    expect(valueOf('Kort afsnit om databeskyttelse')).toBe(true);
    expect(valueOf('Første kontakt efter dødsfald (uger)')).toBe(6);
    expect(() => call('fhbSaveSettings', { ...view.settings, ...privacy, bereavedDelayWeeks: 27 })).toThrow(/første kontakt efter dødsfald \(uger\): må højst være 26/);
  });

  test('a bad value is refused and the sheet is unchanged', () => {
    const view = call<SettingsView>('fhbGetSettings');
    const before = wholeSheet(w.rt, 'Indstillinger');
    expect(() => call('fhbSaveSettings', { ...view.settings, letterLeadWeeks: 99 })).toThrow(/uger fra brev til besøg/);
    expect(() => call('fhbSaveSettings', { ...view.settings, profile: 'Atlantis' })).toThrow(/profil/);
    expect(wholeSheet(w.rt, 'Indstillinger')).toEqual(before);
  });
});

test('fhbOpenSidebar shows the built page as a sidebar', () => {
  w.bundle.run('fhbOpenSidebar');
  const panel = w.rt.ui.sidebars[0];
  expect(panel.title).toBe('Forebyggende hjemmebesøg');
  expect(panel.html).toContain('id="pane-citizen"');
  expect(panel.html).toContain('data-pane="citizen"');
});
