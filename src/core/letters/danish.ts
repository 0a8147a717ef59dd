import { Day, isoWeekday, ymdOf } from '../day';

/**
 * Danish dates and times for letters, written by hand so a letter reads the same whatever locale the
 * script or the Node process runs in (Apps Script's Intl data and the sheet's locale vary).
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** Index 1 = Monday (ISO weekday). */
const WEEKDAYS = ['', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "4. marts 2025" */
export function shortDanishDate(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${d}. ${MONTHS[month - 1]} ${year}`;
}

/** "tirsdag den 4. marts 2025" */
export function longDanishDate(day: Day): string {
  return `${WEEKDAYS[isoWeekday(day)]} den ${shortDanishDate(day)}`;
}

/** Minutes after midnight → "kl. 10.00", "kl. 9.30" (Danish style: a full stop, no leading zero on the hour). */
export function danishTime(minute: number): string {
  if (!Number.isInteger(minute) || minute < 0 || minute >= 24 * 60) throw new RangeError(`danishTime: ${minute} er ikke et minuttal i døgnet`);
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `kl. ${h}.${m < 10 ? `0${m}` : m}`;
}
