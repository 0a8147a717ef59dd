import { type VisitColumnMap, visitKeyOf } from '../visit-record';

/**
 * Deleting ended citizens reaches the visit sheet Besøg too (issue 24 item 8): their rows keep the day,
 * the form and the codes (the year report still counts them), but the citizen's key, which is derived
 * from the CPR number, becomes the same anonymous key their Historik rows get, and the name goes. A row
 * that names the citizen by a CPR number (in Nøgle or a CPR column) is matched by that number's key, and
 * loses the number too.
 */
export interface AnonymizedVisits {
  /** The new cells of each column that changed, top to bottom (index = data row). */
  columns: Map<number, unknown[]>;
  changed: number;
}

export function anonymizeVisitRows(rows: readonly (readonly unknown[])[], columns: VisitColumnMap, anonymous: ReadonlyMap<string, string>): AnonymizedVisits {
  const out = new Map<number, unknown[]>();
  const wipe = [columns.name, columns.cpr, columns.birthdate].filter((c): c is number => c !== undefined);
  const targets = [...(columns.citizen !== undefined ? [columns.citizen] : []), ...wipe];
  for (const c of targets) out.set(c, rows.map((r) => r[c]));
  let changed = 0;
  rows.forEach((cells, i) => {
    const anon = anonymous.get(visitKeyOf(cells, columns)?.key ?? '');
    if (anon === undefined) return;
    changed++;
    if (columns.citizen !== undefined) out.get(columns.citizen)![i] = anon;
    for (const c of wipe) out.get(c)![i] = '';
  });
  return { columns: changed ? out : new Map(), changed };
}
