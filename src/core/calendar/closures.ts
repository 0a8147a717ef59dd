import type { Day } from '../day';

/**
 * A day the team is closed, set by the team (not by law). `fromMinute` (minutes after midnight) closes
 * the afternoon only, e.g. Grundlovsdag from 12:00; left out, the whole day is closed.
 */
export interface Closure {
  readonly day: Day;
  readonly fromMinute?: number;
  readonly reason: string;
}

/** The closure that closes the day earliest, or undefined when the day is open as usual. */
export function closureOn(day: Day, closures: readonly Closure[]): Closure | undefined {
  let earliest: Closure | undefined;
  for (const closure of closures) {
    if (closure.day !== day) continue;
    if (earliest === undefined || closingMinute(closure) < closingMinute(earliest)) earliest = closure;
  }
  return earliest;
}

/** The minute the team closes on the day: 0 when closed all day, undefined when not closed at all. */
export function closingMinuteOn(day: Day, closures: readonly Closure[]): number | undefined {
  const closure = closureOn(day, closures);
  return closure === undefined ? undefined : closingMinute(closure);
}

export function isClosedAllDay(day: Day, closures: readonly Closure[]): boolean {
  return closingMinuteOn(day, closures) === 0;
}

function closingMinute(closure: Closure): number {
  return Math.max(0, closure.fromMinute ?? 0);
}
