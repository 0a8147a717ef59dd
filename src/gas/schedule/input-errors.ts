import { type Day, toDanish } from '../../core/day';
import type { ScheduleInput } from '../../core/schedule';
import * as text from '../../core/visits/text';

interface Issue {
  code?: string;
  path?: readonly PropertyKey[];
  message?: string;
}

/** True for a ZodError (classic zod or mini), told apart by shape: the bundle may hold two zod copies. */
export function isZodError(e: unknown): e is { issues: Issue[] } {
  return typeof e === 'object' && e !== null && Array.isArray((e as { issues?: unknown }).issues);
}

/**
 * A ZodError from `scheduleVisits` as one Danish sentence: each issue names the consultant, closed day or
 * row it is about, and the field. The scheduler's own custom messages are Danish already; zod's built-in
 * ones (English) are replaced by a short Danish phrase.
 */
export function describeScheduleError(e: { issues: Issue[] }, input: ScheduleInput, rowOf: ReadonlyMap<string, number>): string {
  const problems = e.issues.map((issue) => {
    const path = issue.path ?? [];
    const where = subject(path, input, rowOf);
    const fieldKey = path[0] === 'period' ? path[1] : typeof path[1] === 'number' ? path[2] : undefined;
    const field = fieldKey === undefined ? undefined : text.SCHEDULE_FIELD_NAMES[String(fieldKey)] ?? String(fieldKey);
    const label = [where, field].filter(Boolean).join(', ');
    return `${label ? `${label}: ` : ''}${phrase(issue)}`;
  });
  return text.scheduleInputError([...new Set(problems)]);
}

function subject(path: readonly PropertyKey[], input: ScheduleInput, rowOf: ReadonlyMap<string, number>): string {
  const [head, index] = path;
  // An issue about a whole list (a name twice) has no index: its message says who, so no subject.
  const i = typeof index === 'number' ? index : undefined;
  switch (head) {
    case 'consultants':
      return i === undefined ? '' : text.consultantField(String(input.consultants[i]?.name ?? i + 1));
    case 'closures': {
      if (i === undefined) return '';
      const day = input.closures?.[i]?.day;
      return text.closureField(typeof day === 'number' ? toDanish(day as Day) : String(i + 1));
    }
    case 'citizens': {
      if (i === undefined) return '';
      const id = input.citizens[i]?.id;
      return text.rowField(String((id && rowOf.get(id)) ?? i + 1));
    }
    case 'period':
      return text.periodField;
    default:
      return head === undefined ? '' : text.SCHEDULE_FIELD_NAMES[String(head)] ?? String(head);
  }
}

function phrase(issue: Issue): string {
  if (issue.code === 'custom' && issue.message) return issue.message;
  if (issue.code === 'too_small') return text.TOO_SMALL;
  if (issue.code === 'too_big') return text.TOO_BIG;
  return text.INVALID_VALUE;
}
