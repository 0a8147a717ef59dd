import { Day, addDays } from '../../core/day';
import type { Zone } from '../../sheetfns/zone';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The instant a wall-clock time on a day has in the sheet's zone, for a Date cell Sheets shows as
 * "dd-mm-åååå tt:mm". Midnight comes from the zone; on the two days a year the clocks change (a 23- or
 * 25-hour day, at 02:00-03:00) times from 03:00 on shift by the difference.
 */
export function wallTimeToDate(zone: Zone, day: Day, minutes: number): Date {
  const midnight = zone.toDate(day).getTime();
  const dayLength = zone.toDate(addDays(day, 1)).getTime() - midnight;
  const shift = minutes >= 180 ? dayLength - DAY : 0;
  return new Date(midnight + minutes * MINUTE + shift);
}
