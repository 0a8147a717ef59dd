import { looksLikeCpr } from '../coerce/cpr';
import { isEmptyCell } from '../coerce/values';
import type { ColumnMap } from '../sheet/columns';

/**
 * The stable key of a citizen: who is on a row, told the same way by the sidebar, the merge, the
 * scheduler, the import and the history (the history keeps it for ever, so it must not change with the
 * way a cell is typed).
 *
 * With a CPR number (the CPR column, or a CPR number typed in Fødselsdato) the key is the number's ten
 * digits, so "241250-1234" and "2412501234" are the same citizen and a corrected name or address does not
 * change who they are. Without one it is the name (case and spacing folded) and the birth date.
 * The key is a 53-bit hash of that text: it names a citizen without showing their CPR number, and two
 * citizens share a key only by a chance of about one in a billion in a sheet of 100,000 rows.
 */
export function citizenKey(data: { columns: ColumnMap; values: readonly unknown[] }): string {
  const { columns, values } = data;
  const at = (column: number | undefined) => (column === undefined ? undefined : values[column]);
  const cpr = cprDigits(at(columns.cpr)) ?? cprDigits(at(columns.birthdate));
  if (cpr) return `c${hash53(cpr)}`;
  const name = isEmptyCell(at(columns.name)) ? '' : String(at(columns.name)).trim().toLowerCase().replace(/\s+/g, ' ');
  return `n${hash53(`${name}\u0001${cellText(at(columns.birthdate))}`)}`;
}

function cprDigits(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  // A number-formatted cell drops a leading zero (0101501234 → 101501234).
  const padded = typeof value === 'number' && text.length === 9 ? `0${text}` : text;
  return looksLikeCpr(padded) ? padded.replace('-', '') : undefined;
}

function cellText(value: unknown): string {
  if (isEmptyCell(value)) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return `D${(value as Date).getTime()}`;
  return String(value).trim();
}

/** cyrb53: a fast 53-bit string hash (public domain), as base 36. Not a secret: see citizenKey. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
