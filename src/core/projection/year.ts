import { type Day, firstDayOfYear, yearOf } from '../day';
import { InputError } from '../coerce/errors';
import * as text from './text';

/** How far ahead a projection may look: a council decides one year, a proposal a few. */
export const MAX_YEARS_AHEAD = 10;

/**
 * The reference date a projection plans a year with: the data's own date for its own year (the plan as
 * it stands), else 1 January of that year, so every known event lies before it and every citizen's age
 * is the one the calendar gives them that year. The planner run with this date plans the same year.
 * Throws InputError (Danish) for a year before the data's, or one too far ahead to mean anything; the year
 * is a whole one, as parseYear gives it.
 */
export function projectionDay(referenceAsOf: Day, year: number): Day {
  const from = yearOf(referenceAsOf);
  if (year < from) throw new InputError(text.ERR_YEAR_BEFORE_DATA(year, from));
  if (year > from + MAX_YEARS_AHEAD) throw new InputError(text.ERR_YEAR_TOO_FAR(year, from, MAX_YEARS_AHEAD));
  return year === from ? referenceAsOf : firstDayOfYear(year);
}

/** A year as typed («2027», « 2027 »): the whole number, else a Danish error. */
export function parseYear(typed: unknown): number {
  const value = typeof typed === 'number' ? String(typed) : typeof typed === 'string' ? typed.trim() : '';
  if (!/^\d{4}$/.test(value)) throw new InputError(text.ERR_YEAR_NOT_A_YEAR(String(typed ?? '')));
  return Number(value);
}
