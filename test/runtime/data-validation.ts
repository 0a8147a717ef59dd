/** Data validation rules (SpreadsheetApp.newDataValidation()). Scripts may write invalid values; Sheets only flags them. */
import type { Env } from './env';
import type { GasShape } from './types';
import type { FakeRange } from './range';

export const DataValidationCriteria = {
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
} as const;

export interface ValidationData {
  criteria: string | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidationBuilder implements GasShape<GoogleAppsScript.Spreadsheet.DataValidationBuilder> {
  private d: ValidationData;
  constructor(
    private readonly env: Env,
    from?: ValidationData,
  ) {
    this.d = from ? { ...from, values: [...from.values] } : { criteria: null, values: [], allowInvalid: true, helpText: null };
  }
  private req(name: string, criteria: string, values: unknown[]): this {
    this.env.k.local(`DataValidationBuilder.${name}`);
    this.d.criteria = criteria;
    this.d.values = values;
    return this;
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    const vals = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.req('requireCheckbox', DataValidationCriteria.CHECKBOX, vals);
  }
  requireDate() {
    return this.req('requireDate', DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }
  requireDateAfter(date: GoogleAppsScript.Base.Date) {
    return this.req('requireDateAfter', DataValidationCriteria.DATE_AFTER, [this.env.k.in(date)]);
  }
  requireDateBefore(date: GoogleAppsScript.Base.Date) {
    return this.req('requireDateBefore', DataValidationCriteria.DATE_BEFORE, [this.env.k.in(date)]);
  }
  requireDateBetween(a: GoogleAppsScript.Base.Date, b: GoogleAppsScript.Base.Date) {
    return this.req('requireDateBetween', DataValidationCriteria.DATE_BETWEEN, [this.env.k.in(a), this.env.k.in(b)]);
  }
  requireValueInList(values: string[], showDropdown?: boolean) {
    if (!Array.isArray(values)) throw this.env.k.error("The parameters (String) don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.");
    return this.req('requireValueInList', DataValidationCriteria.VALUE_IN_LIST, [[...this.env.k.in(values)], showDropdown ?? true]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown?: boolean) {
    return this.req('requireValueInRange', DataValidationCriteria.VALUE_IN_RANGE, [range, showDropdown ?? true]);
  }
  requireNumberBetween(a: number, b: number) {
    return this.req('requireNumberBetween', DataValidationCriteria.NUMBER_BETWEEN, [a, b]);
  }
  requireNumberGreaterThan(n: number) {
    return this.req('requireNumberGreaterThan', DataValidationCriteria.NUMBER_GREATER_THAN, [n]);
  }
  requireNumberLessThan(n: number) {
    return this.req('requireNumberLessThan', DataValidationCriteria.NUMBER_LESS_THAN, [n]);
  }
  requireTextIsEmail() {
    return this.req('requireTextIsEmail', DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }
  requireTextContains(t: string) {
    return this.req('requireTextContains', DataValidationCriteria.TEXT_CONTAINS, [t]);
  }
  requireFormulaSatisfied(formula: string) {
    return this.req('requireFormulaSatisfied', DataValidationCriteria.CUSTOM_FORMULA, [formula]);
  }
  setAllowInvalid(allow: boolean) {
    this.env.k.local('DataValidationBuilder.setAllowInvalid');
    this.d.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: string) {
    this.env.k.local('DataValidationBuilder.setHelpText');
    this.d.helpText = String(text);
    return this;
  }
  getCriteriaType() {
    this.env.k.local('DataValidationBuilder.getCriteriaType');
    return this.d.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    this.env.k.local('DataValidationBuilder.getCriteriaValues');
    return this.env.k.out([...this.d.values]);
  }
  build() {
    this.env.k.local('DataValidationBuilder.build');
    if (!this.d.criteria) throw this.env.k.error('You must specify a criteria for the data validation rule.');
    return new FakeDataValidation(this.env, this.d);
  }
  copy() {
    this.env.k.local('DataValidationBuilder.copy');
    return new FakeDataValidationBuilder(this.env, this.d);
  }
}

export class FakeDataValidation implements GasShape<GoogleAppsScript.Spreadsheet.DataValidation> {
  readonly data: ValidationData;
  constructor(
    private readonly env: Env,
    d: ValidationData,
  ) {
    this.data = { ...d, values: [...d.values] };
  }
  getCriteriaType() {
    this.env.k.local('DataValidation.getCriteriaType');
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    this.env.k.local('DataValidation.getCriteriaValues');
    return this.env.k.out([...this.data.values]);
  }
  getAllowInvalid() {
    this.env.k.local('DataValidation.getAllowInvalid');
    return this.data.allowInvalid;
  }
  getHelpText() {
    this.env.k.local('DataValidation.getHelpText');
    return this.data.helpText;
  }
  copy() {
    this.env.k.local('DataValidation.copy');
    return new FakeDataValidationBuilder(this.env, this.data);
  }
  /** Test helper: would Sheets accept `value` under this rule (ignoring allowInvalid)? */
  accepts(value: unknown): boolean {
    const v = this.data.values;
    switch (this.data.criteria) {
      case DataValidationCriteria.CHECKBOX:
        return v.length ? value === v[0] || value === v[1] : value === true || value === false;
      case DataValidationCriteria.VALUE_IN_LIST:
        return value === '' || (v[0] as unknown[]).map(String).includes(String(value));
      case DataValidationCriteria.DATE_IS_VALID_DATE:
        return value === '' || Object.prototype.toString.call(value) === '[object Date]';
      case DataValidationCriteria.VALUE_IN_RANGE: {
        const r = v[0] as FakeRange;
        return value === '' || r.getValues().flat().map(String).includes(String(value));
      }
    }
    return true;
  }
}
