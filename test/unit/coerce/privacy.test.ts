import { maskCpr } from '../../../src/core/coerce/cpr';
import { InputError, describeValue } from '../../../src/core/coerce/errors';
import { parseDay } from '../../../src/core/coerce/values';
import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';

/** Issue 15: every shape of a CPR number is masked, wherever a cell's text can travel. */
describe('maskCpr', () => {
  it.each([
    ['0101501234', '010150-xxxx'],
    ['010150-1234', '010150-xxxx'],
    ['010150 1234', '010150-xxxx'],
    ['010150\u20131234', '010150-xxxx'], // en dash
    ['010150\u20141234', '010150-xxxx'], // em dash
    ['010150\u00a01234', '010150-xxxx'], // non-breaking space
    ['101501234', '10150-xxxx'], // a number cell that lost its leading zero
    ['x0101501234', 'x010150-xxxx'],
    ['CPR:0101501234.', 'CPR:010150-xxxx.'],
    ['3201501234', '320150-xxxx'], // an impossible date is still masked
    ['01015012345', '010150-xxxx'], // a digit too many
    ['Anna 010150-1234 og Bent 020250-4321', 'Anna 010150-xxxx og Bent 020250-xxxx'],
  ])('%p → %p', (text, masked) => expect(maskCpr(text)).toBe(masked));

  it.each([['12-03-2025'], ['Tlf. 11 22 33 44'], ['2600 Glostrup'], ['12345678'], ['Rådhusvej 12, 1234 By']])('leaves %p as it is', (text) => {
    expect(maskCpr(text)).toBe(text);
  });
});

describe('messages never carry a whole CPR number', () => {
  it.each([['010150 1234'], ['010150\u20131234'], ['x0101501234'], ['3201501234'], [101501234], [3201501234]])('describeValue(%p)', (value) => {
    expect(describeValue(value)).not.toMatch(/\d{5,6}[-\u2013 ]?\d{4}/);
  });

  it('an InputError masks whatever its message quotes', () => {
    expect(new InputError('Navn: «Anna x0101501234» er for langt').message).toBe('Navn: «Anna x010150-xxxx» er for langt');
  });

  it.each([['fødselsdato', 'x0101501234'], ['fødselsdato', '3201501234'], ['fødselsdato', '010150 1234']])('parseDay(%p, %p) refuses without the number', (field, value) => {
    const utc = (d: Date) => dayFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    expect(() => parseDay(value, field, utc)).toThrow(InputError);
    try {
      parseDay(value, field, utc);
    } catch (e) {
      expect((e as Error).message).not.toMatch(/\d{6}[-\u2013 ]?\d{4}|\d{9}/);
    }
  });
});

describe('extreme and zoned dates in messages', () => {
  const cph = makeZone('Europe/Copenhagen');

  it.each([
    ['year 275760', new Date(Date.UTC(275760, 8, 12))],
    ['a negative year', new Date(Date.UTC(-5, 0, 1))],
    ['year 1700', new Date(Date.UTC(1700, 0, 1))],
  ])('%s: a Danish error, never NaN', (_label, date) => {
    expect(() => parseDay(date, 'fødselsdato', cph.toDay)).toThrow(/^fødselsdato: .* ligger uden for årene 1800–9999\. Ret årstallet\.$/);
    try {
      parseDay(date, 'fødselsdato', cph.toDay);
    } catch (e) {
      expect((e as Error).message).not.toContain('NaN');
    }
  });

  it('a Date cell is described as the day the sheet shows, not the UTC day before', () => {
    const newYear = cph.toDate(dayFromYmd(2025, 1, 1)); // 2024-12-31T23:00Z
    expect(describeValue(newYear, cph.toDay)).toBe('01-01-2025');
    expect(describeValue(newYear)).toBe('01-01-2025');
  });
});
