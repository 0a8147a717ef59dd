import type { CatalogEntry } from '../report/year-report';
import { countYear, type KindCounts } from './count';
import type { HistoryEvent, HistoryKind } from './events';
import { KIND_LABELS } from './text';

/** The kinds the year report counts from the history, in this order. */
const REPORTED: readonly HistoryKind[] = ['invited', 'letter', 'booked', 'done', 'declined', 'notReached'];

export const TITLE = (year: number) => `Det, der blev gjort i ${year}, sammenlignet med ${year - 1} (fra Historik)`;
export const NOTE =
  'Tallene er hændelser i arket Historik: det, teamet faktisk registrerede det år, hver registrering talt én gang. Et tilbud tælles under sin første kode.';
export const TOTAL = 'I alt';

/**
 * The year report's block on what was done: one line per offer (the profile's, then any other code the
 * history has), a column pair (this year, last year) per kind, and a total line. Offers with nothing in
 * either year are left out.
 */
export function historyReportRows(events: readonly HistoryEvent[], year: number, catalog: readonly CatalogEntry[]): (string | number)[][] {
  const now = countYear(events, year);
  const before = countYear(events, year - 1);
  const labelOf = new Map(catalog.map((c) => [c.code, c.label]));
  const codes = [...catalog.map((c) => c.code), ...[...now.keys(), ...before.keys()].filter((c) => !labelOf.has(c)).sort()]
    .filter((c, i, all) => all.indexOf(c) === i && (now.has(c) || before.has(c)));
  const header = ['Kode', 'Tilbud', ...REPORTED.flatMap((k) => [`${KIND_LABELS[k]} ${year}`, `${KIND_LABELS[k]} ${year - 1}`])];
  const line = (code: string, label: string, a: KindCounts | undefined, b: KindCounts | undefined) =>
    [code, label, ...REPORTED.flatMap((k) => [a?.[k] ?? 0, b?.[k] ?? 0])];
  const rows = codes.map((c) => line(c, labelOf.get(c) ?? (c || 'Uden kode'), now.get(c), before.get(c)));
  const total = [TOTAL, '', ...REPORTED.flatMap((_, j) => [sum(rows, 2 + 2 * j), sum(rows, 3 + 2 * j)])];
  return [[TITLE(year)], header, ...rows, total, [NOTE]];
}

function sum(rows: readonly (string | number)[][], column: number): number {
  return rows.reduce((s, r) => s + Number(r[column]), 0);
}
