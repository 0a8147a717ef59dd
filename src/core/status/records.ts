import { type DateToDay, isEmptyCell, parseDay, tryYesNo } from '../coerce/values';
import type { TeamRecord, TeamRecords } from './status';

/** The Danish names of FHB_STATUS's arguments, as its error messages say them. */
export const STATUS_FIELDS = ['kode', 'fra', 'til', 'inviteret', 'besøg', 'gennemført', 'frabedt', 'referencedato'] as const;

const YES: TeamRecord = { yes: true };

/**
 * A record cell (Inviteret, Besøg, Gennemført, Frabedt): a date, a date and time ("12-03-2025 10:00",
 * "12-03-2025 kl. 10.00", ISO "2025-03-12T10:00"), yes/no, or any other text, which counts as yes: the
 * team wrote something there ("Takket nej i telefonen").
 */
export function parseRecord(value: unknown, field: string, toDay: DateToDay): TeamRecord {
  if (isEmptyCell(value)) return undefined;
  if (typeof value === 'boolean' || value === 0 || value === 1) return tryYesNo(value) ? YES : undefined;
  if (typeof value === 'string') {
    const answer = tryYesNo(value);
    if (answer !== undefined) return answer ? YES : undefined;
    try {
      const day = parseDay(datePartOf(value), field, toDay);
      if (day !== undefined) return { day };
    } catch {
      // not a date: some other note
    }
    return YES;
  }
  const day = parseDay(value, field, toDay);
  return day === undefined ? undefined : { day };
}

/** "12-03-2025 10:00" → "12-03-2025"; "2025-03-12T10:00" → "2025-03-12". */
function datePartOf(text: string): string {
  return text.trim().split(/\s+(?:kl\.?\s*)?|(?<=\d)T(?=\d)/)[0];
}

/** The team's four records of a row, read as FHB_STATUS reads them; an unreadable one counts as not there. */
export function readTeamRecords(cellOf: (key: 'invited' | 'visit' | 'done' | 'declined') => unknown, toDay: DateToDay): TeamRecords {
  const read = (key: 'invited' | 'visit' | 'done' | 'declined', field: string): TeamRecord => {
    try {
      return parseRecord(cellOf(key), field, toDay);
    } catch {
      return undefined;
    }
  };
  return {
    invited: read('invited', STATUS_FIELDS[3]),
    visit: read('visit', STATUS_FIELDS[4]),
    done: read('done', STATUS_FIELDS[5]),
    declined: read('declined', STATUS_FIELDS[6]),
  };
}

