import { Day, dayFromYmd } from '../core/day';

const FIRST_MS = Date.UTC(1800, 0, 1);
const END_MS = Date.UTC(10000, 0, 1);

/**
 * Turns the Dates a sheet hands over (midnight in the *spreadsheet's* zone) into calendar days, and days
 * back into such Dates, whatever zone the script itself runs in. One Zone per call: it caches each
 * distinct instant, so 100,000 birth dates cost a few thousand zone look-ups, not 100,000.
 */
export interface Zone {
  readonly timeZone: string;
  toDay(date: Date): Day;
  toDate(day: Day): Date;
}

export const DEFAULT_TIME_ZONE = 'Europe/Copenhagen';
const MS_PER_DAY = 86_400_000;
const floor = Math.floor; // one global lookup, not one per row (globals are slow in sandboxes)

type OffsetFn = (utcMs: number) => number;

export function makeZone(timeZone: string | undefined): Zone {
  let zoneName = timeZone && timeZone.trim() ? timeZone.trim() : DEFAULT_TIME_ZONE;
  let offset = intlOffset(zoneName);
  if (!offset) {
    zoneName = DEFAULT_TIME_ZONE;
    offset = intlOffset(zoneName) ?? copenhagenOffset;
  }
  const offsetOf = offset;
  const days = new Map<number, Day>();
  const dates = new Map<number, number>();
  return {
    timeZone: zoneName,
    toDay(date: Date): Day {
      const t = date.getTime();
      let day = days.get(t);
      if (day === undefined) {
        // Outside years 1800-9999 Intl's answer cannot be trusted (year -5 comes back as a year of the 1900s):
        // the UTC day is near enough for the range check that refuses such a date.
        day = floor((t >= FIRST_MS && t < END_MS ? t + offsetOf(t) : t) / MS_PER_DAY) as Day;
        days.set(t, day);
      }
      return day;
    },
    toDate(day: Day): Date {
      let t = dates.get(day);
      if (t === undefined) {
        const localMidnight = day * MS_PER_DAY;
        // Two steps find the instant whose local time is midnight, also on days the offset changes.
        const guess = localMidnight - offsetOf(localMidnight);
        t = localMidnight - offsetOf(guess);
        dates.set(day, t);
      }
      return new Date(t);
    },
  };
}

/** The zone's offset from UTC at an instant, in ms, read through Intl; undefined for an unknown zone. */
function intlOffset(timeZone: string): OffsetFn | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    format.format(0);
  } catch {
    return undefined;
  }
  const cache = new Map<number, number>();
  return (utcMs: number) => {
    // Offsets change on the hour at most, so cache per hour.
    const hour = floor(utcMs / 3_600_000);
    let value = cache.get(hour);
    if (value === undefined) {
      const parts: Record<string, number> = {};
      for (const p of format.formatToParts(hour * 3_600_000)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
      const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
      value = asUtc - hour * 3_600_000;
      cache.set(hour, value);
    }
    return value;
  };
}

/** Central European time by the EU rule (last Sunday of March to last Sunday of October, 01:00 UTC). */
function copenhagenOffset(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = lastSundayUtc(year, 3) + 3_600_000;
  const end = lastSundayUtc(year, 10) + 3_600_000;
  return utcMs >= start && utcMs < end ? 7_200_000 : 3_600_000;
}

function lastSundayUtc(year: number, month: number): number {
  const last = dayFromYmd(year, month, 31); // March and October both have 31 days
  const weekday = (((last + 4) % 7) + 7) % 7; // 0 = Sunday
  return (last - weekday) * MS_PER_DAY;
}

/** Today's calendar day in a zone. */
export function todayIn(zone: Zone, now: Date = new Date()): Day {
  return zone.toDay(now);
}

