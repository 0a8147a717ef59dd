import { dayFromUtcDate, dayFromYmd } from '../../../src/core/day';
import { findColumns } from '../../../src/core/sheet/columns';
import type { RowData } from '../../../src/core/sidebar/citizen-view';

/** A citizen sheet's headers in a team's own order, with an extra column of theirs ("Egen note"). */
export const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Bor alene', 'Ægtefælle død', 'Særlig risiko', 'Undtaget', 'Egen note',
  'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Telefon', 'Adresse', 'Postnr', 'By',
];

export type RowInput = Partial<Record<(typeof HEADERS)[number], unknown>>;

/** Synthetic citizens only. Display text is what a Danish sheet would show (dates as dd-mm-åååå). */
export function row(input: RowInput, rowNumber = 5): RowData {
  const values = HEADERS.map((h) => input[h] ?? '');
  const display = values.map((v) => (v instanceof Date ? danish(v) : v === true ? 'SAND' : v === false ? 'FALSK' : String(v)));
  return { row: rowNumber, headers: HEADERS, columns: findColumns(HEADERS), values, display };
}

/** Dates in these tests are UTC midnights; `toDay` reads them so. */
export const toDay = (d: Date) => dayFromUtcDate(d);
export const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const day = dayFromYmd;

function danish(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
}
