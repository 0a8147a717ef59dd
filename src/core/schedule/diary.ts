import { type Closure, closureOn } from '../calendar/closures';
import { holidayOn } from '../calendar/holidays';
import { type Day, isoWeekday } from '../day';
import type { Consultant, Slot } from './input';
import * as text from './text';

/**
 * The team's diary: who is booked when, and the rules of when each consultant can visit. The scheduler
 * writes into it as it books; everything else reads it. Mutable on purpose, and private to one run.
 */
export interface TeamDiary {
  readonly consultants: readonly Consultant[];
  readonly byName: ReadonlyMap<string, Consultant>;
  readonly closures: readonly Closure[];
  readonly days: Map<string, Map<Day, ConsultantDay>>;
  /** Visits booked per consultant over the whole run: the measure of even spreading. */
  readonly load: Map<string, number>;
}

interface ConsultantDay {
  /** Visits must end by this minute; undefined when the consultant cannot visit that day at all. */
  readonly openUntil: number | undefined;
  /** Start minutes of the day's visits, ascending. */
  readonly starts: number[];
}

/** Consultants in name order, so every tie is broken the same way. */
export function createDiary(consultants: readonly Consultant[], closures: readonly Closure[]): TeamDiary {
  const sorted = [...consultants].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    consultants: sorted,
    byName: new Map(sorted.map((c) => [c.name, c])),
    closures,
    days: new Map(sorted.map((c) => [c.name, new Map()])),
    load: new Map(sorted.map((c) => [c.name, 0])),
  };
}

/** Writes a visit into the diary. Visits of unknown consultants are not tracked: nobody is booked beside them. */
export function enter(diary: TeamDiary, slot: Slot): void {
  const consultant = diary.byName.get(slot.consultant);
  if (!consultant) return;
  const starts = dayOf(diary, consultant, slot.day).starts;
  starts.splice(insertionIndex(starts, slot.minute), 0, slot.minute);
  diary.load.set(consultant.name, (diary.load.get(consultant.name) ?? 0) + 1);
}

/**
 * The first start minute after `afterMinute` at which the consultant is free on the day, or undefined.
 * Starts are packed from the start of the day (9:00, 10:30, …) around the visits already booked, so free
 * times stay on the team's usual rhythm instead of drifting by single minutes.
 */
export function freeStart(diary: TeamDiary, consultant: Consultant, day: Day, afterMinute = -1): number | undefined {
  const { openUntil, starts } = dayOf(diary, consultant, day);
  if (openUntil === undefined || starts.length >= consultant.visitsPerDay) return undefined;
  const length = slotLength(consultant);
  let candidate = consultant.startMinute;
  for (;;) {
    candidate = firstFreeFrom(starts, candidate, length);
    if (candidate + consultant.visitMinutes > openUntil) return undefined;
    if (candidate > afterMinute) return candidate;
    candidate += length;
  }
}

/** Every rule the slot breaks for a citizen with the given window, in Danish; empty when it is fine. */
export function slotProblems(diary: TeamDiary, slot: Slot, windowFrom: Day, windowTo: Day): string[] {
  const consultant = diary.byName.get(slot.consultant);
  if (!consultant) return [text.unknownConsultant(slot.consultant)];
  const problems = dayProblems(diary, consultant, slot.day);
  const closure = closureOn(slot.day, diary.closures);
  if (slot.minute < consultant.startMinute || slot.minute + consultant.visitMinutes > consultant.endMinute) {
    problems.push(text.outsideHours(consultant.name, consultant.startMinute, consultant.endMinute));
  }
  if (closure?.fromMinute !== undefined && closure.fromMinute > 0 && slot.minute + consultant.visitMinutes > closure.fromMinute) {
    problems.push(text.afterClosing(closure.reason, closure.fromMinute));
  }
  if (slot.day < windowFrom || slot.day > windowTo) problems.push(text.outsideWindow(windowFrom, windowTo));
  const { starts } = dayOf(diary, consultant, slot.day);
  const length = slotLength(consultant);
  if (starts.some((start) => Math.abs(start - slot.minute) < length)) problems.push(text.overlaps(consultant.name));
  if (starts.length >= consultant.visitsPerDay) problems.push(text.dayFull(consultant.name, consultant.visitsPerDay));
  return problems;
}

/** Why the consultant cannot visit at all on the day; empty when they can (hours aside). */
function dayProblems(diary: TeamDiary, consultant: Consultant, day: Day): string[] {
  const problems: string[] = [];
  const holiday = holidayOn(day);
  if (holiday) problems.push(text.onHoliday(holiday.name));
  const closure = closureOn(day, diary.closures);
  if (closure && (closure.fromMinute ?? 0) <= 0) problems.push(text.closedAllDay(closure.reason));
  if (!consultant.weekdays.includes(isoWeekday(day))) problems.push(text.notAWorkday(consultant.name));
  if (consultant.daysOff.includes(day)) problems.push(text.dayOff(consultant.name));
  return problems;
}

function dayOf(diary: TeamDiary, consultant: Consultant, day: Day): ConsultantDay {
  const days = diary.days.get(consultant.name)!;
  let entry = days.get(day);
  if (!entry) {
    entry = { openUntil: openUntil(diary, consultant, day), starts: [] };
    days.set(day, entry);
  }
  return entry;
}

/** The minute visits must end by, or undefined when the consultant cannot visit that day. */
function openUntil(diary: TeamDiary, consultant: Consultant, day: Day): number | undefined {
  if (dayProblems(diary, consultant, day).length > 0) return undefined;
  const closing = closureOn(day, diary.closures)?.fromMinute;
  const until = Math.min(consultant.endMinute, closing ?? Infinity);
  return until > consultant.startMinute ? until : undefined;
}

/** A visit occupies its own minutes plus the travel after it. */
function slotLength(consultant: Consultant): number {
  return consultant.visitMinutes + consultant.travelMinutes;
}

/** The first start at or after `from` whose [start, start + length) meets none of the booked intervals. */
function firstFreeFrom(starts: readonly number[], from: number, length: number): number {
  let candidate = from;
  for (const start of starts) {
    if (start + length <= candidate) continue;
    if (start >= candidate + length) break;
    candidate = start + length;
  }
  return candidate;
}

function insertionIndex(sorted: readonly number[], value: number): number {
  let i = 0;
  while (i < sorted.length && sorted[i] <= value) i++;
  return i;
}
