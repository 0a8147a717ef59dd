import { maskCpr } from './cpr';

/**
 * A bad input: its message is Danish, names the field and shows the value, and is safe to put on a
 * `#ERROR!` cell or in the sidebar. Never carries a full CPR number (see `describeValue`).
 */
export class InputError extends Error {
  constructor(message: string) {
    // Masked here, once for every message: a value quoted from a cell may be a CPR number in any shape.
    super(maskCpr(message));
    this.name = 'InputError';
  }
}

/** dd-mm-åååå of a day count since 1970-01-01 (any year Date can hold; a year below 1 shows its sign). */
function danishDay(day: number): string {
  const d = new Date(day * 86_400_000);
  const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');
  const y = d.getUTCFullYear();
  return `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${y < 0 ? '-' : ''}${pad(y, 4)}`;
}

/**
 * The value as the user typed it, for an error message. A CPR-like value keeps only its birth date part,
 * so a message never leaks the whole number into a cell, a log or a toast.
 */
export function describeValue(value: unknown, toDay?: (date: Date) => number): string {
  if (value === null || value === undefined) return 'tom';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    if (isNaN(d.getTime())) return 'en ugyldig dato';
    // The day as the sheet shows it (a Date cell is midnight in the sheet's zone, 01-01-2025 is
    // 2024-12-31T23:00Z in Copenhagen): through the caller's zone, else the nearest midnight in UTC.
    const day = toDay ? toDay(d) : Math.round(d.getTime() / 86_400_000);
    return Number.isFinite(day) ? danishDay(day) : 'en ugyldig dato';
  }
  if (typeof value === 'string') {
    const masked = maskCpr(value);
    const short = masked.length > 40 ? `${masked.slice(0, 37)}…` : masked;
    return `«${short}»`;
  }
  if (Array.isArray(value)) return 'et område';
  if (typeof value === 'number') return Number.isFinite(value) ? maskCpr(String(value).replace('.', ',')) : 'et ugyldigt tal';
  if (typeof value === 'boolean') return value ? 'SAND' : 'FALSK';
  return 'en ukendt værdi';
}
