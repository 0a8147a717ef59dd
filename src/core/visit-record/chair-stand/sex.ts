import { looksLikeCpr } from '../../coerce/cpr';
import { InputError, describeValue } from '../../coerce/errors';
import { isEmptyCell } from '../../coerce/values';
import type { Sex } from './norms';

const WORDS: Record<string, Sex> = { mand: 'M', m: 'M', kvinde: 'K', k: 'K' };

/**
 * Sex for the norms: `mand`/`kvinde`/`M`/`K` (any case), or a CPR number, whose last digit is odd for a
 * man (CPR-kontoret's rule). Empty gives undefined; anything else a Danish InputError, never a guess.
 */
export function parseSex(value: unknown, field: string): Sex | undefined {
  if (isEmptyCell(value)) return undefined;
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value).padStart(10, '0') : String(value).trim();
  const word = WORDS[text.toLowerCase()];
  if (word) return word;
  if ((typeof value === 'string' || typeof value === 'number') && looksLikeCpr(text)) return sexOfCpr(text);
  throw new InputError(`${field}: ${describeValue(value)} er hverken mand eller kvinde. Skriv mand, kvinde, M, K eller et CPR-nummer.`);
}

/** The sex a CPR number states: odd last digit = mand. The caller has checked the shape. */
export function sexOfCpr(cpr: string): Sex {
  const last = Number(cpr.trim().slice(-1));
  return last % 2 === 1 ? 'M' : 'K';
}

export const SEX_WORDS: Record<Sex, { singular: string; plural: string }> = {
  M: { singular: 'mand', plural: 'mænd' },
  K: { singular: 'kvinde', plural: 'kvinder' },
};
