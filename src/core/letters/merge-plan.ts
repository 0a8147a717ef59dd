import { type Day, addWeeks, dayFromUtcDate } from '../day';
import { letterDueForOffer } from '../calls/letter';
import { parseCallAttempts } from '../calls/attempts';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import type { Plan, PlannedOffer } from '../rules/types';
import type { Settings } from '../settings/schema';
import type { ColumnKey } from '../sheet/columns';
import type { MergeScope } from '../sidebar/vocabulary';
import { headerInfo } from './headers';
import { statusById, StatusId } from '../status/vocabulary';
import { letterFields, missingSenderFields } from './fields';
import { normalizeFieldName } from './placeholders';
import { FIELD_SOURCE, SKIP, missingTemplate, noMeeting } from './text';
import { Seat, assignMeetings, findMeeting } from '../meetings/assign';
import { seatsTaken } from '../meetings/seats';
import { meetingsOfYear } from '../records/this-year';
import { yearScope } from '../records/year';

/**
 * Which rows get which letter, and what stops a letter: pure, so the preview, the Google merge and the
 * Word letters decide the same way. A merge with gaps makes the complete letters; a row whose letter would
 * leave a placeholder empty (or has no seat, or no template) gets none and is left unmarked, and the
 * problems name each row and field to fix (`makeable`, issue 22).
 */

export type { MergeScope } from '../sidebar/vocabulary';

export interface MergeRowInput {
  /** The sheet row (1-based; row 1 holds the headers). */
  rowNumber: number;
  /**
   * header → cell value. Read only for rows that get a letter, ask for a call first, or (when the run has a
   * meeting offer) may hold a seat: a caller with many rows may give a getter that builds it when read.
   */
  readonly values: Readonly<Record<string, unknown>>;
  /** The rules' plan for the row; undefined when the row could not be read (see `error`). */
  plan?: Plan;
  /** The row's status (as FHB_STATUS computes it). */
  status?: StatusId;
  /** The row's Danish error, when its input is bad. */
  error?: string;
  /** In the selection, or shown by the filter (only read for those scopes). */
  inScope?: boolean;
}

export interface MergePlanInput {
  rows: readonly MergeRowInput[];
  /** Each available template's placeholders, as `placeholdersIn` gives them. */
  templates: ReadonlyMap<string, readonly string[]>;
  scope: MergeScope;
  settings: Settings;
  today: Day;
  /** The reference date (its year is the planning year); defaults to `today`. */
  asOf?: Day;
  toDay?: DateToDay;
}

export interface MergeJob {
  rowNumber: number;
  templateKey: string;
  fields: Map<string, string>;
  /** The meeting the letter invites to (meeting offers): the merge writes it in the row's Arrangement. */
  meeting?: string;
}

export interface MergeProblem {
  rowNumber: number;
  field: string;
}

export interface MergePlan {
  /** The letters to make: the rows nothing stops (`makeable`). */
  jobs: MergeJob[];
  /** What stops the other rows' letters, by row and field: those rows are skipped and left unmarked. */
  problems: MergeProblem[];
  countsByTemplate: { template: string; count: number }[];
  /** Rows in the selection or filter that get no letter, and why (the due scope skips silently). */
  skipped: { rowNumber: number; reason: string }[];
}

/**
 * The template a letter-due offer uses: the not-reached letter of a phone-first offer, else the offer's
 * own (the profile's `template`, or the rule's code): the choice is the profile's data, never a rule here.
 */
export function templateKeyFor(offer: PlannedOffer): string {
  return offer.letterIfNotReached ?? offer.template;
}

/**
 * Statuses a letter may go out in: due; a fixed-time visit booked but not announced (or moved since its
 * letter). The status already applies the year rule (records/year.ts): an Inviteret from an earlier
 * planning year is history and leaves the row due, so the 82+ letter goes out again every year.
 */
function letterStatusOk(status: StatusId | undefined, scope: MergeScope): boolean {
  // A follow-up whose day has come gets its letter (template OPFOLGNING) once: the Inviteret the merge
  // writes on or after the follow-up day makes the row Inviteret (status/follow-up.ts).
  if (status === 'due' || status === 'unannounced' || status === 'followUp') return true;
  // A chosen row may go out before the window opens (December letters for January) or after it closed.
  return scope !== 'due' && (status === 'upcoming' || status === 'overdue');
}

/** The first day a letter to the bereaved may be made: the team's delay after the death (undefined: no wait). */
function firstContactAfterDeath(offer: PlannedOffer, weeks: number): Day | undefined {
  return offer.event?.kind === 'spouseDied' && weeks > 0 ? addWeeks(offer.event.day, weeks) : undefined;
}

function cellText(value: unknown): string | undefined {
  return isEmptyCell(value) ? undefined : String(value).trim();
}

function cellOf(values: Readonly<Record<string, unknown>>, key: ColumnKey): unknown {
  for (const [header, value] of Object.entries(values)) if (headerInfo(header).column === key) return value;
  return undefined;
}

interface Chosen {
  row: MergeRowInput;
  plan: Plan;
  offer: PlannedOffer;
  templateKey: string;
}

/** One chosen row's letter, as `mergeLetters` hands it out: the job, unless a problem of the row stops it. */
export interface MergeLetter {
  rowNumber: number;
  /** Undefined when the row's template is missing (then `problems` says so). */
  job?: MergeJob;
  /** What stops this row's letter (its empty placeholders, no seat at a meeting, no template); empty = none. */
  problems: MergeProblem[];
}

/** The merge's decision with each letter made only when it is taken (100,000 rows never hold 40,000 letters' fields). */
export interface LazyMergePlan {
  /** The rows chosen for a letter, before their fields are built: the most letters the run can make. */
  chosen: number;
  /** Rows in the selection or filter that get no letter, and why (the due scope skips silently). */
  skipped: { rowNumber: number; reason: string }[];
  /**
   * What stops letters before any is made, known from the settings, the templates and the seats alone: a
   * template missing, a sender's detail a template names that the settings leave empty (and no column
   * fills), no seat at a meeting; each with the chosen rows it stops.
   */
  stops: { field: string; rows: number }[];
  /** Chosen rows held back by a stop above: when it is `chosen`, no letter can be made. */
  stopped: number;
  /**
   * Each chosen row's letter in row order; a row's fields are built when its letter is taken. `skipStopped`:
   * a row held back by a stop is refused with it alone, its fields not built (its own gaps are not looked for).
   */
  letters(options?: { skipStopped?: boolean }): Generator<MergeLetter>;
}

/**
 * The one rule for a merge with gaps, on Google and offline: a letter is made when nothing stops it; a
 * row with a gap gets no letter and no mark, and the other letters are made all the same.
 */
export function makeable(letter: MergeLetter): letter is MergeLetter & { job: MergeJob } {
  return letter.job !== undefined && letter.problems.length === 0;
}

/** How many rows the problems stop (a row may lack several fields). */
export function rowsWithGaps(problems: readonly MergeProblem[]): number {
  return new Set(problems.map((p) => p.rowNumber)).size;
}

/**
 * The merge plan as a list (the sidebar's preview and the Google merge): every letter of `mergeLetters`
 * taken at once, the makeable ones as jobs.
 */
export function planMerge(input: MergePlanInput): MergePlan {
  const lazy = mergeLetters(input);
  const jobs: MergeJob[] = [];
  const problems: MergeProblem[] = [];
  const counts = new Map<string, number>();
  for (const letter of lazy.letters()) {
    problems.push(...letter.problems);
    if (!makeable(letter)) continue;
    jobs.push(letter.job);
    counts.set(letter.job.templateKey, (counts.get(letter.job.templateKey) ?? 0) + 1);
  }
  return { jobs, problems, countsByTemplate: [...counts].map(([template, count]) => ({ template, count })), skipped: lazy.skipped };
}

/**
 * The problem fields of a template's placeholders that name a sender's detail in `missing` (keyed as
 * letterFields keys them) and no column of the rows (`columns`, the same keys) fills: each stops every
 * letter of the template.
 */
export function senderStops(placeholders: readonly string[], missing: ReadonlySet<string>, columns: ReadonlySet<string>): string[] {
  const fields = placeholders.map(normalizeFieldName).filter((key) => missing.has(key) && !columns.has(key)).map((key) => FIELD_SOURCE[key] ?? key);
  return [...new Set(fields)];
}

/**
 * Which rows get a letter (decided at once: it is cheap, and the meetings' seats need every row), and each
 * letter's fields and problems, built one row at a time as the letters are taken (the offline planner
 * writes each before it takes the next).
 */
export function mergeLetters(input: MergePlanInput): LazyMergePlan {
  const chosen: Chosen[] = [];
  const skipped: MergePlan['skipped'] = [];
  const normalizedPlaceholders = new Map<string, { name: string; key: string }[]>();
  for (const [key, names] of input.templates) {
    normalizedPlaceholders.set(key, names.map((name) => ({ name, key: normalizeFieldName(name) })));
  }
  for (const row of input.rows) {
    if (input.scope !== 'due' && !row.inScope) continue;
    const skip = (reason: string) => {
      if (input.scope !== 'due') skipped.push({ rowNumber: row.rowNumber, reason });
    };
    if (row.error !== undefined) {
      skip(SKIP.rowError(row.error));
      continue;
    }
    // A booked visit not yet announced gets the fixed-time offer's letter (it carries the date and time).
    const offer = (row.status === 'unannounced' ? row.plan?.offers.find((o) => o.booking === 'fixedTime') : undefined) ?? row.plan?.offers[0];
    if (!row.plan || !offer) {
      skip(SKIP.noOffer);
      continue;
    }
    const phoneFirst = offer.letterIfNotReached !== undefined || offer.booking === 'phone';
    // "Ikke truffet" this planning year (an unanswered call from an earlier year is history).
    const year = { asOf: input.asOf ?? input.today, today: input.today };
    const notReached = phoneFirst && letterDueForOffer(offer, parseCallAttempts(cellOf(row.values, 'calls'), input.toDay ?? dayFromUtcDate), year) !== undefined;
    // The letter after an unanswered call may well go out after the call window (6-8 weeks) has closed.
    const statusOk = letterStatusOk(row.status, input.scope) || (notReached && row.status === 'overdue');
    if (!statusOk) {
      skip(row.status === 'invited' ? SKIP.alreadyInvited : SKIP.notDue(row.status ? statusById(row.status).label : '?'));
      continue;
    }
    if (phoneFirst && !notReached && row.status !== 'unannounced') {
      skip(SKIP.callFirst);
      continue;
    }
    const firstContact = firstContactAfterDeath(offer, input.settings.bereavedDelayWeeks);
    if (firstContact !== undefined && input.today < firstContact) {
      skip(SKIP.tooSoonAfterDeath(firstContact));
      continue;
    }

    chosen.push({ row, plan: row.plan, offer, templateKey: templateKeyFor(offer) });
  }

  // Meeting offers: each letter names its meeting; seats held by rows outside this run count first.
  const meetingRows = chosen.filter((c) => c.offer.booking === 'meeting');
  const inRun = new Set(meetingRows.map((c) => c.row.rowNumber));
  // Without a meeting offer in the run no seat is given, so no other row's cells need reading.
  const occupied = meetingRows.length === 0 ? new Map<string, number>() : seatsTaken(
    input.rows.filter((row) => !inRun.has(row.rowNumber)).map((row) => ({ meeting: cellOf(row.values, 'meeting'), ended: cellOf(row.values, 'ended') })),
    input.settings.meetings,
  );
  const seats: Seat[] = meetingRows.map((c) => ({
    key: c.row.rowNumber, code: c.offer.code,
    postcode: cellText(cellOf(c.row.values, 'postcode')), current: cellText(cellOf(c.row.values, 'meeting')),
  }));
  // Only this planning year's meetings seat anyone: a row naming last year's meeting is seated afresh.
  const yearOnly = yearScope(input.asOf ?? input.today, input.today);
  const assignment = assignMeetings(seats, meetingsOfYear(input.settings.meetings, yearOnly), input.today, occupied);
  const unseated = new Map(assignment.unassigned.map((u) => [u.key, u]));

  // The stops known before any letter: each template's once (the same for all its rows), each row's seat.
  const senderMissing = missingSenderFields(input.settings);
  const columnFields = new Set(senderMissing.size === 0 ? [] : Object.keys(chosen[0]?.row.values ?? {}).map((h) => headerInfo(h).field));
  const templateStops = new Map<string, string[]>();
  const templateStopsOf = (key: string): string[] => {
    let stops = templateStops.get(key);
    if (!stops) {
      const placeholders = normalizedPlaceholders.get(key);
      stops = placeholders ? senderStops(input.templates.get(key)!, senderMissing, columnFields) : [missingTemplate(key)];
      templateStops.set(key, stops);
    }
    return stops;
  };
  const stopsOf = (c: Chosen): MergeProblem[] => {
    const lost = normalizedPlaceholders.has(c.templateKey) ? unseated.get(c.row.rowNumber) : undefined;
    return [...(lost ? [noMeeting(lost.code, lost.why)] : []), ...templateStopsOf(c.templateKey)].map((field) => ({ rowNumber: c.row.rowNumber, field }));
  };
  const stopCounts = new Map<string, number>();
  let stopped = 0;
  for (const c of chosen) {
    const stops = stopsOf(c);
    if (stops.length > 0) stopped++;
    for (const { field } of stops) stopCounts.set(field, (stopCounts.get(field) ?? 0) + 1);
  }

  function letterOf({ row, plan, offer, templateKey }: Chosen): MergeLetter {
    const placeholders = normalizedPlaceholders.get(templateKey);
    if (!placeholders) return { rowNumber: row.rowNumber, problems: [{ rowNumber: row.rowNumber, field: missingTemplate(templateKey) }] };
    const problems: MergeProblem[] = [];
    const meetingName = assignment.byKey.get(row.rowNumber);
    const meeting = findMeeting(input.settings.meetings, meetingName);
    const lost = unseated.get(row.rowNumber);
    if (lost) problems.push({ rowNumber: row.rowNumber, field: noMeeting(lost.code, lost.why) });
    const fields = letterFields({ row: row.values, plan, offer, settings: input.settings, today: input.today, toDay: input.toDay, meeting });
    const reported = new Set<string>();
    for (const p of placeholders) {
      if (fields.has(p.key)) continue;
      const field = FIELD_SOURCE[p.key] ?? p.name;
      // A meeting offer without a meeting is said once, above, not again as a missing {{Aftale}}.
      if (!reported.has(field) && !(lost && p.key === 'aftale')) problems.push({ rowNumber: row.rowNumber, field });
      reported.add(field);
    }
    return { rowNumber: row.rowNumber, job: { rowNumber: row.rowNumber, templateKey, fields, ...(meeting ? { meeting: meeting.name } : {}) }, problems };
  }

  return {
    chosen: chosen.length,
    skipped,
    stops: [...stopCounts].map(([field, rows]) => ({ field, rows })),
    stopped,
    *letters(options) {
      for (const c of chosen) {
        const stops = options?.skipStopped ? stopsOf(c) : [];
        yield stops.length > 0 ? { rowNumber: c.row.rowNumber, problems: stops } : letterOf(c);
      }
    },
  };
}
