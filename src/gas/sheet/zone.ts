import { Day } from '../../core/day';
import { DEFAULT_TIME_ZONE, Zone, makeZone, todayIn } from '../../sheetfns/zone';

/** The spreadsheet's zone (dates in cells are midnight there), and today's date in Denmark. */
export function sheetZone(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Zone {
  return makeZone(ss.getSpreadsheetTimeZone());
}

export function todayInDenmark(now: Date = new Date()): Day {
  return todayIn(makeZone(DEFAULT_TIME_ZONE), now);
}

/** Minutes after midnight of a Date's wall-clock time in a zone (a time typed into a cell). */
export function minuteOfDay(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(date);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}
