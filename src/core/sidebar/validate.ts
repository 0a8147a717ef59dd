import * as z from 'zod/mini';
import { useDanishErrors } from '../zod-danish';
import { InputError } from '../coerce/errors';
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
