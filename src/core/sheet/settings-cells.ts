import { Day, toIso } from '../day';
import { isDate, isEmptyCell, parseDay } from '../coerce/values';
import { normalizeHeader } from './columns';
import { MERGE_MODE_LABELS, WEEKDAY_NAMES, settingsErrors } from './settings-text';


/** The settings sheet's cells one at a time: weekdays, times of day, numbers, dates, lists, the merge mode (Danish errors). */

export type Cell = unknown;
export interface ZoneFns {
  toDay(date: Date): Day;
  toDate(day: Day): Date;
}

/** The first three letters of each weekday name, with ø folded to o ("lør" → "lor"). */
const WEEKDAY_STEMS = WEEKDAY_NAMES.map((n) => normalizeHeader(n).replace('oe', 'o').slice(0, 3));

function weekdayOf(token: string): number | undefined {
  if (/^[1-7]$/.test(token)) return Number(token);
  const n = normalizeHeader(token).replace('oe', 'o');
  if (n.length < 3) return undefined;
  const i = WEEKDAY_STEMS.indexOf(n.slice(0, 3));
  return i < 0 ? undefined : i + 1;
}

/** "man-fre", "man, ons, fre", "mandag og torsdag", "1-5": ISO weekdays, sorted. */
export function parseWeekdays(text: string): number[] {
  const days = new Set<number>();
  // Spaces around a dash go by split and trim: `\s*-\s*` and `^(.+?)-(.+)$` backtrack quadratically.
  const parts = text.toLowerCase().split('-').map((p) => p.trim()).join('-').split(/\s*(?:,|;|\/|\bog\b|\s)\s*/).filter(Boolean);
  for (const part of parts) {
    const dash = part.indexOf('-', 1);
    if (dash > 0 && dash < part.length - 1) {
      const a = weekdayOf(part.slice(0, dash));
      const b = weekdayOf(part.slice(dash + 1));
      if (a === undefined || b === undefined || b < a) throw new Error(settingsErrors.weekday(part));
      for (let d = a; d <= b; d++) days.add(d);
    } else {
      const d = weekdayOf(part);
      if (d === undefined) throw new Error(settingsErrors.weekday(part));
      days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** ISO weekdays as Danes write them: a run of three or more as "man-fre", else "man, ons". */
export function formatWeekdays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length >= 3 && sorted[sorted.length - 1] - sorted[0] === sorted.length - 1) {
    return `${WEEKDAY_NAMES[sorted[0] - 1]}-${WEEKDAY_NAMES[sorted[sorted.length - 1] - 1]}`;
  }
  return sorted.map((d) => WEEKDAY_NAMES[d - 1]).join(', ');
}

/** A time of day as minutes after midnight: "9", "09:00", "9.30", a Sheets time fraction, or a Date. */
export function parseMinute(value: Cell, dateToMinute: (d: Date) => number): number {
  if (isDate(value)) return dateToMinute(value);
  if (typeof value === 'number') {
    if (value >= 0 && value < 1) return Math.round(value * 1440);
    if (Number.isInteger(value) && value >= 0 && value <= 24) return value * 60;
    throw new Error(settingsErrors.time(String(value)));
  }
  const text = String(value).trim().replace(/^kl\.?\s*/i, '');
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m || Number(m[1]) > 24 || Number(m[2] ?? 0) > 59) throw new Error(settingsErrors.time(String(value)));
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

export function parseNumber(value: Cell): number {
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(settingsErrors.number(String(value)));
  return Number(text);
}

/** A share 0-1: "70 %", "0,7", 0.7 (a cell formatted as per cent), or 70 read as per cent. */
export function parseShare(value: Cell): number {
  const text = typeof value === 'number' ? '' : String(value).trim();
  const percent = text.endsWith('%');
  const n = typeof value === 'number' ? value : parseNumberOr(text.replace(/\s*%$/, ''), value);
  const share = percent || n > 1 ? n / 100 : n;
  if (!(share >= 0 && share <= 1)) throw new Error(settingsErrors.share(String(value)));
  return share;
}

function parseNumberOr(text: string, original: Cell): number {
  try {
    return parseNumber(text);
  } catch {
    throw new Error(settingsErrors.share(String(original)));
  }
}

export function cellText(v: Cell): string {
  if (isEmptyCell(v)) return '';
  return String(v).trim();
}

export function isoOf(value: Cell, field: string, zone: ZoneFns): string | undefined {
  let day: Day | undefined;
  try {
    day = parseDay(value, field, zone.toDay);
  } catch {
    throw new Error(settingsErrors.date(String(value)));
  }
  return day === undefined ? undefined : toIso(day);
}

export function parseMergeMode(value: Cell): 'combined' | 'perCitizen' {
  const n = normalizeHeader(String(value));
  for (const [id, label] of Object.entries(MERGE_MODE_LABELS) as ['combined' | 'perCitizen', string][]) {
    if (n === normalizeHeader(id) || n === normalizeHeader(label)) return id;
  }
  if (n.startsWith('samlet') || n.startsWith('etsamlet') || n.startsWith('eetsamlet')) return 'combined';
  if (n.includes('prborger') || n.includes('perborger')) return 'perCitizen';
  throw new Error(settingsErrors.mergeMode(String(value)));
}

/** "10-12", "10:00-11:30", "kl. 10", a Date or a time fraction: the start and, if given, the end. */
export function parseTimeSpan(value: Cell, dateToMinute: (d: Date) => number): { startMinute: number; endMinute?: number } {
  if (isEmptyCell(value)) throw new Error(settingsErrors.timeSpan(''));
  if (isDate(value) || typeof value === 'number') return { startMinute: parseMinute(value, dateToMinute) };
  const parts = String(value).trim().replace(/^kl\.?\s*/i, '').split(/[-–]/).map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(settingsErrors.timeSpan(String(value)));
  const startMinute = parseMinute(parts[0], dateToMinute);
  if (parts.length === 1) return { startMinute };
  const endMinute = parseMinute(parts[1], dateToMinute);
  if (endMinute <= startMinute) throw new Error(settingsErrors.timeSpan(String(value)));
  return { startMinute, endMinute };
}

/** "ALENE_70, ALDER_75", "2600 2605": a cell's list (commas, semicolons or spaces between). */
export function listOf(value: Cell): string[] {
  return cellText(value).split(/[,;\s]+/).map((t) => t.trim()).filter(Boolean);
}
