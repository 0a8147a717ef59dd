import { type Day, addDays, firstDayOfYear, lastDayOfYear, yearOf } from '../day';

/**
 * The one rule for which planning year a team record belongs to (docs/year.md, "Året rundt"). Every feature
 * that asks "is this record there?" (the Status column, the merge on Google and offline, the preview,
 * the scheduler, the call list, the report, the sidebar) asks it here, so they never disagree.
 *
 * - A dated record (Inviteret, Besøg, Gennemført, Frabedt, an Opkald line) counts for the planning year
 *   its date falls in; a record from an earlier year is history, a later one is not yet this year's.
 * - A date may name its planning year explicitly: "10-12-2025 (for 2026)" is a letter sent in December
 *   for next year's offer. fhb writes that form itself when the team plans ahead (the reference date in a
 *   later year than today), so a December letter for January neither counts for this year nor is made
 *   again in January.
 * - An offer whose window crosses New Year (a death in November, a call 6 to 8 weeks later) keeps the
 *   records made for it: its window widens the year by `RECORD_GRACE_DAYS` on the side it crosses. An
 *   offer opening later in the year counts records from `RECORD_GRACE_DAYS` before its window only.
 * - An undated mark (a ticked box, an "x", "takket nej i telefonen") belongs to the year it stands in:
 *   today's calendar year, never a year planned ahead. It stops counting when the year is closed (the new
 *   planning year's closing moves the year's records to the history and clears the columns) or, at the
 *   latest, when the team plans a later year. It is never history by itself, because nobody wrote when.
 */

/**
 * A record the team keeps in a row: a date (with a time for a visit, and an explicit planning year when
 * it was written for another year than its date's), or just "yes" when nobody wrote the date.
 */
export type SingleRecord = { day: Day; minute?: number; forYear?: number } | { yes: true };
/** A cell may hold several entries, one per planning year ("03-03-2026; 10-12-2026 (for 2027)"). */
export type TeamRecord = SingleRecord | { entries: SingleRecord[] } | undefined;

/** The entries of a record: none, one, or the several of a multi-year cell. */
export function entriesOf(record: TeamRecord): SingleRecord[] {
  if (!record) return [];
  return 'entries' in record ? record.entries : [record];
}

/** The latest dated entry of a record (an undated mark has none). */
export function latestDay(record: TeamRecord): Day | undefined {
  const days = entriesOf(record).flatMap((e) => ('day' in e ? [e.day] : []));
  return days.length ? (Math.max(...days) as Day) : undefined;
}

/** How far a record may lie before (or after) an offer whose window crosses New Year and still be its own. */
export const RECORD_GRACE_DAYS = 42;

export interface YearScope {
  /** The planning year: the reference date's year. */
  readonly year: number;
  /** The year an undated mark belongs to: today's year (the real clock, in the sheet's zone). */
  readonly openYear: number;
  /** The offer's window, when known. */
  readonly from?: Day;
  readonly to?: Day;
}

/** The scope of a planning year, from the reference date, today and (optionally) the offer's window. */
export function yearScope(asOf: Day, today: Day | undefined, from?: Day, to?: Day): YearScope {
  return { year: yearOf(asOf), openYear: yearOf(today ?? asOf), from, to };
}

/** The days a dated record counts in for this scope's offer. */
export function recordSpan(scope: YearScope): { first: Day; last: Day } {
  const start = firstDayOfYear(scope.year);
  const end = lastDayOfYear(scope.year);
  // An offer opening later in the year (an event's call) counts from a little before its window, as the
  // Status column always has: a record from January is the 82+ letter's, not the grief talk's in May.
  const before = scope.from === undefined ? start : addDays(scope.from, -RECORD_GRACE_DAYS);
  return {
    first: scope.from === undefined || scope.from < start ? before : (Math.max(start, before) as Day),
    last: scope.to !== undefined && scope.to > end ? addDays(scope.to, RECORD_GRACE_DAYS) : end,
  };
}

/** The planning year a record belongs to: its explicit year, its date's year, or (undated) the open year. */
export function recordYear(record: TeamRecord, openYear: number): number | undefined {
  const years = entriesOf(record).map((e) => ('yes' in e ? openYear : e.forYear ?? yearOf(e.day)));
  return years.length ? Math.max(...years) : undefined;
}

/** Whether a record counts for the scope's planning year (and offer). */
export function recordCounts(record: TeamRecord, scope: YearScope): boolean {
  if (!record) return false;
  if ('entries' in record) return record.entries.some((e) => recordCounts(e, scope));
  if ('yes' in record) return scope.year === scope.openYear;
  if (record.forYear !== undefined) return record.forYear === scope.year;
  const span = recordSpan(scope);
  return record.day >= span.first && record.day <= span.last;
}

/** Whether a record is there but belongs only to earlier planning years: history, to be kept, never counted. */
export function isHistory(record: TeamRecord, scope: YearScope): boolean {
  const year = recordYear(record, scope.openYear);
  return year !== undefined && year < scope.year && !recordCounts(record, scope);
}

/**
 * The entries of a multi-year record cell, trimmed, empty ones left out: split on `;` or a line break by
 * one character class and trimmed after, since `\s*[;\n]\s*` rescans a run of spaces from each of its
 * characters (quadratic: seconds for a cell of 50,000 spaces, issue 22).
 */
export function recordEntryTexts(text: string): string[] {
  return text.split(/[;\n]/).map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * The value a writer puts in a record cell that may already hold entries: the new entry replaces only
 * an entry of the same planning year; entries of other years (last year's, not yet closed; this year's,
 * when planning ahead) are kept before it, so writing never destroys another year's record. Without
 * other entries the cell gets the plain value (a date when the day lies in the planning year).
 * `existing` is the cell's entries as text, each with the record it reads as.
 */
export function recordCellAfterWrite<D>(
  existing: readonly { text: string; record: TeamRecord }[],
  day: Day,
  planningYear: number,
  openYear: number,
  dayValue: (day: Day) => D,
  danish: (day: Day) => string,
): D | string {
  const kept = existing.filter((e) => e.record !== undefined && recordYear(e.record, openYear) !== planningYear);
  const fresh = recordCellValue(day, planningYear, dayValue, danish);
  if (kept.length === 0) return fresh;
  const freshText = typeof fresh === 'string' ? fresh : danish(day);
  return [...kept.map((e) => e.text), freshText].join('; ');
}

/**
 * What a writer puts in a record cell for a day written for `planningYear`: the day itself when it lies
 * in that year, else the day with the year named ("10-12-2025 (for 2026)"), so the rule above reads it
 * back for the year it was meant for. `dayValue` turns a day into the cell's date value.
 */
export function recordCellValue<D>(day: Day, planningYear: number, dayValue: (day: Day) => D, danish: (day: Day) => string): D | string {
  return yearOf(day) === planningYear ? dayValue(day) : `${danish(day)} (for ${planningYear})`;
}

/** Starts only at "(" (a leading `\s*` would rescan every run of spaces from each of its characters). */
const FOR_YEAR = /\(\s*for\s+(\d{4})\s*\)$/i;

/** Splits "10-12-2025 (for 2026)" into its date text and the year it names. */
export function splitForYear(text: string): { text: string; forYear?: number } {
  const m = FOR_YEAR.exec(text.trimEnd());
  return m ? { text: text.slice(0, m.index).trimEnd(), forYear: Number(m[1]) } : { text };
}
