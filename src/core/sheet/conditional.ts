import { columnLetters } from './a1';
import { STATUSES } from '../status/vocabulary';

/**
 * The row colours: one conditional-format rule per status, colouring the whole row when its Status cell
 * holds that label (`=$P2="Overskredet"`: a plain comparison reads the same in every locale). Set-up
 * replaces only these rules, recognised by their exact formula shape and label, and keeps the team's own.
 */
export interface StatusRuleSpec {
  formula: string;
  background: string;
  fontColor: string;
  label: string;
}

export function statusRules(statusColumn: number): StatusRuleSpec[] {
  const col = columnLetters(statusColumn);
  return STATUSES.map((s) => ({ formula: `=$${col}2="${s.label}"`, background: s.background, fontColor: s.text, label: s.label }));
}

const OWN_RULE = /^=\$([A-Z]{1,3})2="([^"]*)"$/;

/** Whether a custom-formula rule is one set-up wrote: a status comparison on row 2 with a known label. */
export function isOwnStatusRule(formula: unknown): boolean {
  if (typeof formula !== 'string') return false;
  const m = OWN_RULE.exec(formula.trim());
  return !!m && STATUSES.some((s) => s.label === m[2]);
}

/** A rule as the sheet reports it, reduced to what set-up compares. */
export interface RuleShape {
  formula: string | null;
  background: string | null;
  fontColor: string | null;
  /** 1-based: row, column, number of rows, number of columns of each range. */
  ranges: { row: number; col: number; numRows: number; numCols: number }[];
}

/** Whether the sheet's own rules are exactly the wanted ones over the wanted range. */
export function rulesMatch(have: readonly RuleShape[], want: readonly StatusRuleSpec[], range: RuleShape['ranges'][number]): boolean {
  if (have.length !== want.length) return false;
  return want.every((w, i) => {
    const h = have[i];
    return (
      h.formula === w.formula &&
      sameColor(h.background, w.background) &&
      sameColor(h.fontColor, w.fontColor) &&
      h.ranges.length === 1 &&
      h.ranges[0].row === range.row && h.ranges[0].col === range.col &&
      h.ranges[0].numRows === range.numRows && h.ranges[0].numCols === range.numCols
    );
  });
}

function sameColor(a: string | null, b: string): boolean {
  return (a ?? '').trim().toLowerCase() === b.toLowerCase();
}
