/**
 * Conditional formatting: rule builder, rules, and evaluation for `FakeSheet.effectiveBackground`.
 * Rules are kept in order; for a cell the first rule whose range contains it and whose condition holds
 * decides the format (Sheets stops at the first true rule). Custom formulas are relative to the top-left
 * cell of the rule's first range.
 */
import type { Env } from './env';
import { Evaluator, parseFormula, shiftFormula } from './formulas';
import type { GasShape } from './types';
import { CellError, CellValue, SheetDate } from './values';
import type { FakeRange } from './range';
import type { FakeSheet } from './spreadsheet';

export const BooleanCriteria = {
  CELL_EMPTY: 'CELL_EMPTY',
  CELL_NOT_EMPTY: 'CELL_NOT_EMPTY',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_NOT_EQUAL_TO: 'TEXT_NOT_EQUAL_TO',
  TEXT_STARTS_WITH: 'TEXT_STARTS_WITH',
  TEXT_ENDS_WITH: 'TEXT_ENDS_WITH',
} as const;

/** A range on the sheet, kept current when rows/columns are inserted or deleted. */
export interface GridBox {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export interface RuleFormat {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
}

export interface RuleData {
  sheet: FakeSheet | null;
  boxes: GridBox[];
  criteria: string | null;
  values: unknown[];
  format: RuleFormat;
}

export function normColor(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const named: Record<string, string> = {
    red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', white: '#ffffff', black: '#000000',
    orange: '#ffa500', gray: '#808080', grey: '#808080',
  };
  const t = c.trim().toLowerCase();
  return named[t] ?? t;
}

export class FakeConditionalFormatRuleBuilder implements GasShape<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder> {
  readonly data: RuleData;
  constructor(
    private readonly env: Env,
    from?: RuleData,
  ) {
    this.data = from
      ? { sheet: from.sheet, boxes: from.boxes.map((b) => ({ ...b })), criteria: from.criteria, values: [...from.values], format: { ...from.format } }
      : { sheet: null, boxes: [], criteria: null, values: [], format: {} };
  }
  private set(name: string, criteria: string, values: unknown[]): this {
    this.env.k.local(`ConditionalFormatRuleBuilder.${name}`);
    this.data.criteria = criteria;
    this.data.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string) {
    return this.set('whenFormulaSatisfied', BooleanCriteria.CUSTOM_FORMULA, [formula]);
  }
  whenTextEqualTo(text: string) {
    return this.set('whenTextEqualTo', BooleanCriteria.TEXT_EQUAL_TO, [text]);
  }
  whenTextContains(text: string) {
    return this.set('whenTextContains', BooleanCriteria.TEXT_CONTAINS, [text]);
  }
  whenTextStartsWith(text: string) {
    return this.set('whenTextStartsWith', BooleanCriteria.TEXT_STARTS_WITH, [text]);
  }
  whenTextEndsWith(text: string) {
    return this.set('whenTextEndsWith', BooleanCriteria.TEXT_ENDS_WITH, [text]);
  }
  whenCellEmpty() {
    return this.set('whenCellEmpty', BooleanCriteria.CELL_EMPTY, []);
  }
  whenCellNotEmpty() {
    return this.set('whenCellNotEmpty', BooleanCriteria.CELL_NOT_EMPTY, []);
  }
  whenNumberGreaterThan(n: number) {
    return this.set('whenNumberGreaterThan', BooleanCriteria.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberLessThan(n: number) {
    return this.set('whenNumberLessThan', BooleanCriteria.NUMBER_LESS_THAN, [n]);
  }
  whenNumberEqualTo(n: number) {
    return this.set('whenNumberEqualTo', BooleanCriteria.NUMBER_EQUAL_TO, [n]);
  }
  whenNumberBetween(a: number, b: number) {
    return this.set('whenNumberBetween', BooleanCriteria.NUMBER_BETWEEN, [a, b]);
  }
  private fmt<K extends keyof RuleFormat>(name: string, key: K, v: RuleFormat[K]): this {
    this.env.k.local(`ConditionalFormatRuleBuilder.${name}`);
    this.data.format[key] = v;
    return this;
  }
  setBackground(color: string | null) {
    return this.fmt('setBackground', 'background', normColor(color));
  }
  setFontColor(color: string | null) {
    return this.fmt('setFontColor', 'fontColor', normColor(color));
  }
  setBold(bold: boolean | null) {
    return this.fmt('setBold', 'bold', bold);
  }
  setItalic(italic: boolean | null) {
    return this.fmt('setItalic', 'italic', italic);
  }
  setStrikethrough(v: boolean | null) {
    return this.fmt('setStrikethrough', 'strikethrough', v);
  }
  setUnderline(v: boolean | null) {
    return this.fmt('setUnderline', 'underline', v);
  }
  setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this.env.k.local('ConditionalFormatRuleBuilder.setRanges');
    const rs = ranges as unknown as FakeRange[];
    if (!Array.isArray(rs)) throw this.env.k.error('The parameters (Range) don\'t match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.');
    this.data.sheet = rs[0]?.sheetRef() ?? null;
    this.data.boxes = rs.map((r) => r.box());
    return this;
  }
  getRanges() {
    this.env.k.local('ConditionalFormatRuleBuilder.getRanges');
    return this.env.k.out(rangesOf(this.data));
  }
  getBooleanCondition() {
    this.env.k.local('ConditionalFormatRuleBuilder.getBooleanCondition');
    return this.data.criteria ? new FakeBooleanCondition(this.env, this.data) : null;
  }
  build() {
    this.env.k.local('ConditionalFormatRuleBuilder.build');
    if (!this.data.criteria) throw this.env.k.error('Conditional format rules require a condition.');
    return new FakeConditionalFormatRule(this.env, this.data);
  }
  copy() {
    this.env.k.local('ConditionalFormatRuleBuilder.copy');
    return new FakeConditionalFormatRuleBuilder(this.env, this.data);
  }
}

function rangesOf(d: RuleData): FakeRange[] {
  if (!d.sheet) return [];
  const sheet = d.sheet;
  return d.boxes.map((b) => sheet.rangeAt(b.row, b.col, b.numRows, b.numCols));
}

export class FakeBooleanCondition implements GasShape<GoogleAppsScript.Spreadsheet.BooleanCondition> {
  constructor(
    private readonly env: Env,
    private readonly d: RuleData,
  ) {}
  getCriteriaType() {
    this.env.k.local('BooleanCondition.getCriteriaType');
    return this.d.criteria as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues() {
    this.env.k.local('BooleanCondition.getCriteriaValues');
    return this.env.k.out([...this.d.values]);
  }
  getBackground() {
    this.env.k.local('BooleanCondition.getBackground');
    return this.d.format.background ?? null;
  }
  getFontColor() {
    this.env.k.local('BooleanCondition.getFontColor');
    return this.d.format.fontColor ?? null;
  }
  getBold() {
    this.env.k.local('BooleanCondition.getBold');
    return this.d.format.bold ?? null;
  }
  getItalic() {
    this.env.k.local('BooleanCondition.getItalic');
    return this.d.format.italic ?? null;
  }
}

export class FakeConditionalFormatRule implements GasShape<GoogleAppsScript.Spreadsheet.ConditionalFormatRule> {
  readonly data: RuleData;
  constructor(
    private readonly env: Env,
    d: RuleData,
  ) {
    this.data = { sheet: d.sheet, boxes: d.boxes.map((b) => ({ ...b })), criteria: d.criteria, values: [...d.values], format: { ...d.format } };
  }
  getRanges() {
    this.env.k.local('ConditionalFormatRule.getRanges');
    return this.env.k.out(rangesOf(this.data));
  }
  getBooleanCondition() {
    this.env.k.local('ConditionalFormatRule.getBooleanCondition');
    return new FakeBooleanCondition(this.env, this.data);
  }
  getGradientCondition() {
    this.env.k.local('ConditionalFormatRule.getGradientCondition');
    return null;
  }
  copy() {
    this.env.k.local('ConditionalFormatRule.copy');
    return new FakeConditionalFormatRuleBuilder(this.env, this.data);
  }
}

function inBox(b: GridBox, r: number, c: number): boolean {
  return r >= b.row && r < b.row + b.numRows && c >= b.col && c < b.col + b.numCols;
}

function asText(v: CellValue): string {
  if (v instanceof CellError) return v.code;
  if (v instanceof SheetDate) return String(v.serial);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
function asNum(v: CellValue): number | null {
  if (typeof v === 'number') return v;
  if (v instanceof SheetDate) return v.serial;
  return null;
}

/** Whether a rule's condition holds for the cell (row, col) of `sheet`. */
export function ruleHolds(rule: RuleData, sheet: FakeSheet, row: number, col: number): boolean {
  if (!rule.boxes.some((b) => inBox(b, row, col))) return false;
  const v = sheet.peek(row, col);
  const vals = rule.values;
  switch (rule.criteria) {
    case BooleanCriteria.CUSTOM_FORMULA: {
      const top = rule.boxes[0];
      const f = shiftFormula(String(vals[0]), row - top.row, col - top.col);
      try {
        return new Evaluator(sheet.parentSs(), sheet.calcView()).truthy(parseFormula(f));
      } catch {
        return false;
      }
    }
    case BooleanCriteria.CELL_EMPTY:
      return v === '';
    case BooleanCriteria.CELL_NOT_EMPTY:
      return v !== '';
    case BooleanCriteria.TEXT_EQUAL_TO:
      return asText(v) === String(vals[0]);
    case BooleanCriteria.TEXT_NOT_EQUAL_TO:
      return asText(v) !== String(vals[0]);
    case BooleanCriteria.TEXT_CONTAINS:
      return asText(v).toLowerCase().includes(String(vals[0]).toLowerCase());
    case BooleanCriteria.TEXT_DOES_NOT_CONTAIN:
      return !asText(v).toLowerCase().includes(String(vals[0]).toLowerCase());
    case BooleanCriteria.TEXT_STARTS_WITH:
      return asText(v).toLowerCase().startsWith(String(vals[0]).toLowerCase());
    case BooleanCriteria.TEXT_ENDS_WITH:
      return asText(v).toLowerCase().endsWith(String(vals[0]).toLowerCase());
  }
  const n = asNum(v);
  if (n === null) return false;
  const a = Number(vals[0]);
  const b = Number(vals[1]);
  switch (rule.criteria) {
    case BooleanCriteria.NUMBER_GREATER_THAN:
      return n > a;
    case BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO:
      return n >= a;
    case BooleanCriteria.NUMBER_LESS_THAN:
      return n < a;
    case BooleanCriteria.NUMBER_LESS_THAN_OR_EQUAL_TO:
      return n <= a;
    case BooleanCriteria.NUMBER_EQUAL_TO:
      return n === a;
    case BooleanCriteria.NUMBER_NOT_EQUAL_TO:
      return n !== a;
    case BooleanCriteria.NUMBER_BETWEEN:
      return n >= Math.min(a, b) && n <= Math.max(a, b);
  }
  return false;
}

/** The format the first matching rule applies to a cell, or null. */
export function firstMatchingRule(rules: RuleData[], sheet: FakeSheet, row: number, col: number): RuleData | null {
  for (const r of rules) if (ruleHolds(r, sheet, row, col)) return r;
  return null;
}
