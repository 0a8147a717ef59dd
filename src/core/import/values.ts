import type { Day } from '../day';
import { COLUMNS, type ColumnKey, type ColumnKind } from '../sheet/columns';

/**
 * The values an import carries, typed: text as text (written plain-text formatted, so "007" and "9-12"
 * stay as typed), dates as calendar days, yes/no as booleans.
 */
export type ImportValue =
  | { kind: 'text'; text: string }
  | { kind: 'day'; day: Day }
  | { kind: 'bool'; value: boolean };

/**
 * The columns an import may write: the citizen's own data (group `citizen`). The team's records
 * (Inviteret, Besøg, Gennemført, Frabedt, Opkald, Brev, Noter, Konsulent) and the computed columns are
 * never written, whatever the file holds.
 */
export const IMPORT_KEYS: readonly ColumnKey[] = COLUMNS.filter((c) => c.group === 'citizen').map((c) => c.key);

export function isImportKey(key: ColumnKey): boolean {
  return IMPORT_KEYS.includes(key);
}

export function kindOf(key: ColumnKey): ColumnKind {
  return COLUMNS.find((c) => c.key === key)!.kind;
}

/** A CPR number as 10 digits, from `ddmmåå-ssss`, `ddmmååssss`, with spaces, or 9 digits that lost a leading zero. */
export function cprDigits(raw: string): string | undefined {
  const t = raw.replace(/\s+/g, '');
  if (/^\d{6}-\d{4}$/.test(t)) return t.replace('-', '');
  if (/^\d{10}$/.test(t)) return t;
  if (/^\d{9}$/.test(t)) return `0${t}`;
  return undefined;
}

/** `ddmmåå-ssss`, the way the sheet shows a CPR number. */
export function cprText(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}

/** Names compared without case, accents or extra spaces: "Jens  Hansen" = "jens hansen". */
export function nameKey(name: string): string {
  return name.trim().toLowerCase().normalize('NFC').replace(/\s+/g, ' ');
}

/** Text compared as the team would: trimmed, runs of spaces as one. */
export function sameText(a: string, b: string): boolean {
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}
