import type { Day } from '../day';
import { type DateToDay, isDate, isEmptyCell, parseDay } from '../coerce/values';
import { splitVisitText } from '../letters/visit-text';

/** A booked visit or meeting: the day and the minute after midnight (undefined when only the day is known). */
export interface Visit {
  day: Day;
  minute?: number;
}

/**
 * The Besøg cell: "12-03-2025 10:00", "12.03.2025 kl. 10.00", "2025-03-12", or a Date (with its time of
 * day read in the sheet's zone through `toDay`). Undefined when empty or not a date.
 */
export function parseVisit(value: unknown, toDay: DateToDay): Visit | undefined {
  if (isEmptyCell(value)) return undefined;
  if (isDate(value)) {
    if (isNaN(value.getTime())) return undefined;
    const day = toDay(value);
    const minute = minuteOfDay(value, day, toDay);
    return minute === 0 ? { day } : { day, minute };
  }
  if (typeof value === 'number') {
    // A Sheets serial date-time: whole days since 1899-12-30 plus the fraction of the day.
    const day = safeDay(Math.floor(value), toDay);
    if (day === undefined) return undefined;
    const minute = Math.round((value - Math.floor(value)) * 1440);
    return minute === 0 || minute >= 1440 ? { day } : { day, minute };
  }
  if (typeof value !== 'string') return undefined;
  const { date, hour: h, minute: min } = splitVisitText(value);
  const day = safeDay(date, toDay);
  if (day === undefined) return undefined;
  if (h === undefined || min === undefined) return { day };
  if (h > 23 || min > 59) return undefined;
  return { day, minute: h * 60 + min };
}

function safeDay(value: unknown, toDay: DateToDay): Day | undefined {
  try {
    return parseDay(value, '', toDay);
  } catch {
    return undefined;
  }
}

/**
 * The wall-clock minute of an instant, knowing only how the zone maps instants to days: the minutes
 * left until the next local midnight, found by bisection. Counting back from the next midnight stays
 * right on the days clocks change (the change is at 2-3 at night, before any visit).
 */
function minuteOfDay(date: Date, day: Day, toDay: DateToDay): number {
  const t = date.getTime();
  let lo = 0; // toDay(t + lo min) === day
  let hi = 1500; // toDay(t + hi min) > day
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (toDay(new Date(t + mid * 60_000)) > day) hi = mid;
    else lo = mid;
  }
  return Math.max(0, 1440 - hi);
}
