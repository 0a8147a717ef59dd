/**
 * The sheet functions' contract (SPEC section 3) at the module level: ranges and broadcasting, empty rows,
 * FEJL rows, single-call errors, and a fuzz of whatever a cell can hold. The same contract is checked on the
 * built bundle in test/integration/sheetfns.
 */
import { callContext, fhbAge, fhbBirthdate, fhbOffer, fhbPlan, fhbReason, fhbStatus, fhbTurns, PLAN_COLUMNS } from '../../../src/sheetfns/functions';
import { mulberry32 } from '../../../src/core/random';
import { parseRecord } from '../../../src/core/status/records';

const ctx = callContext('UTC', () => new Date(Date.UTC(2025, 2, 1, 12)));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const col = (...values: unknown[]) => values.map((v) => [v]);

describe('FHB_PLAN: one call, one row per input row, 7 columns', () => {
  test('a single call returns one row of 7 cells with Date bounds', () => {
    const [row] = fhbPlan(ctx, ['12-05-1945', '', '2025-03-01', '', '', '', '', 'glostrup-2025']);
    expect(row).toHaveLength(PLAN_COLUMNS.length);
    expect(row[0]).toBe('ALDER_80');
    expect(row[4]).toEqual(utc(2025, 1, 1));
    expect(row[5]).toEqual(utc(2025, 12, 31));
    expect(row[6]).toBe('SEL § 79 a, stk. 2');
  });

  test('ranges broadcast with single values; empty birth dates give empty rows', () => {
    const out = fhbPlan(ctx, [col('1945-05-12', '', '1955-01-01', ''), col(false, false, 'x', ''), utc(2025, 3, 1), '', '', '', '', 'Glostrup']);
    expect(out.map((r) => r[0])).toEqual(['ALDER_80', '', 'ALENE_70', '']);
    expect(out[1]).toEqual(['', '', '', '', '', '', '']);
  });

  test('a bad row gets FEJL and the others are computed', () => {
    const out = fhbPlan(ctx, [col('1945-05-12', '31-02-1950', '2026-01-01', '1950-01-01'), '', '2025-03-01', '', '', col('', '', '', 'måske'), '', '']);
    expect(out[0][0]).toBe('ALDER_80');
    expect(out[1][0]).toMatch(/^FEJL: fødselsdato: «31-02-1950» er ikke en gyldig dato/);
    expect(out[2][0]).toMatch(/^FEJL: fødselsdato: 01-01-2026 ligger efter referencedatoen 01-03-2025/);
    expect(out[3][0]).toMatch(/^FEJL: særlig risiko: «måske» er hverken ja eller nej/);
    expect(out[1].slice(1)).toEqual(['', '', '', '', '', '']);
  });

  test('an unknown profile in a range call marks every row, naming the valid ones', () => {
    const out = fhbPlan(ctx, [col('1945-05-12', '1950-01-01'), '', '2025-03-01', '', '', '', '', 'Aarhus']);
    out.forEach((r) => expect(r[0]).toMatch(/^FEJL: profil: «Aarhus» er ikke en kendt profil\. Gyldige profiler: glostrup-2025/));
  });

  test('a single call throws the Danish message', () => {
    expect(() => fhbPlan(ctx, ['31-02-1950', '', '2025-03-01'])).toThrow(/^fødselsdato: «31-02-1950» er ikke en gyldig dato/);
    expect(() => fhbPlan(ctx, ['1945-05-12', '', '2025-03-01', '', '', '', '', 'x'])).toThrow(/Gyldige profiler/);
  });

  test('ranges of different lengths are a clear error for the whole call', () => {
    expect(() => fhbPlan(ctx, [col('1945-05-12', '1950-01-01', '1950-01-01'), col('', ''), '2025-03-01'])).toThrow(
      'Områderne har forskellig længde: fødselsdato har 3 rækker, men bor alene har 2. Brug lige lange områder, fx F2:F og G2:G.',
    );
  });

  test('a range several columns wide is refused', () => {
    expect(() => fhbPlan(ctx, [[['1945-05-12', 'x']], '', '2025-03-01'])).toThrow(/én kolonne/);
  });

  test('several offers: most urgent first, joined with +', () => {
    const [row] = fhbPlan(ctx, ['1945-05-12', '', '2025-03-01', '2025-02-01', '', '', '', 'glostrup-2025']);
    expect(row[0]).toBe('EFTERLADT+ALDER_80');
    expect(row[1]).toBe('Sorgstøttesamtale + Seniorsamtale i eget hjem med fast dato og tid');
    expect([row[4], row[5]]).toEqual([utc(2025, 3, 15), utc(2025, 3, 29)]);
  });

  test('exempt and nothing', () => {
    expect(fhbPlan(ctx, ['1940-01-01', '', '2025-03-01', '', '', '', 'plejebolig', 'glostrup-2025'])[0]).toEqual(
      ['UNDTAGET', 'Undtaget: Bor på ældrecenter eller institution', '', '', '', '', 'Glostrup Kommunes kvalitetsstandard 2025; SEL § 79 a, stk. 6'],
    );
    expect(fhbPlan(ctx, ['1952-01-01', '', '2025-03-01'])[0].slice(0, 2)).toEqual(['INGEN', 'Intet tilbud i 2025']);
  });

  test('an empty reference date means today (the clock of the call)', () => {
    expect(fhbPlan(ctx, ['1945-05-12', '', ''])[0][0]).toBe('ALDER_80');
  });
});

describe('the other functions follow the same conventions', () => {
  test('FHB_OFFER and FHB_REASON: a bare value for one call, a column for a range', () => {
    expect(fhbOffer(ctx, ['1950-06-01', '', '2025-03-01', '', '', '', '', 'ballerup'])).toBe('Fællesarrangement på Ballerup Rådhus');
    expect(fhbOffer(ctx, [col('1950-06-01', ''), '', '2025-03-01'])).toEqual([['Forebyggende hjemmebesøg'], ['']]);
    expect(fhbReason(ctx, ['1944-01-01', '', '2025-03-01', '', '', 'ja', '', 'ballerup'])).toMatch(/Vurder borgeren særskilt/);
  });

  test('FHB_AGE, FHB_TURNS, FHB_BIRTHDATE', () => {
    expect(fhbAge(ctx, [col('29-02-1944', '01-03-1944'), '2025-02-28'])).toEqual([[80], [80]]);
    expect(fhbTurns(ctx, ['31-12-1955', '2025-01-01'])).toBe(70);
    expect(fhbBirthdate(ctx, ['010136-4123'])).toEqual(utc(2036, 1, 1));
    expect(fhbBirthdate(ctx, [col(101501234, 'nej')])).toEqual([[utc(1950, 1, 1)], [expect.stringMatching(/^FEJL: cpr/)]]);
  });

  test.each([
    // [code, from, to, invited, visit, done, declined, status]
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), '', '', '', '', 'Skal inviteres'],
    ['EFTERLADT', utc(2025, 4, 1), utc(2025, 4, 15), '', '', '', '', 'Kommende'],
    ['EFTERLADT', utc(2025, 1, 10), utc(2025, 1, 24), '', '', '', '', 'Overskredet'],
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), utc(2025, 2, 1), '', '', '', 'Inviteret'],
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), utc(2024, 12, 1), '', '', '', 'Skal inviteres'], // December 2024 is 2024's record (issue 11)
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), '01-12-2024 (for 2025)', '', '', '', 'Inviteret'], // sent in December for January, says so
    ['ALDER_82', utc(2025, 1, 1), utc(2025, 12, 31), utc(2024, 3, 1), '', '', '', 'Skal inviteres'], // last year's letter
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), true, '12-03-2025 10:00', '', '', 'Besøg aftalt'],
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), 'x', '12-03-2025 kl. 10.00', '15-03-2025', '', 'Gennemført'],
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), 'x', '', '', 'ja', 'Frabedt'],
    ['ALDER_80', utc(2025, 1, 1), utc(2025, 12, 31), 'nej', '', '', '', 'Skal inviteres'],
    ['UNDTAGET', '', '', '', '', '', '', 'Undtaget'],
    ['INGEN', '', '', '', '', '', '', 'Ikke aktuel'],
  ])('FHB_STATUS %s %p … → %s', (code, from, to, invited, visit, done, declined, status) => {
    expect(fhbStatus(ctx, [code, from, to, invited, visit, done, declined, '2025-03-01'])).toBe(status);
  });
});

describe('fuzz: whatever a cell can hold', () => {
  const random = mulberry32(42);
  const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
  const cells: unknown[] = [
    '', ' ', null, undefined, 0, 1, -1, 2.5, 1e12, NaN, Infinity, true, false, 'ja', 'nej', 'x', 'SAND', 'FALSK',
    '#N/A', '#REF!', '#VALUE!', '#ERROR!', 'plejebolig', '<script>', '31-02-1950', '1950-13-01', '12-05-1945', '120545-1234',
    '0101504000', 'æøå', 'a'.repeat(10_000), utc(1945, 5, 12), utc(2030, 1, 1), new Date(NaN), [], [[]], {},
  ];

  const scalars = cells.filter((c) => !Array.isArray(c));

  test('a range call never fails as a whole: every row is a result or FEJL', () => {
    for (let round = 0; round < 300; round++) {
      const rows = 1 + Math.floor(random() * 20);
      const args = Array.from({ length: 8 }, (_, i) =>
        random() < 0.5 || i === 0 ? Array.from({ length: rows }, () => [pick(cells)]) : pick(scalars),
      );
      const out = fhbPlan(ctx, args);
      expect(out).toHaveLength(rows);
      for (const row of out) {
        expect(row).toHaveLength(7);
        expect(typeof row[0]).toBe('string');
        expect(row[0]).toMatch(/^(|FEJL: .+|INGEN|UNDTAGET|[A-Z_0-9]+(\+[A-Z_0-9]+)*)$/);
        expect(String(row[0])).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });

  test('a single call returns a row or throws an Error with a Danish message', () => {
    for (let round = 0; round < 300; round++) {
      const args = Array.from({ length: 8 }, () => pick(scalars));
      try {
        const out = fhbPlan(ctx, args);
        expect(out).toHaveLength(1);
      } catch (e) {
        expect(e).toBeInstanceOf(Error);
        expect((e as Error).message).toMatch(/[a-zæøå]+: |Områderne|profil/);
        expect((e as Error).message).not.toMatch(/undefined|\[object/);
      }
    }
  });

  test('ragged ranges are the one whole-call error, and it says which arguments differ', () => {
    for (let round = 0; round < 50; round++) {
      const a = 1 + Math.floor(random() * 30);
      const b = a + 1 + Math.floor(random() * 5);
      const args: unknown[] = ['', '', '2025-03-01', '', '', '', '', ''];
      args[0] = Array.from({ length: a }, () => [pick(scalars)]);
      const other = 1 + Math.floor(random() * 7);
      args[other] = Array.from({ length: b }, () => [pick(scalars)]);
      expect(() => fhbPlan(ctx, args)).toThrow(new RegExp(`fødselsdato har ${a} rækker, men .+ har ${b}`));
    }
  });

  test('huge ranges: 50,000 rows in one call', () => {
    const rows = 50_000;
    const out = fhbPlan(ctx, [Array.from({ length: rows }, (_, i) => [i % 3 === 0 ? '' : utc(1940 + (i % 30), 1 + (i % 12), 1 + (i % 28))]), '', '2025-03-01', '', '', '', '', 'glostrup-2025']);
    expect(out).toHaveLength(rows);
    expect(out.filter((r) => r[0] === '').length).toBe(Math.ceil(rows / 3));
  });
});

describe('record cells: a date, a date and time, yes/no, or a note (which counts as yes)', () => {
  const toDay = (d: Date) => Math.floor(d.getTime() / 86_400_000) as never;
  test.each([
    ['12-03-2025', { day: 20159 }],
    ['12-03-2025 10:00', { day: 20159, minute: 600 }],
    ['12-03-2025 kl. 10.00', { day: 20159, minute: 600 }],
    ['2025-03-12T10:00', { day: 20159, minute: 600 }],
    ['Takket nej i telefonen', { yes: true }], // once split on its capital T and refused as a date
    ['Tirsdag', { yes: true }],
    ['x', { yes: true }],
    [true, { yes: true }],
    [1, { yes: true }],
    ['nej', undefined],
    [false, undefined],
    [0, undefined],
    ['', undefined],
  ])('%p → %p', (cell, expected) => {
    expect(parseRecord(cell, 'frabedt', toDay)).toEqual(expected);
  });

  test('FHB_STATUS reads a declined note as declined', () => {
    expect(fhbStatus(ctx, ['ALDER_82', utc(2025, 1, 1), utc(2025, 12, 31), '', '', '', 'Takket nej', '2025-03-01'])).toBe('Frabedt');
  });
});
