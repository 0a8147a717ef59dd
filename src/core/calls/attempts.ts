import { maskCpr } from '../coerce/cpr';
import { parseDay } from '../coerce/values';
import type { Day } from '../day';

/**
 * One call attempt noted in the `Opkald` cell, e.g. "03-03-2025 ikke truffet". The cell holds several,
 * separated by `;` or a line break, oldest first as the sidebar appends them.
 */
export interface CallAttempt {
  /** The day the call was made; undefined when the note has no readable date. */
  readonly day?: Day;
  /** The note after the date, trimmed ("ikke truffet"), any CPR number in it masked: the list is shared. */
  readonly text: string;
  readonly outcome: CallOutcome;
}

/** `notReached`: nobody answered; `reached`: the consultant spoke to the citizen; `unknown`: a bare note. */
export type CallOutcome = 'notReached' | 'reached' | 'unknown';

const SEPARATOR = /[;\n\r]+/;
const LEADING_DATE = /^(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{1,2}-\d{1,2})(?=$|[\s:,–-])[\s:,–-]*/;
const NOT_REACHED = /ikke\s+truffet|ikke\s+fået\s+fat|ikke\s+fat\b|intet\s+svar|ingen\s+svar|svarer\s+ikke|ikke\s+svar|telefonsvarer|optaget/i;
const REACHED = /(^|[^a-zæøå])truffet\b|talt\s+med|har\s+talt/i;

/**
 * The attempts in an `Opkald` cell. A cell holding only a date (Sheets turns a typed date into one) is a
 * single attempt with unknown outcome. Never throws: an unreadable date leaves the attempt undated.
 */
export function parseCallAttempts(cell: unknown, toDay: (date: Date) => Day): CallAttempt[] {
  if (cell === null || cell === undefined || cell === '' || typeof cell === 'boolean') return [];
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    const date = cell as Date;
    return isNaN(date.getTime()) ? [] : [{ day: toDay(date), text: '', outcome: 'unknown' }];
  }
  return String(cell)
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => parseAttempt(part, toDay));
}

function parseAttempt(part: string, toDay: (date: Date) => Day): CallAttempt {
  const match = LEADING_DATE.exec(part);
  let day: Day | undefined;
  let text = part;
  if (match) {
    try {
      day = parseDay(match[1], 'opkald', toDay);
      text = part.slice(match[0].length).trim();
    } catch {
      day = undefined; // "31-02-2025 ikke truffet": keep the whole note, undated
    }
  }
  return { day, text: maskCpr(text), outcome: outcomeOf(text) };
}

export function outcomeOf(text: string): CallOutcome {
  if (NOT_REACHED.test(text)) return 'notReached';
  if (REACHED.test(text)) return 'reached';
  return 'unknown';
}
