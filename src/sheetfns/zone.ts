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
  let offset = zoneName === runtimeZone() ? runtimeOffset : intlOffset(zoneName);
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
        // Where the clocks jump forward at midnight (St. John's in the 1930s, Santiago and Havana today),
        // that midnight never happens and `t` fell on the evening before: the day begins when the clocks
        // jump, so take the instant the old offset gives, the day's first (01:00).
        if (t + offsetOf(t) < localMidnight) t = localMidnight - offsetOf(t);
        dates.set(day, t);
      }
      return new Date(t);
    },
  };
}

/** The zone the script itself runs in (appsscript.json's timeZone on Google), as Intl names it. */
function runtimeZone(): string | undefined {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The offset of the zone the script runs in, from the Date's own local time: the same zone data as Intl's,
 * without formatting a text per instant. The sheet's and the script's zone are the same in most sheets,
 * and a column of birth dates asks once per distinct date (issue 26). From the local fields, not
 * getTimezoneOffset, which drops the seconds of a local mean time (Copenhagen before 1894: +0:53:28).
 */
function runtimeOffset(utcMs: number): number {
  const d = new Date(utcMs);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()) - utcMs;
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
  // Not cached by the hour: an offset may change off the hour (St. John's in 1919, at 02:30:52 UTC). The
  // zone caches each instant and each day it was asked for, which is all a column repeats.
  return (utcMs: number) => {
    const second = utcMs - (((utcMs % 1000) + 1000) % 1000); // Intl shows whole seconds
    return localAsUtc(format, second) - second;
  };
}

const EN_US_DATE_TIME = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/**
 * The wall-clock time `format` shows for an instant, as if it were UTC. `format` (en-US, 24 hours:
 * «3/30/2025, 03:00:00») is three times as fast as `formatToParts`, and a whole column of birth dates
 * asks once per distinct date (issue 26); anything else it might print is read through the parts.
 */
function localAsUtc(format: Intl.DateTimeFormat, utcMs: number): number {
  const m = EN_US_DATE_TIME.exec(format.format(utcMs));
  if (m) return Date.UTC(+m[3], +m[1] - 1, +m[2], +m[4] % 24, +m[5], +m[6]);
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(utcMs)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second);
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

