import { Day, dayFromYmd, toIso } from '../../../src/core/day';
import { InputError } from '../../../src/core/coerce/errors';
import { parseDay, parseExemption, parseYesNo, tryYesNo } from '../../../src/core/coerce/values';

// Dates built in the test's own zone at local midnight; the adapter's job is the zone, here it is local.
const localToDay = (date: Date): Day => dayFromYmd(date.getFullYear(), date.getMonth() + 1, date.getDate());
const iso = (value: unknown) => {
  const day = parseDay(value, 'fødselsdato', localToDay);
  return day === undefined ? undefined : toIso(day);
};

describe('parseDay: how Danes type dates', () => {
  test.each([
    ['24-12-1950', '1950-12-24'],
    ['24.12.1950', '1950-12-24'],
    ['24/12/1950', '1950-12-24'],
    ['1950-12-24', '1950-12-24'],
    ['1-3-1945', '1945-03-01'],
    [' 01.03.1945 ', '1945-03-01'],
    ['29-02-1944', '1944-02-29'],
    ['29-02-2000', '2000-02-29'],
    [new Date(1950, 11, 24), '1950-12-24'],
    [18_621, '1950-12-24'], // a Sheets serial number (days since 30-12-1899)
  ])('%p → %s', (input, expected) => {
    expect(iso(input)).toBe(expected);
  });

  test.each([
    ['31-02-1950', /findes ikke/],
    ['29-02-1900', /findes ikke/], // 1900 is not a leap year
    ['29-02-2023', /findes ikke/],
    ['00-01-1950', /findes ikke/],
    ['24-12-50', /fire cifre/],
    ['december 1950', /er ikke en dato/],
    ['#N/A', /indeholder en fejl \(#N\/A\)/],
    ['#REF!', /indeholder en fejl/],
    [true, /er ikke en dato/],
    [1945, /er ikke en dato/], // a bare year is not a serial date
    [new Date(NaN), /ikke en dato/],
  ])('%p is refused: %p', (input, message) => {
    expect(() => iso(input)).toThrow(InputError);
    expect(() => iso(input)).toThrow(message);
  });

  test('the message names the field and shows the value', () => {
    expect(() => parseDay('31-02-1950', 'ægtefælle død', localToDay)).toThrow(/^ægtefælle død: «31-02-1950»/);
  });

  test.each(['', '   ', null, undefined])('empty %p is no date', (input) => {
    expect(iso(input)).toBeUndefined();
  });
});

describe('CPR numbers as birth dates: century from the 7th digit (CPR-kontoret)', () => {
  test.each([
    ['010150-0123', '1950-01-01'], // 7th digit 0: 1900s
    ['010150-3123', '1950-01-01'], // 3: 1900s
    ['010136-4123', '2036-01-01'], // 4, yy ≤ 36: 2000s
    ['010137-4123', '1937-01-01'], // 4, yy ≥ 37: 1900s
    ['010157-5123', '2057-01-01'], // 5-8, yy ≤ 57: 2000s
    ['010158-5123', '1858-01-01'], // 5-8, yy ≥ 58: 1800s
    ['010199-8123', '1899-01-01'],
    ['010120-9123', '2020-01-01'], // 9, yy ≤ 36: 2000s
    ['010140-9123', '1940-01-01'], // 9, yy ≥ 37: 1900s
    ['0101501234', '1950-01-01'], // without the dash
    ['290244-1234', '1944-02-29'], // leap day
  ])('%s → %s', (cpr, expected) => {
    expect(iso(cpr)).toBe(expected);
  });

  test('a number that fails modulus 11 is accepted (issued since 2007)', () => {
    // 010150-0124: weights 4,3,2,7,6,5,4,3,2,1 give a sum not divisible by 11.
    const digits = '0101500124'.split('').map(Number);
    const sum = digits.reduce((s, v, i) => s + v * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0);
    expect(sum % 11).not.toBe(0);
    expect(iso('010150-0124')).toBe('1950-01-01');
  });

  test('a CPR typed into a number cell lost its leading zero', () => {
    expect(iso(101501234)).toBe('1950-01-01');
  });

  test('an impossible CPR date is refused', () => {
    expect(() => iso('310250-1234')).toThrow(/CPR-nummer/);
  });

  test('an error message never shows the whole CPR number', () => {
    try {
      iso('310250-1234');
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as Error).message).toContain('310250-xxxx');
      expect((e as Error).message).not.toContain('1234');
    }
  });
});

describe('yes and no', () => {
  test.each([
    [true, true], [false, false], ['ja', true], ['Ja', true], ['nej', false], ['J', true], ['n', false],
    ['x', true], ['X', true], ['1', true], ['0', false], [1, true], [0, false], ['SAND', true], ['FALSK', false],
    ['TRUE', true], ['false', false], ['', false], [null, false], [undefined, false], ['  ', false],
  ])('%p → %p', (input, expected) => {
    expect(parseYesNo(input, 'bor alene')).toBe(expected);
  });

  test.each(['måske', 2, 'jaa', '#N/A'])('%p is refused with the field named', (input) => {
    expect(() => parseYesNo(input, 'bor alene')).toThrow(/^bor alene: /);
  });

  test('tryYesNo says undefined for other text', () => {
    expect(tryYesNo('plejebolig')).toBeUndefined();
  });
});

describe('exempt: yes/no or a reason', () => {
  test.each([
    ['', { exempt: false }],
    ['x', { exempt: true }],
    [true, { exempt: true }],
    ['nej', { exempt: false }],
    [' plejebolig ', { exempt: true, reason: 'plejebolig' }],
  ])('%p → %p', (input, expected) => {
    expect(parseExemption(input, 'undtaget')).toEqual(expected);
  });

  test('a number other than 1/0 is refused', () => {
    expect(() => parseExemption(7, 'undtaget')).toThrow(/undtaget/);
  });
});
