import { type Closure, closureOn } from '../calendar/closures';
import { customaryClosuresOf, holidayOn } from '../calendar/holidays';
import { type Day, fromIso, yearOf } from '../day';
import * as schedule from '../schedule/text';
import type { Settings } from '../settings/schema';

/**
 * The checks a first booking (*Besøg aftalt* in the sidebar) gets: the calendar only, a public holiday
 * or a day or afternoon the team has closed, with the scheduler's own wording.
 *
 * Why not all of fhbMoveVisit's checks: that endpoint moves an existing booking and refuses a row without
 * one; its other checks (a colleague's visit, visits per day, working hours, the citizen's window) need
 * the whole sheet read and every row's rules evaluated, and they judge against a diary that knows only the
 * visits in the sheet. A first booking records a time the consultant has already agreed with the citizen
 * from their own diary, so refusing it on the sheet's partial picture would stop them writing down a fact.
 * A holiday or a closed day, on the other hand, is almost surely a mistyped date, and settings alone tell.
 */
export function bookingCalendarProblems(day: Day, minute: number, closures: readonly Closure[], visitMinutes = 0): string[] {
  const problems: string[] = [];
  const holiday = holidayOn(day);
  if (holiday) problems.push(schedule.onHoliday(holiday.name));
  const closure = closureOn(day, closures);
  const closesAt = closure === undefined ? undefined : Math.max(0, closure.fromMinute ?? 0);
  if (closure && closesAt === 0) problems.push(schedule.closedAllDay(closure.reason));
  // A visit must start before closing and, when its length is known, end by then too.
  else if (closure && closesAt !== undefined && (minute >= closesAt || minute + visitMinutes > closesAt)) problems.push(schedule.afterClosing(closure.reason, closesAt));
  return problems;
}

/**
 * The team's closures of the day's year, as the scheduler takes them: the settings' list, or the customary
 * ones when the list is empty (set-up fills it, so empty means "never set", not "open on Christmas Eve").
 */
export function teamClosures(settings: Pick<Settings, 'closures'> | undefined, year: number): Closure[] {
  const listed = settings?.closures ?? [];
  if (listed.length === 0) return [...customaryClosuresOf(year)];
  const closures: Closure[] = [];
  for (const c of listed) {
    const day = fromIso(c.day);
    if (day !== undefined && yearOf(day) === year) closures.push({ day, fromMinute: c.fromMinute, reason: c.reason || 'Lukket' });
  }
  return closures;
}

/** How long the named consultant's visits last, so an afternoon closure is checked against the visit's end. */
export function visitMinutesOf(settings: Pick<Settings, 'consultants'> | undefined, consultant: string | undefined): number {
  const name = consultant?.trim();
  return settings?.consultants.find((c) => c.name === name)?.visitMinutes ?? 0;
}
