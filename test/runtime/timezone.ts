/** Time-zone arithmetic on top of Intl (the only zone database node has). */

export interface WallParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday */
  weekday: number;
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();

export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz === '') return false;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

function formatter(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    fmtCache.set(tz, f);
  }
  return f;
}

const WD: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Wall-clock fields of an instant in a zone. */
export function wallParts(instantMs: number, tz: string): WallParts {
  const parts = formatter(tz).formatToParts(new Date(instantMs));
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '0';
  let year = Number(get('year'));
  if (get('era') === 'BC') year = 1 - year;
  const ms = ((instantMs % 1000) + 1000) % 1000;
  return {
    year,
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    ms,
    weekday: WD[get('weekday')] ?? 0,
  };
}

/** The wall clock of an instant, encoded as a UTC millisecond count ("wall ms"). */
export function toWallMs(instantMs: number, tz: string): number {
  return instantMs + offsetMs(instantMs, tz);
}

export function offsetMs(instantMs: number, tz: string): number {
  const p = wallParts(instantMs, tz);
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(p.hour, p.minute, p.second, p.ms);
  return d.getTime() - instantMs;
}

/** The instant at which the wall clock in `tz` shows `wallMs` (first one on DST overlaps). */
export function fromWallMs(wallMs: number, tz: string): number {
  const guess = wallMs - offsetMs(wallMs, tz);
  const off2 = offsetMs(guess, tz);
  const candidate = wallMs - off2;
  // On a DST gap the wall time does not exist; Sheets moves forward, so do we.
  return candidate;
}

/** UTC-encoded wall ms -> fields (no zone involved). */
export function wallFields(wallMs: number): WallParts {
  const d = new Date(wallMs);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}
