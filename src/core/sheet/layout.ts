import { COLUMNS, ColumnKey, PLAN_BLOCK, birthColumn, columnSpec, findColumns } from './columns';
import { FormulaColumns, isOwnFormula } from './formulas';

/**
 * The set-up plan of the citizen sheet, computed from what is there: which columns to add where, so a
 * team keeps its own order, its extra columns and every value it typed. Pure: the adapter reads the
 * sheet once, asks this, and applies the answer.
 *
 * Rules:
 * - Known columns are found by header (with synonyms); the first match wins, as `findColumns` everywhere.
 * - A missing column goes right after the nearest column before it in `COLUMNS` order that is there,
 *   else right before the nearest one after it, else at the end.
 * - The 7 plan columns (FHB_PLAN's spill) must be contiguous and in order. A broken block, or a computed
 *   column holding the team's own values (typed text, hand-written IF formulas), is left as it is: a
 *   fresh column (block) goes in right before it, so the first match by header is the fresh one.
 * - An empty column with no header, right where columns would be inserted, is used instead of inserting
 *   (this is also how a set-up interrupted between inserting and naming columns is completed).
 */

export interface ExistingColumn {
  header: unknown;
  /** No value in row 2 or below, and no formula in row 2. */
  empty: boolean;
  /** The formula of row 2, '' when none. */
  formula: string;
}

/** Insert `count` columns before the existing 0-based column `before` (apply in the given order). */
export interface Insert {
  before: number;
  count: number;
}

export interface LayoutPlan {
  /** Insertions among existing columns, rightmost first so earlier indices stay valid. */
  inserts: Insert[];
  /** Columns written after the last existing one. */
  appendCount: number;
  /** The final number of columns. */
  width: number;
  /** The final header row. Existing headers are kept exactly as typed. */
  headers: unknown[];
  /** Whether row 1 needs writing (a column was added or an empty column named). */
  headersChanged: boolean;
  /** For each final column, its 0-based index in the existing sheet (undefined for an inserted column). */
  origin: (number | undefined)[];
  /** Final 0-based position of every column set-up manages. */
  columns: Partial<Record<ColumnKey, number>>;
  /** The column the birth date is read from (Fødselsdato, or CPR when the sheet has only that). */
  birth: number;
  /** Keys given a new column (or an empty column named), in `COLUMNS` order. */
  added: ColumnKey[];
  /** Computed columns left as they were because they hold the team's own values: final 0-based positions. */
  superseded: { key: ColumnKey; index: number }[];
}

interface Item {
  /** 0-based index in the existing sheet; undefined for a new column. */
  orig?: number;
  header: unknown;
  key?: ColumnKey;
  /** Empty header and no data: may be used for a new column. */
  blank: boolean;
  /** A new column (or a blank one taken over) gets the key's header. */
  fresh: boolean;
}

/** The columns set-up makes sure exist: all but CPR, and Fødselsdato only when CPR is not there instead. */
export function requiredKeys(present: Partial<Record<ColumnKey, number>>): ColumnKey[] {
  return COLUMNS.map((c) => c.key as ColumnKey).filter((k) => k !== 'cpr' && !(k === 'birthdate' && present.cpr !== undefined));
}

function isBlankHeader(h: unknown): boolean {
  return h === null || h === undefined || (typeof h === 'string' && h.trim() === '');
}

/** Whether the existing plan block can be used as it is. */
function planBlockUsable(map: Partial<Record<ColumnKey, number>>, cols: readonly ExistingColumn[]): boolean {
  const start = map.code;
  if (start === undefined) return false;
  if (!PLAN_BLOCK.every((k, j) => map[k] === start + j)) return false;
  if (!PLAN_BLOCK.slice(1).every((_, j) => cols[start + 1 + j].formula === '')) return false;
  return isOwnFormula('code', cols[start].formula) || PLAN_BLOCK.every((_, j) => cols[start + j].empty);
}

function computedUsable(key: 'status' | 'reason', col: ExistingColumn): boolean {
  return col.empty || isOwnFormula(key, col.formula);
}

export function planLayout(existing: readonly ExistingColumn[]): LayoutPlan {
  const map = findColumns(existing.map((c) => c.header));
  const items: Item[] = existing.map((c, i) => ({ orig: i, header: c.header, blank: isBlankHeader(c.header) && c.empty, fresh: false }));
  for (const [key, i] of Object.entries(map) as [ColumnKey, number][]) items[i].key = key;

  // Which known columns are stale (kept, but replaced by a fresh column in front of them).
  const stale = new Set<ColumnKey>();
  if (PLAN_BLOCK.some((k) => map[k] !== undefined) && !planBlockUsable(map, existing)) PLAN_BLOCK.forEach((k) => map[k] !== undefined && stale.add(k));
  for (const k of ['status', 'reason'] as const) if (map[k] !== undefined && !computedUsable(k, existing[map[k]!])) stale.add(k);
  for (const it of items) if (it.key && stale.has(it.key)) it.key = undefined;

  const live = new Map<ColumnKey, Item>();
  for (const it of items) if (it.key) live.set(it.key, it);

  const order = COLUMNS.map((c) => c.key as ColumnKey);
  const required = requiredKeys(map);
  const insertAt = (index: number, keys: readonly ColumnKey[]) => {
    const fresh = keys.map((key): Item => ({ header: columnSpec(key).header, key, blank: false, fresh: true }));
    items.splice(index, 0, ...fresh);
    fresh.forEach((it) => live.set(it.key!, it));
  };
  const added: ColumnKey[] = [];

  for (const key of order) {
    if (!required.includes(key) || live.has(key)) continue;
    if (PLAN_BLOCK.includes(key) && key !== 'code') continue; // placed with the block
    const unit = key === 'code' ? PLAN_BLOCK : [key];
    const staleCols = unit.filter((k) => stale.has(k)).map((k) => map[k]!);
    let index: number;
    if (staleCols.length) {
      const leftmost = Math.min(...staleCols);
      index = items.findIndex((it) => it.orig === leftmost);
    } else {
      const pos = order.indexOf(unit[0]);
      const before = order.slice(0, pos).reverse().find((k) => live.has(k));
      const after = order.slice(order.indexOf(unit[unit.length - 1]) + 1).find((k) => live.has(k));
      index = before ? items.indexOf(live.get(before)!) + 1 : after ? items.indexOf(live.get(after)!) : items.length;
    }
    insertAt(index, unit);
    added.push(...unit);
  }

  useBlankColumns(items);

  // Physical operations: a run of new items before existing column `orig` is one insertion there.
  const inserts: Insert[] = [];
  let run = 0;
  for (const it of items) {
    if (it.orig === undefined) run++;
    else if (run) {
      inserts.push({ before: it.orig, count: run });
      run = 0;
    }
  }
  const appendCount = run; // the new items after the last existing column
  inserts.sort((a, b) => b.before - a.before);

  const headers = items.map((it) => it.header);
  const columns: Partial<Record<ColumnKey, number>> = {};
  items.forEach((it, i) => {
    if (it.key) columns[it.key] = i;
  });
  const superseded: { key: ColumnKey; index: number }[] = [];
  for (const k of stale) superseded.push({ key: k, index: items.findIndex((it) => it.orig === map[k]) });
  superseded.sort((a, b) => a.index - b.index);

  const birth = birthColumn(columns);
  if (birth === undefined) throw new Error('planLayout: no birth column');
  // The layout must be what everybody else finds by header (first match).
  const found = findColumns(headers);
  for (const k of required) {
    if (found[k] !== columns[k]) throw new Error(`planLayout: ${k} would be found at ${found[k]}, placed at ${columns[k]}`);
  }

  return {
    inserts,
    appendCount,
    width: items.length,
    headers,
    headersChanged: items.some((it) => it.fresh),
    origin: items.map((it) => it.orig),
    columns,
    birth,
    added: order.filter((k) => added.includes(k)),
    superseded,
  };
}

/**
 * New columns take over blank existing columns right next to them (keeping their order): the blanks
 * before a run take its first keys, the blanks after it its last keys, the rest is still inserted.
 */
function useBlankColumns(items: Item[]): void {
  const take = (slot: Item, from: Item) => {
    slot.key = from.key;
    slot.header = from.header;
    slot.fresh = true;
    slot.blank = false;
  };
  let i = 0;
  while (i < items.length) {
    if (items[i].orig !== undefined) {
      i++;
      continue;
    }
    let end = i;
    while (end < items.length && items[end].orig === undefined) end++;
    const fresh = items.slice(i, end);
    let before = 0;
    while (i - before - 1 >= 0 && items[i - before - 1].blank && before < fresh.length) before++;
    let after = 0;
    while (end + after < items.length && items[end + after].blank && before + after < fresh.length) after++;
    items.slice(i - before, i).forEach((slot, b) => take(slot, fresh[b]));
    items.slice(end, end + after).forEach((slot, b) => take(slot, fresh[fresh.length - after + b]));
    const middle = fresh.slice(before, fresh.length - after);
    items.splice(i, end - i, ...middle);
    i += middle.length + after;
  }
}

/** The columns the formulas read, from a finished layout. */
export function formulaColumns(plan: Pick<LayoutPlan, 'columns' | 'birth'>): FormulaColumns {
  const c = plan.columns;
  const need = (k: ColumnKey) => {
    const v = c[k];
    if (v === undefined) throw new Error(`formulaColumns: ${k} missing`);
    return v;
  };
  return {
    birth: plan.birth,
    livesAlone: need('livesAlone'),
    spouseDied: need('spouseDied'),
    spouseMoved: need('spouseMoved'),
    atRisk: need('atRisk'),
    exempt: need('exempt'),
    code: need('code'),
    from: need('from'),
    to: need('to'),
    invited: need('invited'),
    visit: need('visit'),
    done: need('done'),
    declined: need('declined'),
    announced: need('announced'),
    ended: need('ended'),
    followUp: need('followUp'),
  };
}
