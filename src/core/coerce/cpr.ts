import { Day, dayFromYmd, isValidYmd } from '../day';

/**
 * A Danish CPR number: `ddmmåå-ssss` or `ddmmååssss`. The century comes from the 7th digit
 * (CPR-kontoret's table, reproduced in `centuryOf`). The modulus-11 check is deliberately not applied:
 * numbers without it have been issued since 2007, so a failing check proves nothing.
 */
const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

export function looksLikeCpr(text: string): boolean {
  return CPR_PATTERN.test(text.trim());
}

/**
 * The century of a CPR number's birth year, from the 7th digit and the two-digit year:
 *
 * | 7th digit | 00–36 | 37–57 | 58–99 |
 * |-----------|-------|-------|-------|
 * | 0–3       | 1900  | 1900  | 1900  |
 * | 4, 9      | 2000  | 1900  | 1900  |
 * | 5–8       | 2000  | 1800  | 1800  |
 */
export function centuryOf(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** The birth day of a CPR number, or undefined when it is not one (wrong shape or impossible date). */
export function birthDayFromCpr(text: string): Day | undefined {
  const m = CPR_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const dd = Number(m[1]);
  const mm = Number(m[2]);
  const yy = Number(m[3]);
  const year = centuryOf(Number(m[4]), yy) + yy;
  return isValidYmd(year, mm, dd) ? dayFromYmd(year, mm, dd) : undefined;
}

/**
 * Every shape a CPR number takes in a cell or a message: ten digits, or six and four apart by a hyphen, a
 * dash (– —), a space or a non-breaking space; nine digits, a number cell that lost its leading zero; glued
 * to letters (`x0101501234`); impossible dates too (they are still somebody's number, or a typo of one).
 * Not inside a longer run of digits.
 */
const CPR_ANYWHERE = /(?<!\d)(\d{5,6})[-\u2010-\u2015\u2212 \u00a0\t]?\d{4,}(?!\d)/g;

/**
 * `ddmmåå-xxxx`: the form shown in the sidebar, in error messages, in FEJL: cells and in files, never the
 * full number. The one masker for every output (issue 15).
 */
export function maskCpr(text: string): string {
  return text.replace(CPR_ANYWHERE, '$1-xxxx');
}
