/**
 * FHB_STOLETEST (SPEC §3) under the pinned conventions of the other FHB functions: ranges of equal height
 * give a column, single values broadcast, an empty count gives an empty cell, a bad row gets `FEJL: …`
 * and the others are still read, a single bad call throws its Danish message, dato empty = today.
 */
import { callContext, fhbChairStand } from '../../../src/sheetfns/functions';

const ctx = callContext('Europe/Copenhagen', () => new Date(Date.UTC(2025, 2, 1, 12)));
/** Midnight in Copenhagen, as Sheets hands a date cell to a custom function. */
const cph = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d) - 3_600_000);
const col = (...values: unknown[]) => values.map((v) => [v]);

describe('FHB_STOLETEST', () => {
  test('a single call gives the reading; køn as word, letter or CPR number; dato empty = today (01-03-2025)', () => {
    expect(fhbChairStand(ctx, [12, '15-06-1947', 'kvinde', ''])).toBe(
      '12 rejsninger: inden for normalområdet (10–15 for kvinder 75–79 år). Norm: Rikli & Jones (1999).',
    );
    // Date cells at midnight in the sheet's zone: 77 years on 01-03-2025.
    expect(fhbChairStand(ctx, [9, cph(1947, 6, 15), 'M', cph(2025, 3, 1)])).toMatch(/^9 rejsninger: under normalområdet \(11–17 for mænd 75–79 år\)/);
    expect(fhbChairStand(ctx, [9, '15-06-1947', '150647-1233', ''])).toContain('for mænd 75–79 år');
    // No køn: a CPR number given as the birth date tells it.
    expect(fhbChairStand(ctx, [9, '150647-1234', '', ''])).toContain('for kvinder 75–79 år');
  });

  test('ranges of equal height give a column; empty counts give empty cells; bad rows FEJL, the rest read', () => {
    const out = fhbChairStand(ctx, [
      col(12, '', 7, 'tolv', 10, 10, 8),
      col('15-06-1947', '15-06-1947', '15-06-1930', '15-06-1947', '15-06-1970', '15-06-1947', '15-06-1947'),
      col('K', 'K', 'K', 'K', 'K', '', 'hun'),
      cph(2025, 3, 1),
    ]) as string[][];
    expect(out).toHaveLength(7);
    expect(out.every((r) => r.length === 1)).toBe(true);
    expect(out[0][0]).toContain('inden for normalområdet (10–15 for kvinder 75–79 år)');
    expect(out[1][0]).toBe('');
    expect(out[2][0]).toBe(
      '7 rejsninger: inden for normalområdet (4–11 for kvinder 90–94 år); færre end 8: øget risiko for tab af mobilitet; suppler med en ganghastighedstest (Sundhedsstyrelsen). Norm: Rikli & Jones (1999).',
    );
    expect(out[3][0]).toMatch(/^FEJL: antal: «tolv» er ikke et helt tal fra 0 til 60/);
    expect(out[4][0]).toMatch(/^FEJL: Normerne \(Rikli & Jones \(1999\)\) gælder for 60-94-årige; borgeren er 54 år på testdagen/);
    expect(out[5][0]).toMatch(/^FEJL: køn mangler/);
    expect(out[6][0]).toMatch(/^FEJL: køn: «hun» er hverken mand eller kvinde/);
  });

  test('a test day per row: age in whole years on that day', () => {
    const out = fhbChairStand(ctx, [12, '20-12-1950', 'M', col('19-12-2025', '20-12-2025')]) as string[][];
    expect(out.map((r) => r[0].match(/mænd (\d+–\d+) år/)![1])).toEqual(['70–74', '75–79']);
  });

  test.each([
    [[12, '', 'K', ''], /^fødselsdato mangler/],
    [[61, '15-06-1947', 'K', ''], /^antal: 61 er ikke et helt tal fra 0 til 60/],
    [[12, '15-06-1947', 'x', ''], /^køn: «x» er hverken mand eller kvinde/],
    [[12, '15-06-1947', 'K', '14-06-1940'], /^testdagen 14-06-1940 ligger før fødselsdatoen/],
    [[12, '150647-1234', '', '01-03-2000'], /borgeren er 52 år/],
    // Century digit 5 with year 60: born 1860 by CPR-kontoret's table, so 165 years: said, never guessed.
    [[12, '010160-5001', '', '01-03-2025'], /borgeren er 165 år/],
  ])('a single bad call throws its Danish message: %p', (args, message) => {
    expect(() => fhbChairStand(ctx, args as unknown[])).toThrow(message);
  });

  test('ranges of unequal height are refused as a whole', () => {
    expect(() => fhbChairStand(ctx, [col(1, 2), col('15-06-1947'), 'K', ''])).toThrow(/forskellig længde/);
  });

  test('the same count, age and sex on many rows give the same text (worded once), and a CPR never shows in a message', () => {
    const n = 2000;
    const out = fhbChairStand(ctx, [col(...Array(n).fill(11)), col(...Array(n).fill('15-06-1947')), 'M', '']) as string[][];
    expect(new Set(out.map((r) => r[0]))).toEqual(new Set(['11 rejsninger: inden for normalområdet (11–17 for mænd 75–79 år). Norm: Rikli & Jones (1999).']));
    const bad = fhbChairStand(ctx, [col(12), col('150647-1234'), col('1506471234x'), '']) as string[][];
    expect(bad[0][0]).toMatch(/^FEJL/);
    expect(bad[0][0]).not.toContain('1234');
  });
});
