import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';
import { da } from 'date-fns/locale/da';
import { Day, utcDateOf } from '../day';

/**
 * Danish dates and times for letters, from date-fns' Danish locale on a `UTCDate`, so a letter reads the
 * same whatever locale or time zone the script or the Node process runs in (Apps Script's Intl data and the
 * sheet's locale vary).
 */

/** "4. marts 2025" */
export function shortDanishDate(day: Day): string {
  return format(utcDateOf(day), 'd. MMMM yyyy', { locale: da });
}

/** "tirsdag den 4. marts 2025" */
export function longDanishDate(day: Day): string {
  return format(utcDateOf(day), "EEEE 'den' d. MMMM yyyy", { locale: da });
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
  return format(new UTCDate(minute * 60_000), "'kl.' H.mm");
}
