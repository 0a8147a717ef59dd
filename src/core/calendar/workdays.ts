import { type Day, addDays, isoWeekday } from '../day';
import { type Closure, isClosedAllDay } from './closures';
import { isHoliday } from './holidays';

/**
 * Monday to Friday, not a public holiday and not closed all day. A day closed only from a time (Grundlovsdag
 * from 12:00) still counts: the morning is worked, and the scheduler shortens such a day itself.
 */
export function isWorkingDay(day: Day, closures: readonly Closure[] = []): boolean {
  return isoWeekday(day) <= 5 && !isHoliday(day) && !isClosedAllDay(day, closures);
}

/** The first working day after the day (never the day itself). */
export function nextWorkingDay(day: Day, closures: readonly Closure[] = []): Day {
  return addWorkingDays(day, 1, closures);
}

/**
 * Steps `n` working days forward (or back when `n` is negative); `n = 0` returns the day unchanged, even
 * when it is not a working day. From a Saturday, one working day ahead is Monday.
 */
export function addWorkingDays(day: Day, n: number, closures: readonly Closure[] = []): Day {
  const step = n < 0 ? -1 : 1;
  let current = day;
  for (let left = Math.abs(Math.trunc(n)); left > 0; ) {
    current = addDays(current, step);
    if (isWorkingDay(current, closures)) left -= 1;
  }
  return current;
}

/**
 * The working days stepped over going from `a` to `b`, counting the day landed on: after `a` up to and
 * including `b`, or negative from `b` up to but not including `a` when `b` is earlier. So it undoes
 * `addWorkingDays` both ways: `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 */
export function workingDaysBetween(a: Day, b: Day, closures: readonly Closure[] = []): number {
  const [first, last, sign] = a <= b ? [addDays(a, 1), b, 1] : [b, addDays(a, -1), -1];
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(day, closures)) count += 1;
  }
  return sign * count;
}
