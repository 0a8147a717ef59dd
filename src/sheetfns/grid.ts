import { maskCpr } from '../core/coerce/cpr';
import { InputError } from '../core/coerce/errors';

const isArray = Array.isArray; // one global lookup, not one per row

/**
 * Sheets calls a custom function with a bare value for one cell and a 2-D array for a range. A function
 * over a whole column is called once: every argument is either one value (used for every row) or a
 * one-column range with the same number of rows as the others.
 */
export interface Rows {
  /** Number of rows to compute; 1 when every argument was a single value. */
  readonly count: number;
  /** True when at least one argument was a range: results are then one row per input row. */
  readonly isRange: boolean;
  /** The value of argument `arg` on row `row`. */
  value(arg: number, row: number): unknown;
  /** True when argument `arg` is a single value, the same on every row (worth resolving once). */
  isScalar(arg: number): boolean;
}

export function broadcast(args: readonly unknown[], fields: readonly string[]): Rows {
  let count = -1;
  let countField = '';
  const columns: (unknown[] | undefined)[] = args.map((arg, i) => {
    if (!Array.isArray(arg)) return undefined;
    const column = toColumn(arg, fields[i]);
    if (count === -1) {
      count = column.length;
      countField = fields[i];
    } else if (column.length !== count) {
      throw new InputError(
        `Områderne har forskellig længde: ${countField} har ${count} rækker, men ${fields[i]} har ${column.length}. Brug lige lange områder, fx F2:F og G2:G.`,
      );
    }
    return column;
  });
  return {
    count: count === -1 ? 1 : count,
    isRange: count !== -1,
    value: (arg, row) => {
      const column = columns[arg];
      if (!column) return args[arg];
      const cell = column[row];
      return isArray(cell) ? cell[0] : cell;
    },
    isScalar: (arg) => columns[arg] === undefined,
  };
}

/**
 * The range as Sheets hands it over (rows of one cell each), checked to be one column wide, or a 1-D
 * array as a script (not Sheets) might pass. Read in place: a copy of every column of 100,000 rows
 * was most of a call's garbage (issue 26).
 */
function toColumn(range: unknown[], field: string): unknown[] {
  const first = range[0];
  if (range.length === 0 || !Array.isArray(first)) return range;
  if (first.length !== 1) {
    if (range.length === 1) {
      throw new InputError(`${field}: brug én kolonne (et lodret område som F2:F), ikke en række af ${first.length} celler.`);
    }
    throw new InputError(`${field}: området skal være én kolonne bredt, men er ${first.length} kolonner.`);
  }
  return range;
}

/** The message to put on a bad row: `FEJL: …`, in Danish, for any error (a bug too, said as such). */
export function rowError(error: unknown): string {
  if (error instanceof InputError) return `FEJL: ${error.message}`;
  return `FEJL: uventet fejl (${maskCpr(error instanceof Error ? error.message : String(error))}). Skriv til udviklerne.`;
}
