import { ActionRequest, CitizenRequest, SettingsPatch } from '../../../src/core/sidebar/protocol';
import { parseRequest } from '../../../src/core/sidebar/validate';

const ok = { row: 5, key: 'abc', action: 'invited', date: '2025-03-05' };

describe('requests are validated and refused in Danish, naming the field', () => {
  test('a good request passes through', () => {
    expect(parseRequest(ActionRequest, ok)).toEqual(ok);
  });

  test.each([
    [{ ...ok, date: '05-03-2025' }, /dato: skal være en dato som åååå-mm-dd/],
    [{ ...ok, row: 1 }, /række: skal være en række under overskrifterne/],
    [{ ...ok, action: 'slet alt' }, /handling:/],
    [{ ...ok, action: 'booked' }, /klokkeslæt: mangler/],
    [{ ...ok, action: 'booked', time: '25:00' }, /klokkeslæt: skal være et klokkeslæt som tt:mm/],
    [{ ...ok, key: '' }, /borger: mangler/],
    ['ikke et objekt', /^Intet er ændret: /],
  ])('%j is refused', (input, message) => {
    expect(() => parseRequest(ActionRequest, input)).toThrow(message);
  });

  test('the row to show must be a data row', () => {
    expect(() => parseRequest(CitizenRequest, { row: 0 })).toThrow(/række/);
    expect(parseRequest(CitizenRequest, { row: 2 })).toEqual({ row: 2 });
  });

  test('settings: a bad number of weeks is refused with the field’s Danish name', () => {
    const form = {
      profile: 'glostrup-2025', municipality: '', department: '', address: '', postcodeCity: '', phone: '', phoneHours: '',
      email: '', signature: '', consultants: [], letterLeadWeeks: 30, mergeMode: 'combined', pdf: false,
    };
    expect(() => parseRequest(SettingsPatch, form)).toThrow(/uger fra brev til besøg: må højst være 26/);
    expect(() => parseRequest(SettingsPatch, { ...form, letterLeadWeeks: null })).toThrow(/uger fra brev til besøg/);
  });
});
