import { type DateToDay, isEmptyCell, parseDay, tryYesNo } from '../coerce/values';
import type { Day } from '../day';
import { parseVisit } from '../records/visit';
import { entriesOf, recordEntryTexts, splitForYear } from '../records/year';
import type { TeamRecord, TeamRecords } from './status';

/** The Danish names of FHB_STATUS's arguments, as its error messages say them. */
export const STATUS_FIELDS = ['kode', 'fra', 'til', 'inviteret', 'besøg', 'gennemført', 'frabedt', 'referencedato', 'besøg meddelt', 'ophørt', 'profil', 'opfølgning'] as const;

const YES: TeamRecord = { yes: true };

/**
 * A record cell (Inviteret, Besøg, Gennemført, Frabedt, Besøg meddelt, Ophørt, Opfølgning): a date, a date and time
 * ("12-03-2025 10:00", "12-03-2025 kl. 10.00", ISO "2025-03-12T10:00"), a date for another planning year
 * ("10-12-2025 (for 2026)", records/year.ts), yes/no, or any other text, which counts as yes: the team
 * wrote something there ("Takket nej i telefonen").
 */
export function parseRecord(value: unknown, field: string, toDay: DateToDay): TeamRecord {
  if (typeof value === 'string') {
    const parts = recordEntryTexts(value);
    if (parts.length > 1) {
      // Several entries, one per planning year ("03-03-2026; 10-12-2026 (for 2027)"): records/year.ts.
      const entries = parts.map((p) => parseSingle(p, field, toDay)).flatMap(entriesOf);
      return entries.length === 0 ? undefined : entries.length === 1 ? entries[0] : { entries };
    }
  }
  return parseSingle(value, field, toDay);
}

/** A record cell's entries as text, each with its reading: what a writer keeps when it adds one. */
export function recordEntries(value: unknown, toDay: DateToDay, danish: (day: Day) => string): { text: string; record: TeamRecord }[] {
  if (isEmptyCell(value) || value === false) return [];
  if (value instanceof Date || typeof value === 'number') {
    const record = safeParse(value, toDay);
    return [{ text: record && 'day' in record ? danish(record.day) : String(value), record }];
  }
  if (value === true) return [{ text: 'x', record: YES }];
  return recordEntryTexts(String(value)).map((text) => ({ text, record: safeParse(text, toDay) }));
}

function safeParse(value: unknown, toDay: DateToDay): TeamRecord {
  try {
    return parseSingle(value, '', toDay);
  } catch {
    return undefined;
  }
}

function parseSingle(value: unknown, field: string, toDay: DateToDay): TeamRecord {
  if (isEmptyCell(value)) return undefined;
  if (typeof value === 'boolean' || value === 0 || value === 1) return tryYesNo(value) ? YES : undefined;
  if (typeof value === 'string') {
    const answer = tryYesNo(value);
    if (answer !== undefined) return answer ? YES : undefined;
    const { text, forYear } = splitForYear(value);
    try {
      const day = parseDay(datePartOf(text), field, toDay);
      if (day !== undefined) return withYear(withMinute({ day }, text, toDay), forYear);
    } catch {
      // not a date: some other note
    }
    return YES;
  }
  const day = parseDay(value, field, toDay);
  return day === undefined ? undefined : withMinute({ day }, value, toDay);
}

function withMinute(record: { day: Day }, value: unknown, toDay: DateToDay): TeamRecord {
  const visit = typeof value === 'string' ? parseVisit(value.trim().replace(/(?<=\d)T(?=\d)/, ' '), toDay) : parseVisit(value, toDay);
  return visit?.minute !== undefined && visit.day === record.day ? { day: record.day, minute: visit.minute } : record;
}


function withYear(record: TeamRecord, forYear: number | undefined): TeamRecord {
  return forYear === undefined || !record || !('day' in record) ? record : { ...record, forYear };
}

/** "12-03-2025 10:00" → "12-03-2025"; "2025-03-12T10:00" → "2025-03-12". */
function datePartOf(text: string): string {
  return text.trim().split(/\s+(?:kl\.?\s*)?|(?<=\d)T(?=\d)/)[0];
}

/** The record columns, by their key in the column table. */
export type RecordKey = 'invited' | 'visit' | 'done' | 'declined' | 'announced' | 'ended' | 'followUp';

/** The team's records of a row, read as FHB_STATUS reads them; an unreadable one counts as not there. */
export function readTeamRecords(cellOf: (key: RecordKey) => unknown, toDay: DateToDay): TeamRecords {
  const read = (key: RecordKey, field: string): TeamRecord => {
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
    announced: read('announced', STATUS_FIELDS[8]),
    ended: read('ended', STATUS_FIELDS[9]),
    followUp: read('followUp', STATUS_FIELDS[11]),
  };
}
