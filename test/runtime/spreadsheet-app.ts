/** The SpreadsheetApp global. */
import { BooleanCriteria, FakeConditionalFormatRuleBuilder } from './conditional-format';
import { DataValidationCriteria, FakeDataValidationBuilder } from './data-validation';
import type { Env } from './env';
import type { FakeSheet, FakeSpreadsheet } from './spreadsheet';
import type { GasShape } from './types';
import type { FakeUi } from './ui';

export interface SpreadsheetRegistry {
  active(): FakeSpreadsheet;
  byId(id: string): FakeSpreadsheet | undefined;
  create(name: string): FakeSpreadsheet;
  ui: FakeUi;
}

export class FakeSpreadsheetApp implements GasShape<GoogleAppsScript.Spreadsheet.SpreadsheetApp> {
  readonly BooleanCriteria = BooleanCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  readonly ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;
  readonly Dimension = { COLUMNS: 'COLUMNS', ROWS: 'ROWS' } as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
  readonly WrapStrategy = { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' } as unknown as typeof GoogleAppsScript.Spreadsheet.WrapStrategy;
  readonly BorderStyle = { DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' } as unknown as typeof GoogleAppsScript.Spreadsheet.BorderStyle;
  readonly SheetType = { GRID: 'GRID', OBJECT: 'OBJECT', DATASOURCE: 'DATASOURCE' } as unknown as typeof GoogleAppsScript.Spreadsheet.SheetType;
  constructor(
    private readonly env: Env,
    private readonly reg: SpreadsheetRegistry,
  ) {}
  private c(m: string, write = false) {
    this.env.k.call(`SpreadsheetApp.${m}`, { write });
  }
  getActive() {
    this.c('getActive');
    return this.reg.active();
  }
  getActiveSpreadsheet() {
    this.c('getActiveSpreadsheet');
    return this.reg.active();
  }
  getActiveSheet() {
    this.c('getActiveSheet');
    return this.reg.active().activeSheet;
  }
  getActiveRange() {
    this.c('getActiveRange');
    return this.reg.active().getActiveRange();
  }
  getCurrentCell() {
    this.c('getCurrentCell');
    return this.reg.active().getActiveCell();
  }
  getSelection() {
    this.c('getSelection');
    return this.reg.active().getSelection();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    this.c('setActiveSheet');
    const s = sheet as unknown as FakeSheet;
    s.parentSs().activeSheet = s;
    return sheet;
  }
  openById(id: string) {
    this.c('openById');
    const ss = this.reg.byId(id);
    if (!ss) throw this.env.k.error('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return ss;
  }
  openByUrl(url: string) {
    this.c('openByUrl');
    const m = /\/d\/([^/]+)/.exec(url);
    const ss = m ? this.reg.byId(m[1]) : undefined;
    if (!ss) throw this.env.k.error('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return ss;
  }
  create(name: string) {
    this.c('create', true);
    return this.reg.create(String(name));
  }
  flush() {
    this.c('flush');
    this.reg.active().ensureCalculated();
  }
  getUi() {
    this.c('getUi');
    return this.reg.ui;
  }
  newConditionalFormatRule() {
    this.env.k.local('SpreadsheetApp.newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.env);
  }
  newDataValidation() {
    this.env.k.local('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.env);
  }
}
