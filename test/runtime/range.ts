/** Range: values, formulas, formats, notes, validation, checkboxes. Coordinates are fixed at creation, as in Apps Script. */
import { formatA1 } from './a1';
import { normColor, type GridBox } from './conditional-format';
import { FakeDataValidation } from './data-validation';
import type { Env } from './env';
import { shiftFormula } from './formulas';
import { isDateLike } from './kernel';
import type { FakeSheet } from './spreadsheet';
import type { GasShape } from './types';
import { CellError, SheetDate, displayOf, toScript } from './values';

const GENERAL_FORMAT = '0.###############';

/** Google's description of argument types in "The parameters (…) don't match the method signature" errors. */
export function paramTypes(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (a === null || a === undefined) return 'null';
      if (typeof a === 'string') return 'String';
      if (typeof a === 'number') return 'number';
      if (typeof a === 'boolean') return 'Boolean';
      if (Array.isArray(a)) return 'number[]'.replace('number', Array.isArray(a[0]) ? 'Object[]' : 'Object');
      if (isDateLike(a)) return 'Date';
      return 'Object';
    })
    .join(',');
}

export class FakeRange implements GasShape<GoogleAppsScript.Spreadsheet.Range> {
  constructor(
    private readonly env: Env,
    private readonly sh: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
    readonly openRows = false,
    readonly openCols = false,
  ) {}

  private get k() {
    return this.env.k;
  }
  sheetRef(): FakeSheet {
    return this.sh;
  }
  box(): GridBox {
    return { row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols };
  }
  private tz(): string {
    return this.sh.parentSs().tz;
  }
  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = [];
      for (let j = 0; j < this.numCols; j++) row.push(fn(this.row + i, this.col + j));
      out.push(row);
    }
    return out;
  }
  private each(fn: (r: number, c: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numCols; j++) fn(this.row + i, this.col + j, i, j);
  }
  private signature(method: string, args: readonly unknown[]): Error {
    return this.k.error(`The parameters (${paramTypes(args)}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
  }
  /** Google's shape checks for 2-D setters. */
  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw this.signature(method, [data]);
    if (data.length !== this.numRows) {
      throw this.k.error(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`);
    }
    for (const row of data) {
      if (!Array.isArray(row)) throw this.signature(method, [data]);
      if (row.length !== this.numCols) {
        throw this.k.error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numCols}.`);
      }
    }
    return data as unknown[][];
  }
  private read(name: string) {
    this.k.call(`Range.${name}`);
    this.sh.parentSs().ensureCalculated();
  }
  private write(name: string, args: unknown[]) {
    this.k.call(`Range.${name}`, { write: true, args });
  }

  // ------------------------------------------------------------- geometry (local calls)
  getA1Notation() {
    this.k.local('Range.getA1Notation');
    return formatA1({ row: this.row, col: this.col, numRows: this.numRows, numCols: this.numCols, openRows: this.openRows, openCols: this.openCols });
  }
  getRow() {
    this.k.local('Range.getRow');
    return this.row;
  }
  getRowIndex() {
    this.k.local('Range.getRowIndex');
    return this.row;
  }
  getColumn() {
    this.k.local('Range.getColumn');
    return this.col;
  }
  getNumRows() {
    this.k.local('Range.getNumRows');
    return this.numRows;
  }
  getNumColumns() {
    this.k.local('Range.getNumColumns');
    return this.numCols;
  }
  getHeight() {
    return this.getNumRows();
  }
  getWidth() {
    return this.getNumColumns();
  }
  getLastRow() {
    this.k.local('Range.getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn() {
    this.k.local('Range.getLastColumn');
    return this.col + this.numCols - 1;
  }
  getSheet() {
    this.k.local('Range.getSheet');
    return this.sh;
  }
  getGridId() {
    this.k.local('Range.getGridId');
    return this.sh.sheetId;
  }
  getCell(row: number, column: number) {
    this.k.local('Range.getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw this.k.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sh.rangeAt(this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    this.k.local('Range.offset');
    return this.sh.checkedRange(this.row + rowOffset, this.col + columnOffset, numRows ?? this.numRows, numColumns ?? this.numCols, 'Range.offset');
  }
  activate() {
    this.k.call('Range.activate');
    this.sh.parentSs().select(this.sh, this);
    return this;
  }

  // ------------------------------------------------------------- values
  getValues() {
    this.read('getValues');
    const tz = this.tz();
    return this.k.out(this.grid((r, c) => toScript(this.sh.peek(r, c), tz)));
  }
  getValue() {
    this.read('getValue');
    return this.k.out(toScript(this.sh.peek(this.row, this.col), this.tz()));
  }
  getDisplayValues() {
    this.read('getDisplayValues');
    return this.k.out(this.grid((r, c) => displayOf(this.sh.peek(r, c), this.sh.cell(r, c)?.fmt)));
  }
  getDisplayValue() {
    this.read('getDisplayValue');
    return displayOf(this.sh.peek(this.row, this.col), this.sh.cell(this.row, this.col)?.fmt);
  }
  isBlank() {
    this.read('isBlank');
    let blank = true;
    this.each((r, c) => {
      const cell = this.sh.cell(r, c);
      if (this.sh.peek(r, c) !== '' || cell?.f) blank = false;
    });
    return blank;
  }
  setValues(values: unknown[][]) {
    this.write('setValues', [values]);
    const data = this.checkShape('setValues', values);
    this.each((r, c, i, j) => this.sh.writeScript(r, c, data[i][j]));
    return this;
  }
  setValue(value: unknown) {
    this.write('setValue', [value]);
    this.each((r, c) => this.sh.writeScript(r, c, value));
    return this;
  }
  getFormulas() {
    this.k.call('Range.getFormulas');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.f ?? ''));
  }
  getFormula() {
    this.k.call('Range.getFormula');
    return this.sh.cell(this.row, this.col)?.f ?? '';
  }
  setFormula(formula: string) {
    this.write('setFormula', [formula]);
    if (typeof formula !== 'string') throw this.signature('setFormula', [formula]);
    this.each((r, c, i, j) => this.sh.writeScript(r, c, formula.startsWith('=') ? shiftFormula(formula, i, j) : formula));
    return this;
  }
  setFormulas(formulas: string[][]) {
    this.write('setFormulas', [formulas]);
    const data = this.checkShape('setFormulas', formulas);
    this.each((r, c, i, j) => this.sh.writeScript(r, c, data[i][j] === null ? '' : String(data[i][j])));
    return this;
  }
  clearContent() {
    this.write('clearContent', []);
    this.each((r, c) => this.sh.writeScript(r, c, ''));
    return this;
  }
  clearFormat() {
    this.write('clearFormat', []);
    this.each((r, c) => this.sh.clearCellFormats(r, c));
    return this;
  }
  clearNote() {
    this.write('clearNote', []);
    this.each((r, c) => this.sh.setProp(r, c, 'note', undefined));
    return this;
  }
  clearDataValidations() {
    this.write('clearDataValidations', []);
    this.each((r, c) => this.sh.setProp(r, c, 'dv', undefined));
    return this;
  }
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }) {
    this.write('clear', [options]);
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.each((r, c) => {
      if (!any || o.contentsOnly) this.sh.writeScript(r, c, '');
      if (!any || o.formatOnly) this.sh.clearCellFormats(r, c);
      if (o.validationsOnly) this.sh.setProp(r, c, 'dv', undefined);
      if (o.commentsOnly) this.sh.setProp(r, c, 'note', undefined);
    });
    return this;
  }

  // ------------------------------------------------------------- formats
  getNumberFormat() {
    this.k.call('Range.getNumberFormat');
    return this.sh.cell(this.row, this.col)?.fmt ?? GENERAL_FORMAT;
  }
  getNumberFormats() {
    this.k.call('Range.getNumberFormats');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.fmt ?? GENERAL_FORMAT));
  }
  setNumberFormat(numberFormat: string) {
    this.write('setNumberFormat', [numberFormat]);
    this.fillNumberFormat(numberFormat);
    return this;
  }
  /** The cells' side of setNumberFormat, without the call (a RangeList makes one call for all its ranges). */
  fillNumberFormat(numberFormat: string): void {
    if (typeof numberFormat !== 'string') throw this.signature('setNumberFormat', [numberFormat]);
    this.each((r, c) => this.sh.setProp(r, c, 'fmt', numberFormat));
  }
  setNumberFormats(numberFormats: unknown[][]) {
    this.write('setNumberFormats', [numberFormats]);
    const data = this.checkShape('setNumberFormats', numberFormats);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'fmt', String(data[i][j])));
    return this;
  }
  getBackground() {
    this.k.call('Range.getBackground');
    return this.sh.cell(this.row, this.col)?.bg ?? '#ffffff';
  }
  getBackgrounds() {
    this.k.call('Range.getBackgrounds');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.bg ?? '#ffffff'));
  }
  setBackground(color: string | null) {
    this.write('setBackground', [color]);
    this.each((r, c) => this.sh.setProp(r, c, 'bg', normColor(color) ?? undefined));
    return this;
  }
  setBackgrounds(color: (string | null)[][]) {
    this.write('setBackgrounds', [color]);
    const data = this.checkShape('setBackgrounds', color);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'bg', normColor(data[i][j] as string) ?? undefined));
    return this;
  }
  getFontWeight() {
    this.k.call('Range.getFontWeight');
    return this.sh.cell(this.row, this.col)?.fw ?? 'normal';
  }
  getFontWeights() {
    this.k.call('Range.getFontWeights');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.fw ?? 'normal'));
  }
  setFontWeight(fontWeight: string | null) {
    this.write('setFontWeight', [fontWeight]);
    if (fontWeight !== null && fontWeight !== 'bold' && fontWeight !== 'normal') {
      throw this.k.error(`Invalid argument: fontWeight`);
    }
    this.each((r, c) => this.sh.setProp(r, c, 'fw', fontWeight ?? undefined));
    return this;
  }
  setFontWeights(fontWeights: unknown[][]) {
    this.write('setFontWeights', [fontWeights]);
    const data = this.checkShape('setFontWeights', fontWeights);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'fw', (data[i][j] as string) ?? undefined));
    return this;
  }
  getFontColor() {
    this.k.call('Range.getFontColor');
    return this.sh.cell(this.row, this.col)?.fc ?? '#000000';
  }
  setFontColor(color: string | null) {
    this.write('setFontColor', [color]);
    this.each((r, c) => this.sh.setProp(r, c, 'fc', normColor(color) ?? undefined));
    return this;
  }
  setFontColors(colors: (string | null)[][]) {
    this.write('setFontColors', [colors]);
    const data = this.checkShape('setFontColors', colors);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'fc', normColor(data[i][j] as string) ?? undefined));
    return this;
  }
  setFontSize(size: number) {
    this.write('setFontSize', [size]);
    this.each((r, c) => this.sh.setProp(r, c, 'fs', size));
    return this;
  }
  setFontStyle(fontStyle: string | null) {
    this.write('setFontStyle', [fontStyle]);
    this.each((r, c) => this.sh.setProp(r, c, 'fst', fontStyle ?? undefined));
    return this;
  }
  setHorizontalAlignment(alignment: string | null) {
    this.write('setHorizontalAlignment', [alignment]);
    this.each((r, c) => this.sh.setProp(r, c, 'ha', alignment ?? undefined));
    return this;
  }
  getHorizontalAlignment() {
    this.k.call('Range.getHorizontalAlignment');
    return this.sh.cell(this.row, this.col)?.ha ?? 'general';
  }
  setVerticalAlignment(alignment: string | null) {
    this.write('setVerticalAlignment', [alignment]);
    return this;
  }
  setWrap(isWrapEnabled: boolean) {
    this.write('setWrap', [isWrapEnabled]);
    this.each((r, c) => this.sh.setProp(r, c, 'wrap', isWrapEnabled));
    return this;
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy) {
    this.write('setWrapStrategy', [strategy]);
    return this;
  }
  setBorder(..._args: unknown[]) {
    this.write('setBorder', []);
    return this;
  }

  // ------------------------------------------------------------- notes
  getNote() {
    this.k.call('Range.getNote');
    return this.sh.cell(this.row, this.col)?.note ?? '';
  }
  getNotes() {
    this.k.call('Range.getNotes');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.note ?? ''));
  }
  setNote(note: string | null) {
    this.write('setNote', [note]);
    this.each((r, c) => this.sh.setProp(r, c, 'note', note === null || note === '' ? undefined : String(note)));
    return this;
  }
  setNotes(notes: unknown[][]) {
    this.write('setNotes', [notes]);
    const data = this.checkShape('setNotes', notes);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'note', data[i][j] === null || data[i][j] === '' ? undefined : String(data[i][j])));
    return this;
  }

  // ------------------------------------------------------------- validation / checkboxes
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null) {
    this.write('setDataValidation', [rule]);
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw this.signature('setDataValidation', [rule]);
    this.each((r, c) => this.sh.setProp(r, c, 'dv', rule === null ? undefined : (rule as FakeDataValidation)));
    return this;
  }
  setDataValidations(rules: (GoogleAppsScript.Spreadsheet.DataValidation | null)[][]) {
    this.write('setDataValidations', [rules]);
    const data = this.checkShape('setDataValidations', rules);
    this.each((r, c, i, j) => this.sh.setProp(r, c, 'dv', (data[i][j] as FakeDataValidation | null) ?? undefined));
    return this;
  }
  getDataValidation() {
    this.k.call('Range.getDataValidation');
    return this.sh.cell(this.row, this.col)?.dv ?? null;
  }
  getDataValidations() {
    this.k.call('Range.getDataValidations');
    return this.k.out(this.grid((r, c) => this.sh.cell(r, c)?.dv ?? null));
  }
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown) {
    this.write('insertCheckboxes', [checkedValue, uncheckedValue]);
    const values = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const dv = new FakeDataValidation(this.env, { criteria: 'CHECKBOX', values, allowInvalid: false, helpText: null });
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    this.each((r, c) => {
      this.sh.setProp(r, c, 'dv', dv);
      this.sh.writeScript(r, c, unchecked);
    });
    return this;
  }
  removeCheckboxes() {
    this.write('removeCheckboxes', []);
    this.each((r, c) => {
      const cell = this.sh.cell(r, c);
      if (cell?.dv?.data.criteria === 'CHECKBOX') {
        this.sh.setProp(r, c, 'dv', undefined);
        this.sh.writeScript(r, c, '');
      }
    });
    return this;
  }
  isChecked() {
    this.read('isChecked');
    let checked = 0;
    let unchecked = 0;
    let other = 0;
    this.each((r, c) => {
      const dv = this.sh.cell(r, c)?.dv;
      if (!dv || dv.data.criteria !== 'CHECKBOX') return void other++;
      const v = this.sh.peek(r, c);
      const on = dv.data.values.length ? v === dv.data.values[0] : v === true;
      if (on) checked++;
      else unchecked++;
    });
    if (other) return null;
    if (checked && !unchecked) return true;
    if (unchecked && !checked) return false;
    return null;
  }
  check() {
    this.write('check', []);
    this.each((r, c) => {
      const dv = this.sh.cell(r, c)?.dv;
      if (dv?.data.criteria === 'CHECKBOX') this.sh.writeScript(r, c, dv.data.values.length ? dv.data.values[0] : true);
    });
    return this;
  }
  uncheck() {
    this.write('uncheck', []);
    this.each((r, c) => {
      const dv = this.sh.cell(r, c)?.dv;
      if (dv?.data.criteria === 'CHECKBOX') this.sh.writeScript(r, c, dv.data.values.length > 1 ? dv.data.values[1] : false);
    });
    return this;
  }

  // ------------------------------------------------------------- misc
  protect() {
    this.k.call('Range.protect', { write: true });
    return this.sh.addProtection(this);
  }
  createFilter() {
    this.k.call('Range.createFilter', { write: true });
    return this.sh.makeFilter(this);
  }
  getFilter() {
    this.k.call('Range.getFilter');
    return this.sh.filterRef();
  }
  merge() {
    this.write('merge', []);
    return this;
  }
  /** Sorts the rows of the range (whole cells move). Spec: column number, {column, ascending}, or an array of them. */
  sort(sortSpecObj: unknown) {
    this.write('sort', [sortSpecObj]);
    this.sh.parentSs().ensureCalculated();
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: Number((s as { column: number }).column), ascending: (s as { ascending?: boolean }).ascending !== false },
    );
    for (const s of specs) {
      if (s.column < this.col || s.column >= this.col + this.numCols) throw this.k.error(`Sort column must be in the range (${s.column}).`);
    }
    const rank = (v: unknown) => (v === '' ? 4 : typeof v === 'number' || v instanceof SheetDate ? 1 : typeof v === 'string' ? 2 : v instanceof CellError ? 5 : 3);
    const key = (v: unknown) => (v instanceof SheetDate ? v.serial : typeof v === 'string' ? v.toLowerCase() : v);
    const rows = Array.from({ length: this.numRows }, (_, i) => this.row + i);
    const snapshot = rows.map((r) => ({ r, cells: this.sh.takeRow(r, this.col, this.numCols) }));
    snapshot.sort((a, b) => {
      for (const s of specs) {
        const va = this.sh.peek(a.r, s.column);
        const vb = this.sh.peek(b.r, s.column);
        const ra = rank(va);
        const rb = rank(vb);
        if (ra !== rb) return ra >= 4 || rb >= 4 ? ra - rb : s.ascending ? ra - rb : rb - ra;
        const ka = key(va) as number | string | boolean;
        const kb = key(vb) as number | string | boolean;
        if (ka < kb) return s.ascending ? -1 : 1;
        if (ka > kb) return s.ascending ? 1 : -1;
      }
      return a.r - b.r;
    });
    snapshot.forEach((s, i) => this.sh.putRow(this.row + i, this.col, s.cells));
    return this;
  }
}
