import { citizenKey } from '../citizens/key';
import { type DateToDay, isEmptyCell } from '../coerce/values';
import { type Day, addMonths, toDanish, yearOf } from '../day';
import { endedDay } from '../records/ended';
import { type ColumnMap, findColumns } from '../sheet/columns';
import { parseRecord } from '../status/records';
import type { NewHistoryEvent } from './events';
import { busy } from '../text/glossary';

/**
 * Deleting citizens who ended long ago (data protection: personal data is not kept longer than needed).
 * A citizen whose Ophørt date lies more than `months` months before today is deleted from Borgere; in
 * Historik their rows keep the year, the offer and the events, but lose the name, and the citizen key
 * (which is derived from the CPR number) is replaced by an anonymous one, the same on all their rows, so
 * the year report still counts them. Only a dated end counts: a tick does not say how long ago it was.
 */

/** Where Ophørt and Ophørsårsag are: the column table's headers and synonyms (sheet/columns.ts). */
export function endedColumns(headers: readonly unknown[]): { ended?: number; reason?: number } {
  const columns = findColumns(headers);
  return { ended: columns.ended, reason: columns.endedReason };
}

export interface EndedRow {
  /** 0-based data row (sheet row = row + 2). */
  row: number;
  key: string;
  ended: Day;
  reason: string;
}

/** The citizens ended before today minus `months` months. */
export function endedLongAgo(input: {
  headers: readonly unknown[]; columns: ColumnMap; rows: readonly (readonly unknown[])[]; today: Day; months: number; toDay: DateToDay;
}): EndedRow[] {
  const at = endedColumns(input.headers);
  if (at.ended === undefined) return [];
  const cutoff = addMonths(input.today, -input.months);
  const out: EndedRow[] = [];
  input.rows.forEach((cells, row) => {
    let day: Day | undefined;
    try {
      day = endedDay(parseRecord(cells[at.ended!], '', input.toDay));
    } catch {
      day = undefined;
    }
    if (day === undefined || day >= cutoff) return;
    const reason = at.reason === undefined || isEmptyCell(cells[at.reason]) ? '' : String(cells[at.reason]).trim();
    out.push({ row, key: citizenKey({ columns: input.columns, values: cells }), ended: day, reason });
  });
  return out;
}

/**
 * The history's key and name cells (pairs, as read from the sheet) with the deleted citizens made
 * anonymous; `changed` says whether anything needs writing.
 */
export function anonymize(pairs: readonly (readonly unknown[])[], anonymous: ReadonlyMap<string, string>): { pairs: unknown[][]; changed: number } {
  let changed = 0;
  const out = pairs.map((p) => {
    const anon = anonymous.get(String(p[0] ?? '').trim());
    if (anon === undefined) return [...p];
    changed++;
    return [anon, ''];
  });
  return { pairs: out, changed };
}

/** One "Slettet" event per deleted citizen, already anonymous. */
export function deletedEvents(rows: readonly EndedRow[], anonymous: ReadonlyMap<string, string>, today: Day): NewHistoryEvent[] {
  return rows.map((r) => ({
    key: anonymous.get(r.key)!, name: '', year: yearOf(today), code: '', kind: 'deleted', day: today,
    detail: text.deletedDetail(r.ended, r.reason), source: 'deletion',
  }));
}

export const text = {
  title: 'Slet ophørte borgere',
  none: (months: number) => `Ingen borgere er ophørt for mere end ${months} ${months === 1 ? 'måned' : 'måneder'} siden. Intet er slettet.`,
  noColumn: 'Arket Borgere har ingen kolonne Ophørt. Vælg «Opsæt eller opgrader arket» i menuen først. Intet er slettet.',
  confirm: (n: number, months: number) =>
    `Slet ${n} ${n === 1 ? 'borger' : 'borgere'}, der ophørte for mere end ${months} ${months === 1 ? 'måned' : 'måneder'} siden?\n\n` +
    `${n === 1 ? 'Rækken' : 'Rækkerne'} slettes i Borgere. I Historik bevares år, kode og hændelser, men navn og borgernøgle (der er afledt af CPR-nummeret) fjernes. Det kan ikke fortrydes.`,
  done: (n: number) => `${n} ${n === 1 ? 'borger' : 'borgere'} slettet. Historik er anonymiseret for ${n === 1 ? 'borgeren' : 'dem'}.`,
  changed: 'Arket er ændret, mens du læste beskeden: kun de borgere, der stadig opfylder betingelsen, er slettet.',
  cancelled: 'Intet er slettet.',
  busy: busy('Intet er slettet.'),
  deletedDetail: (ended: Day, reason: string) => `Ophørt ${toDanish(ended)}${reason ? ` (${reason})` : ''}`,
};
