import { isDate } from '../core/coerce/values';
import type { Rows } from './grid';

/**
 * A row's result remembered by the row's own cells. A column of 100,000 citizens has a few thousand
 * distinct rows (birth dates and windows repeat, most other cells are empty), so each is worked out once
 * and the rest are look-ups (issue 26). `args` are the arguments that vary by row, the most varied first
 * (the birth date); every other argument must be one value for the whole call, which the caller checks.
 *
 * The first cell picks a group (a Date by its instant); within it the other cells make one text key, in
 * which an empty cell costs nothing, so the usual row (a birth date and empty cells) builds no string. A
 * row that throws throws the same error again for each row like it; the caller makes it the row's message.
 */
export function rowMemo<T>(rows: Rows, args: readonly number[], compute: (r: number) => T): (r: number) => T {
  const byValue = new Map<unknown, Map<string, Outcome<T>>>();
  const byInstant = new Map<number, Map<string, Outcome<T>>>();
  const [first, ...others] = args;
  return (r) => {
    const rest = restKey(rows, others, r);
    if (rest === undefined) return compute(r);
    const cell = rows.value(first, r);
    let group: Map<string, Outcome<T>> | undefined;
    if (typeof cell === 'object' && isDate(cell)) {
      const t = cell.getTime();
      group = byInstant.get(t);
      if (!group) byInstant.set(t, (group = new Map()));
    } else if (isPlain(cell)) {
      group = byValue.get(cell);
      if (!group) byValue.set(cell, (group = new Map()));
    } else {
      return compute(r);
    }
    return once(group, rest, () => compute(r));
  };
}

/** A result worked out, or the error it threw. */
export type Outcome<T> = { value: T } | { error: unknown };

/**
 * What `compute` gives for `key`, worked out once: its result, or the error it threw, thrown again (the
 * same error: a new one would cost a stack trace per row, and a column of rows outside the norms' ages
 * is thousands of them).
 */
export function once<K, T>(known: Map<K, Outcome<T>>, key: K, compute: () => T): T {
  let outcome = known.get(key);
  if (!outcome) {
    try {
      outcome = { value: compute() };
    } catch (error) {
      outcome = { error };
    }
    known.set(key, outcome);
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.value;
}

/**
 * The other cells as one text that tells every two rows apart: for each non-empty cell its position, its
 * kind (text, number, yes/no, date) and its value with its length, so «1» and 1, or a text holding the
 * separator, never meet. Undefined for a value no sheet hands over (then the row is not remembered).
 */
function restKey(rows: Rows, args: readonly number[], r: number): string | undefined {
  let key = '';
  for (let i = 0; i < args.length; i++) {
    const v = rows.value(args[i], r);
    if (v === '') continue;
    let text: string;
    if (typeof v === 'string') text = `s${v.length}:${v}`;
    else if (typeof v === 'number') text = `n${v}`;
    else if (typeof v === 'boolean') text = v ? 'T' : 'F';
    else if (typeof v === 'object' && isDate(v)) text = `d${v.getTime()}`;
    else return undefined;
    key += `${i}${text};`;
  }
  return key;
}

function isPlain(v: unknown): boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
