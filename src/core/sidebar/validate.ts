import * as z from 'zod/mini';
import { useDanishErrors } from '../zod-danish';
import { InputError } from '../coerce/errors';
import { type Day, dayFromYmd, fromIso, yearOf } from '../day';
import * as text from './text';


/**
 * Parses what the sidebar sent with a request schema; refuses anything else with one Danish message that
 * names each field (in Danish) and what is wrong. The caller has changed nothing yet, so nothing changes.
 */
export function parseRequest<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  useDanishErrors();
  const result = schema.safeParse(input);
  if (result.success) return result.data as z.infer<S>;
  throw new InputError(text.refused(result.error.issues.map(describeIssue)));
}

function describeIssue(issue: { path: PropertyKey[]; message: string }): string {
  const path = issue.path.map((p) => (typeof p === 'number' ? `nr. ${p + 1}` : text.FIELD_NAMES[String(p)] ?? String(p)));
  return path.length ? `${path.join(' ')}: ${issue.message}` : issue.message;
}

/** Refuses with the same wording as a schema would, for checks a schema cannot make (a real day, a known profile). */
export function refuse(problem: string): never {
  throw new InputError(text.refused([problem]));
}

/**
 * A request's day (åååå-mm-dd), refused unless it exists and lies from 1 January last year (a late entry)
 * to today, or with `ahead` (a booking, a follow-up) to the end of next year: a day in 1850 or 2200 is a slip
 * of the keyboard, and would write a record no planning year counts.
 */
export function requestDay(iso: string, field: string, today: Day, ahead = false): Day {
  const day = fromIso(iso);
  if (day === undefined) refuse(text.dayDoesNotExist(field, iso));
  const last = ahead ? dayFromYmd(yearOf(today) + 1, 12, 31) : today;
  if (day > last) refuse(ahead ? text.dayTooFar(field, day, last, false) : text.dayInFuture(field, day, today));
  const first = dayFromYmd(yearOf(today) - 1, 1, 1);
  if (day < first) refuse(text.dayTooFar(field, day, first, true));
  return day;
}
