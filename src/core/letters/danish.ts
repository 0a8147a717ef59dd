import { Day, isoWeekday, ymdOf } from '../day';

/**
 * Danish dates and times for letters, written out here rather than taken from a locale, so a letter reads
 * the same whatever locale or time zone the script or the Node process runs in (Apps Script's Intl data and
 * the sheet's locale vary), and the Apps Script bundle carries no date library (docs/code.md). The words are
 * Retskrivningsordbogen's, lower case as Danish writes them.
 */

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
/** By ISO weekday: 1 = Monday … 7 = Sunday. */
const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "4. marts 2025" */
export function shortDanishDate(day: Day): string {
  const { year, month, day: date } = ymdOf(day);
  return `${date}. ${MONTHS[month - 1]} ${String(year).padStart(4, '0')}`;
}

/** "tirsdag den 4. marts 2025" */
export function longDanishDate(day: Day): string {
  return `${WEEKDAYS[isoWeekday(day) - 1]} den ${shortDanishDate(day)}`;
}

/**
 * A Danish phone number as letters write it, in pairs: "44771717", "4477 1717" or "+45 44 77 17 17" →
 * "44 77 17 17" ("+45 44 77 17 17" keeps its country code). Anything else (an extension, a word) is kept as typed.
 */
export function danishPhone(text: string): string {
  const m = /^(\+45)?(\d{8})$/.exec(text.replace(/[\s.-]/g, ''));
  if (!m) return text.trim();
  const pairs = m[2].replace(/(\d\d)(?=\d)/g, '$1 ');
  return m[1] ? `+45 ${pairs}` : pairs;
}

const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight → "kl. 10.00", "kl. 9.30" (Danish style: a full stop, no leading zero on the hour). */
export function danishTime(minute: number): string {
  if (!Number.isInteger(minute) || minute < 0 || minute >= MINUTES_PER_DAY) throw new RangeError(`danishTime: ${minute} er ikke et minuttal i døgnet`);
  const m = minute % 60;
  return `kl. ${(minute - m) / 60}.${m < 10 ? '0' : ''}${m}`;
}
