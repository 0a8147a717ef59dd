import * as z from 'zod/mini';
import type { ReportInput } from '../../core/report/year-report';
import { STATUSES, type StatusId } from '../../core/status/vocabulary';

/**
 * Each year's counts, kept in the document's properties when the report runs, so next year's report
 * compares with real numbers (what happened, not a recomputation). Stored as how many rows had each
 * (code, status) pair: from that the year's rows are rebuilt exactly, so the pure `yearReport` compares
 * offers and statuses as it does for the offline report. One small property per year (a few hundred
 * bytes; refused above Google's 9 KB per value). No names, no CPR: only codes, statuses and numbers.
 */

export const PROPERTY_PREFIX = 'fhb.report.year.';
/** Google's limit is 9 KB per value; keep clear of it. */
export const MAX_STORED_BYTES = 9000;

export const propertyKey = (year: number) => `${PROPERTY_PREFIX}${year}`;

const STATUS_IDS = STATUSES.map((s) => s.id) as [StatusId, ...StatusId[]];

export const StoredYear = z.lazy(() =>
  z.object({
    v: z.literal(1),
    year: z.int(),
    /** The reference date the counts were made on (ISO). */
    asOf: z.string(),
    errors: z.int().check(z.gte(0)),
    /** [code, status, how many rows]. */
    rows: z.array(z.tuple([z.string(), z.enum(STATUS_IDS), z.int().check(z.gte(1))])),
  }),
);
export type StoredYear = z.infer<typeof StoredYear>;

export function storedYear(year: number, asOfIso: string, input: Pick<ReportInput, 'rows' | 'errors'>): StoredYear {
  const counts = new Map<string, { code: string; status: StatusId; n: number }>();
  for (const row of input.rows) {
    if (!row.status) continue;
    const key = `${row.code}\u0000${row.status}`;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { code: row.code, status: row.status, n: 1 });
  }
  return { v: 1, year, asOf: asOfIso, errors: input.errors ?? 0, rows: [...counts.values()].map((e) => [e.code, e.status, e.n]) };
}

/** The JSON to store, or null when it would not fit in one property. */
export function encodeStored(stored: StoredYear): string | null {
  const json = JSON.stringify(stored);
  return utf8Length(json) <= MAX_STORED_BYTES ? json : null;
}

/** The stored year, or undefined when nothing (or something unreadable) is stored. */
export function decodeStored(json: string | null | undefined, year: number): StoredYear | undefined {
  if (!json) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return undefined;
  }
  const parsed = StoredYear.safeParse(raw);
  return parsed.success && parsed.data.year === year ? parsed.data : undefined;
}

/** The year's rows again, one per counted citizen. */
export function storedRows(stored: StoredYear): ReportInput['rows'] {
  return stored.rows.flatMap(([code, status, n]) => Array.from({ length: n }, () => ({ code, status })));
}

/** UTF-8 bytes of a string (Apps Script has no TextEncoder). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
