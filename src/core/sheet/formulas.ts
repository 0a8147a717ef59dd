import { openColumn } from './a1';

/**
 * The one formula per computed column that set-up writes in row 2. English syntax (`,`): Apps Script
 * writes formulas in English whatever the sheet's locale. The reference date and the profile always come
 * from `Indstillinger!B2` and `Indstillinger!B3`.
 */
export const AS_OF_REF = 'Indstillinger!B2';
export const PROFILE_REF = 'Indstillinger!B3';

/** The computed columns whose row-2 cell holds a formula; the rest of the plan block is its spill. */
export type FormulaKey = 'code' | 'status' | 'reason';
export const FORMULA_KEYS: readonly FormulaKey[] = ['code', 'status', 'reason'];

/** The function each formula column calls. */
export const FORMULA_FUNCTION: Record<FormulaKey, string> = { code: 'FHB_PLAN', status: 'FHB_STATUS', reason: 'FHB_REASON' };

/** Final 0-based positions of the columns the formulas read. */
export type FormulaColumns = Record<
  'birth' | 'livesAlone' | 'spouseDied' | 'spouseMoved' | 'atRisk' | 'exempt' | 'code' | 'from' | 'to' | 'invited' | 'visit' | 'done' | 'declined' | 'announced' | 'ended' | 'followUp',
  number
> & {
  /** The profile's own event columns, in the profile's order: FHB_PLAN's arguments from the 9th on. */
  events?: readonly number[];
};

function planArgs(c: FormulaColumns): string {
  const col = openColumn;
  return [col(c.birth), col(c.livesAlone), AS_OF_REF, col(c.spouseDied), col(c.spouseMoved), col(c.atRisk), col(c.exempt), PROFILE_REF, ...(c.events ?? []).map(col)].join(', ');
}

export function planFormula(c: FormulaColumns): string {
  return `=${FORMULA_FUNCTION.code}(${planArgs(c)})`;
}

export function reasonFormula(c: FormulaColumns): string {
  return `=${FORMULA_FUNCTION.reason}(${planArgs(c)})`;
}

export function statusFormula(c: FormulaColumns): string {
  const col = openColumn;
  return `=${FORMULA_FUNCTION.status}(${[col(c.code), col(c.from), col(c.to), col(c.invited), col(c.visit), col(c.done), col(c.declined), AS_OF_REF, col(c.announced), col(c.ended), PROFILE_REF, col(c.followUp)].join(', ')})`;
}

const FORMULA_OF: Record<FormulaKey, (c: FormulaColumns) => string> = { code: planFormula, status: statusFormula, reason: reasonFormula };

export function formulaFor(key: FormulaKey, c: FormulaColumns): string {
  return FORMULA_OF[key](c);
}

/** The three formulas, by the column they go in. */
export function formulasOf(c: FormulaColumns): Record<FormulaKey, string> {
  return { code: planFormula(c), status: statusFormula(c), reason: reasonFormula(c) };
}

/**
 * Two formulas are the same when they differ only in spacing and letter case outside string literals
 * (Sheets may give a formula back with other spacing than it was written with).
 */
export function sameFormula(a: string, b: string): boolean {
  return normalizeFormula(a) === normalizeFormula(b);
}

function normalizeFormula(f: string): string {
  return f.split('"').map((part, i) => (i % 2 === 0 ? part.replace(/\s+/g, '').toUpperCase() : part)).join('"');
}

/** Whether a row-2 formula is one of ours for this column (whatever its arguments): the column is ours to rewrite. */
export function isOwnFormula(key: FormulaKey, formula: string): boolean {
  return new RegExp(`^=\\s*${FORMULA_FUNCTION[key]}\\s*\\(`, 'i').test(formula.trim());
}

