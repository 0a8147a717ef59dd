/**
 * The chair-stand reading against its source. The table below is typed from the source as the issue and
 * SPEC §3 quote it (Rikli & Jones 1999, 25th-75th percentile, stands in 30 s), not read from the shipped
 * data, so a typo in either fails. Every band's edges: both ends of the age band (a birthday on the test
 * day) and the counts around both ends of the range, for both sexes.
 */
import { dayFromYmd, addDays } from '../../../src/core/day';
import { CHAIR_STAND_NORMS, chairStandReading, parseSex, readChairStand } from '../../../src/core/visit-record';

// [from, to, men 25th, men 75th, women 25th, women 75th]: Rikli & Jones (1999), as quoted in issue 24 item 3.
const SOURCE: [number, number, number, number, number, number][] = [
  [60, 64, 14, 19, 12, 17],
  [65, 69, 12, 18, 11, 16],
  [70, 74, 12, 17, 10, 15],
  [75, 79, 11, 17, 10, 15],
  [80, 84, 10, 15, 9, 14],
  [85, 89, 8, 14, 8, 13],
  [90, 94, 7, 12, 4, 11],
];

const birth = dayFromYmd(1940, 6, 15);
/** The test day on which a citizen born 15-06-1940 has just turned `age` (the birthday itself). */
const onBirthday = (age: number) => dayFromYmd(1940 + age, 6, 15);

const cases = SOURCE.flatMap(([from, to, m25, m75, k25, k75]) =>
  (['M', 'K'] as const).flatMap((sex) => {
    const [low, high] = sex === 'M' ? [m25, m75] : [k25, k75];
    const word = sex === 'M' ? 'mænd' : 'kvinder';
    return [from, to].flatMap((age) => [
      { age, sex, count: low - 1, level: 'under normalområdet', low, high, word, from, to },
      { age, sex, count: low, level: 'inden for normalområdet', low, high, word, from, to },
      { age, sex, count: high, level: 'inden for normalområdet', low, high, word, from, to },
      { age, sex, count: high + 1, level: 'over normalområdet', low, high, word, from, to },
    ]);
  }),
);

describe('norms at every band edge, both sexes (Rikli & Jones 1999)', () => {
  test.each(cases)('$sex $age år, $count rejsninger: $level ($low–$high)', ({ age, sex, count, level, low, high, word, from, to }) => {
    const r = chairStandReading({ count, birth, sex, testDay: onBirthday(age) });
    expect(r.age).toBe(age);
    expect(r.text).toContain(`${level} (${low}–${high} for ${word} ${from}–${to} år)`);
    expect(r.text).toContain('Norm: Rikli & Jones (1999)');
    expect(r.normSet).toBe('Rikli & Jones (1999)');
  });

  test('the shipped table has exactly the source rows, and names its source', () => {
    expect(CHAIR_STAND_NORMS.bands.map((b) => [b.from, b.to, ...b.M, ...b.K])).toEqual(SOURCE);
    expect(CHAIR_STAND_NORMS.source).toMatch(/Rikli.*Jones.*1999/);
  });
});

describe('age: whole years on the test day, not the calendar-year age', () => {
  test('the day before the 60th birthday is 59: outside the norms, a message and no reading', () => {
    const out = readChairStand({ count: 12, birth, sex: 'K', testDay: addDays(onBirthday(60), -1) });
    expect(out).toEqual({ error: expect.stringContaining('borgeren er 59 år på testdagen') });
  });
  test('in December of the year a citizen turns 75 but before the birthday, the band is 70–74', () => {
    const r = chairStandReading({ count: 12, birth: dayFromYmd(1950, 12, 20), sex: 'M', testDay: dayFromYmd(2025, 12, 19) });
    expect(r.age).toBe(74);
    expect(r.text).toContain('(12–17 for mænd 70–74 år)');
  });
  test('on the 95th birthday the norms end', () => {
    expect(readChairStand({ count: 8, birth, sex: 'M', testDay: onBirthday(95) })).toEqual({ error: expect.stringContaining('95 år') });
    expect(chairStandReading({ count: 8, birth, sex: 'M', testDay: addDays(onBirthday(95), -1) }).age).toBe(94);
  });
  test.each([
    // Born 29 February 1944: in a common year the birthday counts as 1 March (Danish practice, day.ts ageOn).
    [dayFromYmd(2019, 2, 28), 74, '70–74'],
    [dayFromYmd(2019, 3, 1), 75, '75–79'],
    // In a leap year the birthday is 29 February itself.
    [dayFromYmd(2024, 2, 28), 79, '75–79'],
    [dayFromYmd(2024, 2, 29), 80, '80–84'],
  ])('29 February birth, test %s: %i years (%s)', (testDay, age, band) => {
    const r = chairStandReading({ count: 11, birth: dayFromYmd(1944, 2, 29), sex: 'K', testDay });
    expect(r.age).toBe(age);
    expect(r.text).toContain(`kvinder ${band} år`);
  });
  test('a test day before the birth is refused', () => {
    expect(readChairStand({ count: 8, birth, sex: 'M', testDay: addDays(birth, -1) })).toEqual({ error: expect.stringContaining('før fødselsdatoen') });
  });
});

describe('sex: Køn, or the CPR number\'s last digit (odd = mand)', () => {
  test.each([
    ['mand', 'M'], ['Mand', 'M'], ['M', 'M'], ['m', 'M'], ['kvinde', 'K'], ['K', 'K'], [' KVINDE ', 'K'],
    ['150640-1231', 'M'], ['150640-1232', 'K'], ['1506401239', 'M'],
    // A century digit of 4 or 9 (born 2000s or 1900s): only the last digit tells the sex.
    ['010136-4003', 'M'], ['010160-9008', 'K'],
    // A CPR number that lost its leading zero in a number cell.
    [105401237, 'M'],
  ])('%s gives %s', (value, sex) => {
    expect(parseSex(value, 'køn')).toBe(sex);
  });
  test.each(['x', 'han', 'ukendt', '2', 'M/K'])('%s is no sex: a Danish message, never a guess', (value) => {
    expect(() => parseSex(value, 'køn')).toThrow(/køn: «.*» er hverken mand eller kvinde/);
  });
  test('no sex gives a message', () => {
    expect(readChairStand({ count: 12, birth, sex: undefined, testDay: onBirthday(70) })).toEqual({ error: expect.stringMatching(/^køn mangler/) });
  });
});

describe('count: a whole number 0 to 60', () => {
  test.each([0, '0', 60, ' 7 '])('%p is read', (count) => {
    expect(chairStandReading({ count, birth, sex: 'M', testDay: onBirthday(80) }).count).toBe(Number(count));
  });
  test.each([-1, 61, 12.5, '12,5', '12.5', 'tolv', true, '1e1'])('%p is refused with a message naming 0 to 60', (count) => {
    expect(readChairStand({ count, birth, sex: 'M', testDay: onBirthday(80) })).toEqual({ error: expect.stringContaining('ikke et helt tal fra 0 til 60') });
  });
});

describe('Sundhedsstyrelsen\'s additions and the change since the previous test', () => {
  test.each([
    [0, true, false], [5, true, false], [6, true, true], [7, true, true], [8, false, true], [9, false, false],
  ])('%i stands: mobility risk %s, gait-speed test %s', (count, risk, gait) => {
    // A woman of 92: the norm range 4–11 holds all of these but 0, so the additions stand apart from it.
    const r = chairStandReading({ count, birth, sex: 'K', testDay: onBirthday(92) });
    expect(r.text.includes('færre end 8: øget risiko for tab af mobilitet')).toBe(risk);
    expect(r.text.includes('suppler med en ganghastighedstest')).toBe(gait);
  });
  test('the change since the previous test, either way', () => {
    const testDay = onBirthday(81);
    const previous = { count: 9, day: dayFromYmd(2020, 5, 1) };
    expect(chairStandReading({ count: 12, birth, sex: 'M', testDay, previous }).text).toContain('3 flere end ved testen 01-05-2020');
    const fewer = chairStandReading({ count: 7, birth, sex: 'M', testDay, previous });
    expect(fewer.change).toEqual({ by: -2, since: previous.day });
    expect(fewer.text).toContain('2 færre end ved testen 01-05-2020');
    expect(chairStandReading({ count: 9, birth, sex: 'M', testDay, previous }).text).toContain('Samme antal som ved testen 01-05-2020');
    expect(chairStandReading({ count: 9, birth, sex: 'M', testDay }).change).toBeUndefined();
  });
});
