import { buildCitizenView, citizenKey, rowVersion } from '../../../src/core/sidebar/citizen-view';
import { day, row, toDay, utc } from './fixtures';

const TODAY = day(2025, 3, 1);
const ctx = (settingsCells: unknown[] = [utc(2025, 3, 1), 'glostrup-2025']) => ({
  today: TODAY, settingsCells, consultants: ['Anne', 'Bo'], toDay,
});

describe('the citizen the sidebar shows', () => {
  test('an 80-year-old under Glostrup 2025 is due for the ALDER_80 offer, window the whole planning year (SPEC §2-3)', () => {
    const view = buildCitizenView(row({ Navn: 'Karen Testesen', 'Fødselsdato': utc(1945, 5, 10) }), ctx());
    expect(view.plan?.code).toBe('ALDER_80');
    expect(view.plan?.offers[0]).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(view.plan?.offers[0].legalBasis).toMatch(/79 a/);
    expect(view.turns).toBe(80);
    expect(view.age).toBe(79);
    expect(view.status?.label).toBe('Skal inviteres');
    expect(view.asOf).toBe('2025-03-01');
  });

  test('a date in Inviteret makes the status Inviteret; a visit Besøg aftalt', () => {
    const invited = buildCitizenView(row({ 'Fødselsdato': utc(1945, 5, 10), Inviteret: utc(2025, 2, 20) }), ctx());
    expect(invited.status?.id).toBe('invited');
    const booked = buildCitizenView(row({ 'Fødselsdato': utc(1945, 5, 10), Inviteret: utc(2025, 2, 20), 'Besøg': '12-03-2025 10:00' }), ctx());
    expect(booked.status?.id).toBe('booked');
    expect(booked.records.find((r) => r.key === 'visit')?.value).toBe('12-03-2025 10:00');
  });

  test('the profile and reference date come from Indstillinger!B2:B3: a different year gives a different plan', () => {
    const born = row({ 'Fødselsdato': utc(1945, 5, 10) });
    expect(buildCitizenView(born, ctx([utc(2026, 1, 5), 'glostrup-2025'])).plan?.year).toBe(2026);
    expect(buildCitizenView(born, ctx(['', 'sel-79a'])).asOf).toBe('2025-03-01');
  });

  test('the CPR number is masked and its birth date used when Fødselsdato is empty', () => {
    const view = buildCitizenView(row({ Navn: 'Ib Prøve', CPR: '100545-1234' }), ctx());
    expect(view.cprMasked).toBe('100545-xxxx');
    expect(JSON.stringify(view)).not.toContain('1234');
    expect(view.birth).toBe('1945-05-10');
  });

  test('a CPR number anywhere in the shown cells is masked too', () => {
    const view = buildCitizenView(row({ Navn: 'Ib 100545-1234', 'Fødselsdato': '100545-1234' }), ctx());
    expect(JSON.stringify(view)).not.toContain('1234');
    expect(view.cprMasked).toBe('100545-xxxx');
  });

  test('hostile text is passed on as it is: the server escapes nothing, the sidebar shows text as text', () => {
    const name = '<img src=x onerror=alert(1)>';
    const view = buildCitizenView(row({ Navn: name, 'Fødselsdato': utc(1945, 5, 10) }), ctx());
    expect(view.name).toBe(name);
  });

  test('a row the rules cannot read gives a Danish problem naming the field, and no plan', () => {
    const view = buildCitizenView(row({ Navn: 'Fejl Person', 'Fødselsdato': '31-02-1945' }), ctx());
    expect(view.plan).toBeUndefined();
    expect(view.status).toBeUndefined();
    expect(view.problem).toMatch(/^fødselsdato: «31-02-1945»/);
  });

  test('an unknown profile in B3 is a problem with the valid names, not a crash', () => {
    const view = buildCitizenView(row({ 'Fødselsdato': utc(1945, 5, 10) }), ctx([utc(2025, 3, 1), 'Atlantis']));
    expect(view.problem).toMatch(/profil: «Atlantis».*glostrup-2025/);
  });

  test('records show the team’s own header names and say when a column is missing', () => {
    const data = row({ 'Fødselsdato': utc(1945, 5, 10) });
    const noCalls = { ...data, headers: data.headers.map((h) => (h === 'Opkald' ? 'Noget andet' : h)) };
    noCalls.columns = { ...data.columns, calls: undefined };
    const view = buildCitizenView(noCalls, ctx());
    expect(view.records.find((r) => r.key === 'calls')).toMatchObject({ header: 'Opkald', present: false });
    expect(view.consultants).toEqual(['Anne', 'Bo']);
  });
});

describe('keys', () => {
  const base = row({ Navn: 'Karen Testesen', 'Fødselsdato': utc(1945, 5, 10) });
  test('the citizen key ignores the team’s records but the version does not', () => {
    const after = row({ Navn: 'Karen Testesen', 'Fødselsdato': utc(1945, 5, 10), Inviteret: utc(2025, 3, 1) });
    expect(citizenKey(after)).toBe(citizenKey(base));
    expect(rowVersion(after.values, [])).not.toBe(rowVersion(base.values, []));
  });
  test('another citizen on the row changes the key', () => {
    expect(citizenKey(row({ Navn: 'Bent Testesen', 'Fødselsdato': utc(1945, 5, 10) }))).not.toBe(citizenKey(base));
  });
  test('a new reference date or profile changes the version', () => {
    expect(rowVersion(base.values, [utc(2025, 3, 1), 'ballerup'])).not.toBe(rowVersion(base.values, [utc(2025, 3, 1), 'glostrup-2025']));
    expect(rowVersion(base.values, [utc(2025, 3, 2), 'ballerup'])).not.toBe(rowVersion(base.values, [utc(2025, 3, 1), 'ballerup']));
  });
});
