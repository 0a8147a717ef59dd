/**
 * Spreadsheet and Sheet, plus formula recalculation.
 *
 * Recalculation is lazy: any change to contents or structure marks the spreadsheet dirty; the next read
 * (getValues, getDisplayValues, getLastRow, the test helpers …) re-evaluates every formula cell of every
 * sheet in the order the formulas were set. A custom function runs through the loaded bundle in
 * custom-function mode; its result is cached by (function, arguments, spreadsheet zone) as Sheets does, so
 * it is re-run only when its arguments change. 2-D results spill from the anchor; a spill that would
 * overwrite typed data makes the anchor `#REF!`; a thrown error makes it `#ERROR!` (see `errorOf`).
 */
import { MAX_COLUMNS, columnToLetters, formatA1, parseA1 } from './a1';
import { SheetCharts } from './charts';
import { FakeConditionalFormatRule, firstMatchingRule, type GridBox, type RuleData } from './conditional-format';
import type { FakeDataValidation } from './data-validation';
import type { CustomFn, Env } from './env';
import { Evaluator, FormulaParseError, adjustFormula, moveSpan, parseFormula, type CalcHost, type CalcSheet, type RangeV, type Result } from './formulas';
import { FakeRange, paramTypes } from './range';
import { FakeRangeList } from './range-list';
import { isValidTimeZone, toWallMs, wallFields } from './timezone';
import type { GasShape } from './types';
import { CellError, autoConvert, displayOf, fromScript, toScript, typedFormula, type CellValue, type Scalar } from './values';

export interface Cell {
  v: Scalar;
  f?: string;
  fseq?: number;
  res?: CellValue;
  fmt?: string;
  bg?: string;
  fw?: string;
  fc?: string;
  fs?: number;
  fst?: string;
  ha?: string;
  wrap?: boolean;
  note?: string;
  dv?: FakeDataValidation;
}
type CellProp = Exclude<keyof Cell, 'v' | 'f' | 'fseq' | 'res'>;

const KEY = 32768;
const key = (r: number, c: number) => r * KEY + c;
const rowOf = (k: number) => Math.floor(k / KEY);
const colOf = (k: number) => k % KEY;

export class FakeUser implements GasShape<GoogleAppsScript.Base.User> {
  constructor(private readonly email: string) {}
  getEmail() {
    return this.email;
  }
  toString() {
    return this.email;
  }
}

function emailOf(x: string | GoogleAppsScript.Base.User): string {
  return typeof x === 'string' ? x : x.getEmail();
}

export class FakeProtection implements GasShape<GoogleAppsScript.Spreadsheet.Protection> {
  description = '';
  warningOnly = false;
  editors: string[];
  removed = false;
  domainEdit = true;
  unprotected: FakeRange[] = [];
  constructor(
    private readonly env: Env,
    readonly sheet: FakeSheet,
    readonly range: FakeRange | null,
    owner: string,
  ) {
    this.editors = [owner];
  }
  private live(name: string) {
    this.env.k.call(`Protection.${name}`, { write: name.startsWith('set') || name === 'remove' || name.startsWith('add') });
    if (this.removed) throw this.env.k.error('The protection has been removed.');
  }
  getProtectionType() {
    this.env.k.local('Protection.getProtectionType');
    return (this.range ? 'RANGE' : 'SHEET') as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }
  setDescription(description: string) {
    this.live('setDescription');
    this.description = String(description);
    return this;
  }
  getDescription() {
    this.live('getDescription');
    return this.description;
  }
  setWarningOnly(warningOnly: boolean) {
    this.live('setWarningOnly');
    this.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly() {
    this.live('isWarningOnly');
    return this.warningOnly;
  }
  getRange() {
    this.live('getRange');
    return this.range ?? this.sheet.rangeAt(1, 1, this.sheet.maxRows, this.sheet.maxCols);
  }
  canEdit() {
    this.live('canEdit');
    return this.warningOnly || this.editors.includes(this.env.k.activeUser);
  }
  addEditor(emailAddressOrUser: string | GoogleAppsScript.Base.User) {
    this.live('addEditor');
    const e = emailOf(emailAddressOrUser);
    if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  addEditors(emailAddresses: string[]) {
    this.live('addEditors');
    for (const e of emailAddresses) if (!this.editors.includes(e)) this.editors.push(e);
    return this;
  }
  removeEditors(emailAddressesOrUsers: (string | GoogleAppsScript.Base.User)[]) {
    this.live('removeEditors');
    const gone = emailAddressesOrUsers.map(emailOf);
    this.editors = this.editors.filter((e) => !gone.includes(e));
    return this;
  }
  removeEditor(emailAddressOrUser: string | GoogleAppsScript.Base.User) {
    return this.removeEditors([emailAddressOrUser]);
  }
  getEditors() {
    this.live('getEditors');
    return this.env.k.out(this.editors.map((e) => new FakeUser(e)));
  }
  setDomainEdit(editable: boolean) {
    this.live('setDomainEdit');
    this.domainEdit = editable;
    return this;
  }
  canDomainEdit() {
    this.live('canDomainEdit');
    return this.domainEdit;
  }
  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]) {
    this.live('setUnprotectedRanges');
    this.unprotected = [...(ranges as unknown as FakeRange[])];
    return this;
  }
  getUnprotectedRanges() {
    this.live('getUnprotectedRanges');
    return this.env.k.out([...this.unprotected]);
  }
  remove() {
    this.live('remove');
    this.removed = true;
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}

export class FakeFilter implements GasShape<GoogleAppsScript.Spreadsheet.Filter> {
  criteria = new Map<number, unknown>();
  constructor(
    private readonly env: Env,
    readonly sheet: FakeSheet,
    public box: GridBox,
  ) {}
  getRange() {
    this.env.k.call('Filter.getRange');
    return this.sheet.rangeAt(this.box.row, this.box.col, this.box.numRows, this.box.numCols);
  }
  setColumnFilterCriteria(columnPosition: number, filterCriteria: GoogleAppsScript.Spreadsheet.FilterCriteria | null) {
    this.env.k.call('Filter.setColumnFilterCriteria', { write: true });
    if (filterCriteria === null) this.criteria.delete(columnPosition);
    else this.criteria.set(columnPosition, filterCriteria);
    return this;
  }
  getColumnFilterCriteria(columnPosition: number) {
    this.env.k.call('Filter.getColumnFilterCriteria');
    return (this.criteria.get(columnPosition) as GoogleAppsScript.Spreadsheet.FilterCriteria | undefined) ?? null;
  }
  remove() {
    this.env.k.call('Filter.remove', { write: true });
    this.sheet.filter = null;
  }
}

export class FakeNamedRange implements GasShape<GoogleAppsScript.Spreadsheet.NamedRange> {
  constructor(
    private readonly env: Env,
    private readonly ss: FakeSpreadsheet,
    private name: string,
  ) {}
  getName() {
    this.env.k.call('NamedRange.getName');
    return this.name;
  }
  getRange() {
    this.env.k.call('NamedRange.getRange');
    const n = this.ss.named.get(this.name);
    if (!n) throw this.env.k.error('Range not found');
    return n.sheet.rangeAt(n.box.row, n.box.col, n.box.numRows, n.box.numCols);
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.env.k.call('NamedRange.setRange', { write: true });
    const r = range as unknown as FakeRange;
    this.ss.named.set(this.name, { sheet: r.sheetRef(), box: r.box() });
    this.ss.touch();
    return this;
  }
  setName(name: string) {
    this.env.k.call('NamedRange.setName', { write: true });
    const n = this.ss.named.get(this.name);
    if (n) {
      this.ss.named.delete(this.name);
      this.ss.named.set(name, n);
    }
    this.name = name;
    this.ss.touch();
    return this;
  }
  remove() {
    this.env.k.call('NamedRange.remove', { write: true });
    this.ss.named.delete(this.name);
    this.ss.touch();
  }
}

export class FakeSheet implements GasShape<GoogleAppsScript.Spreadsheet.Sheet> {
  cells = new Map<number, Cell>();
  spill = new Map<number, CellValue>();
  maxRows = 1000;
  maxCols = 26;
  cf: RuleData[] = [];
  frozenRows = 0;
  frozenCols = 0;
  colWidths = new Map<number, number>();
  hiddenCols = new Set<number>();
  hiddenRows = new Set<number>();
  tabColor: string | null = null;
  protections: FakeProtection[] = [];
  filter: FakeFilter | null = null;
  hidden = false;
  /** The embedded charts (charts.ts). */
  readonly chartStore: SheetCharts;
  private readonly view: CalcSheet;

  constructor(
    private readonly env: Env,
    private readonly ss: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {
    const self = this;
    this.chartStore = new SheetCharts(env, this);
    this.view = {
      get name() {
        return self.name;
      },
      maxRows: () => self.maxRows,
      maxCols: () => self.maxCols,
      read: (r, c) => self.peek(r, c),
    };
  }
  private get k() {
    return this.env.k;
  }

  // ----------------------------------------------------------------- internals used by Range & co
  parentSs(): FakeSpreadsheet {
    return this.ss;
  }
  calcView(): CalcSheet {
    return this.view;
  }
  cell(r: number, c: number): Cell | undefined {
    return this.cells.get(key(r, c));
  }
  private cellFor(r: number, c: number): Cell {
    let cell = this.cells.get(key(r, c));
    if (!cell) {
      cell = { v: '' };
      this.cells.set(key(r, c), cell);
    }
    return cell;
  }
  /** The value a cell shows, without recalculating. */
  peek(r: number, c: number): CellValue {
    const cell = this.cells.get(key(r, c));
    if (cell?.f !== undefined) return cell.res ?? '';
    if (cell && cell.v !== '') return cell.v;
    return this.spill.get(key(r, c)) ?? '';
  }
  /** Write a value as a script does (setValue): '=…' makes a formula, text is auto-converted, Dates use the spreadsheet zone. */
  writeScript(r: number, c: number, value: unknown): void {
    const cell = this.cellFor(r, c);
    const formula = typeof value === 'string' ? typedFormula(value, cell.fmt) : null;
    if (formula) {
      cell.f = formula;
      cell.fseq = this.ss.nextFormulaSeq();
      cell.res = undefined;
      cell.v = '';
    } else {
      delete cell.f;
      delete cell.fseq;
      delete cell.res;
      cell.v = typeof value === 'string' ? autoConvert(value, cell.fmt, this.ss.locale, wallFields(toWallMs(this.k.clock.nowMs(), this.ss.tz)).year) : fromScript(this.k.in(value), this.ss.tz);
    }
    this.ss.touch();
  }
  setProp<K extends CellProp>(r: number, c: number, prop: K, value: Cell[K] | undefined): void {
    const cell = this.cellFor(r, c);
    if (value === undefined) delete cell[prop];
    else cell[prop] = value;
  }
  clearCellFormats(r: number, c: number): void {
    const cell = this.cells.get(key(r, c));
    if (!cell) return;
    for (const p of ['fmt', 'bg', 'fw', 'fc', 'fs', 'fst', 'ha', 'wrap'] as const) delete cell[p];
  }
  takeRow(r: number, col: number, n: number): (Cell | undefined)[] {
    const out: (Cell | undefined)[] = [];
    for (let j = 0; j < n; j++) out.push(this.cells.get(key(r, col + j)));
    return out;
  }
  putRow(r: number, col: number, cells: (Cell | undefined)[]): void {
    cells.forEach((cell, j) => {
      if (cell) this.cells.set(key(r, col + j), cell);
      else this.cells.delete(key(r, col + j));
    });
    this.ss.touch();
  }
  rangeAt(row: number, col: number, numRows: number, numCols: number, openRows = false, openCols = false): FakeRange {
    return new FakeRange(this.env, this, row, col, numRows, numCols, openRows, openCols);
  }
  /** getRange(row, col, numRows, numCols) with Google's argument checks. */
  checkedRange(row: number, col: number, numRows: number, numCols: number, method = 'Sheet.getRange'): FakeRange {
    for (const x of [row, col, numRows, numCols]) {
      if (typeof x !== 'number') throw this.k.error(`The parameters (${paramTypes([row, col, numRows, numCols].filter((y) => y !== undefined))}) don't match the method signature for SpreadsheetApp.${method}.`);
      if (!Number.isInteger(x)) throw this.k.error(`Cannot convert '${x}' to int.`);
    }
    if (row < 1) throw this.k.error('The starting row of the range is too small.');
    if (col < 1) throw this.k.error('The starting column of the range is too small.');
    if (numRows < 1) throw this.k.error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw this.k.error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxCols) {
      throw this.k.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.rangeAt(row, col, numRows, numCols);
  }
  rangeFromA1(a1: string): FakeRange {
    const g = parseA1(a1);
    if (!g) throw this.k.error('Range not found');
    if (g.sheet !== undefined && g.sheet !== this.name) throw this.k.error('Range not found');
    const endRow = g.endRow ?? this.maxRows;
    const endCol = g.endCol ?? this.maxCols;
    if (endRow > this.maxRows || endCol > this.maxCols || g.row > this.maxRows) {
      throw this.k.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.rangeAt(g.row, g.col, endRow - g.row + 1, endCol - g.col + 1, g.endRow === null, g.endCol === null);
  }
  addProtection(range: FakeRange | null): FakeProtection {
    if (!range) {
      const existing = this.protections.find((p) => !p.range);
      if (existing) return existing;
    }
    const p = new FakeProtection(this.env, this, range, this.ss.owner);
    this.protections.push(p);
    return p;
  }
  makeFilter(range: FakeRange): FakeFilter {
    if (this.filter) throw this.k.error("You can't create a filter in a sheet that already has a filter.");
    this.filter = new FakeFilter(this.env, this, range.box());
    return this.filter;
  }
  filterRef(): FakeFilter | null {
    return this.filter;
  }
  contentExtent(): { lastRow: number; lastCol: number } {
    let lastRow = 0;
    let lastCol = 0;
    const see = (k: number) => {
      lastRow = Math.max(lastRow, rowOf(k));
      lastCol = Math.max(lastCol, colOf(k));
    };
    for (const [k, cell] of this.cells) if (cell.f !== undefined || cell.v !== '') see(k);
    for (const [k, v] of this.spill) if (v !== '') see(k);
    return { lastRow, lastCol };
  }

  /** Insert or delete rows/columns; moves cells and fixes references in formulas, CF rules and named ranges. */
  structural(axis: 'row' | 'col', at: number, count: number, kind: 'insert' | 'delete'): void {
    const last = at + count - 1;
    const moved = new Map<number, Cell>();
    for (const [k, cell] of this.cells) {
      let r = rowOf(k);
      let c = colOf(k);
      const x = axis === 'row' ? r : c;
      let nx = x;
      if (kind === 'insert') nx = x >= at ? x + count : x;
      else if (x >= at && x <= last) continue;
      else if (x > last) nx = x - count;
      if (axis === 'row') r = nx;
      else c = nx;
      moved.set(key(r, c), cell);
    }
    this.cells = moved;
    if (axis === 'row') this.maxRows += kind === 'insert' ? count : -count;
    else this.maxCols += kind === 'insert' ? count : -count;
    for (const sh of this.ss.sheets) {
      for (const cell of sh.cells.values()) {
        if (cell.f !== undefined) cell.f = adjustFormula(cell.f, sh.name, this.name, axis, at, count, kind);
      }
    }
    const moveBox = (b: GridBox): GridBox | null => {
      const s = axis === 'row' ? b.row : b.col;
      const n = axis === 'row' ? b.numRows : b.numCols;
      const m = moveSpan(s, s + n - 1, at, count, kind);
      if (!m) return null;
      return axis === 'row' ? { ...b, row: m[0], numRows: m[1] - m[0] + 1 } : { ...b, col: m[0], numCols: m[1] - m[0] + 1 };
    };
    for (const rule of this.cf) {
      const top = rule.boxes[0];
      rule.boxes = rule.boxes.map(moveBox).filter((b): b is GridBox => b !== null);
      if (rule.criteria === 'CUSTOM_FORMULA' && top) {
        rule.values[0] = adjustFormula(String(rule.values[0]), this.name, this.name, axis, at, count, kind);
      }
    }
    this.cf = this.cf.filter((r) => r.boxes.length > 0);
    for (const [name, n] of this.ss.named) {
      if (n.sheet !== this) continue;
      const b = moveBox(n.box);
      if (b) n.box = b;
      else this.ss.named.delete(name);
    }
    if (this.filter) {
      const b = moveBox(this.filter.box);
      if (b) this.filter.box = b;
      else this.filter = null;
    }
    this.ss.touch();
  }

  // ----------------------------------------------------------------- test helpers (free, uncounted)
  /** Values of a range as the script would read them (2-D, this realm). */
  valuesOf(a1: string): unknown[][] {
    this.ss.ensureCalculated();
    const r = this.rangeFromA1(a1);
    const out: unknown[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < r.numCols; j++) row.push(toScript(this.peek(r.row + i, r.col + j), this.ss.tz));
      out.push(row);
    }
    return out;
  }
  displayValuesOf(a1: string): string[][] {
    this.ss.ensureCalculated();
    const r = this.rangeFromA1(a1);
    const out: string[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const row: string[] = [];
      for (let j = 0; j < r.numCols; j++) row.push(displayOf(this.peek(r.row + i, r.col + j), this.cell(r.row + i, r.col + j)?.fmt));
      out.push(row);
    }
    return out;
  }
  /** The message of the error shown in a cell (`#ERROR!`, `#REF!`, `#NAME?` …), or null. */
  errorOf(a1: string): string | null {
    this.ss.ensureCalculated();
    const r = this.rangeFromA1(a1);
    const v = this.peek(r.row, r.col);
    return v instanceof CellError ? v.message : null;
  }
  /** The background the cell shows after conditional formatting (first matching rule wins); null = none. */
  effectiveBackground(a1: string): string | null {
    this.ss.ensureCalculated();
    const r = this.rangeFromA1(a1);
    const own = this.cell(r.row, r.col)?.bg ?? null;
    const rule = firstMatchingRule(this.cf, this, r.row, r.col);
    if (rule && rule.format.background) return rule.format.background;
    return own;
  }
  /** The conditional-format rule that decides a cell's format, or null. */
  effectiveRule(a1: string): RuleData | null {
    this.ss.ensureCalculated();
    const r = this.rangeFromA1(a1);
    return firstMatchingRule(this.cf, this, r.row, r.col);
  }

  // ----------------------------------------------------------------- Sheet API
  getName() {
    this.k.call('Sheet.getName');
    return this.name;
  }
  setName(name: string) {
    this.k.call('Sheet.setName', { write: true });
    if (this.ss.sheets.some((s) => s !== this && s.name.toLowerCase() === String(name).toLowerCase())) {
      throw this.k.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.name = String(name);
    this.ss.touch();
    return this;
  }
  getSheetId() {
    this.k.local('Sheet.getSheetId');
    return this.sheetId;
  }
  getIndex() {
    this.k.call('Sheet.getIndex');
    return this.ss.sheets.indexOf(this) + 1;
  }
  getParent() {
    this.k.local('Sheet.getParent');
    return this.ss;
  }
  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange;
  getRange(...args: unknown[]): FakeRange {
    this.k.call('Sheet.getRange');
    const [a, column, numRows, numColumns] = args;
    if (typeof a === 'string' && args.length === 1) return this.rangeFromA1(a);
    if (args.length < 2 || args.length > 4) {
      throw this.k.error(`The parameters (${paramTypes(args)}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`);
    }
    return this.checkedRange(a as number, column as number, (numRows as number | undefined) ?? 1, (numColumns as number | undefined) ?? 1);
  }
  /** Google asks for a non-empty list of A1 notations on this sheet; it is silent on an empty one, so it is refused. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.k.call('Sheet.getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.some((a) => typeof a !== 'string')) {
      throw this.k.error(`The parameters (${paramTypes([a1Notations])}) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.`);
    }
    if (a1Notations.length === 0) throw this.k.error('Range not found');
    return new FakeRangeList(this.env, a1Notations.map((a) => this.rangeFromA1(a)));
  }
  getDataRange() {
    this.k.call('Sheet.getDataRange');
    this.ss.ensureCalculated();
    const { lastRow, lastCol } = this.contentExtent();
    return this.rangeAt(1, 1, Math.max(1, lastRow), Math.max(1, lastCol));
  }
  getLastRow() {
    this.k.call('Sheet.getLastRow');
    this.ss.ensureCalculated();
    return this.contentExtent().lastRow;
  }
  getLastColumn() {
    this.k.call('Sheet.getLastColumn');
    this.ss.ensureCalculated();
    return this.contentExtent().lastCol;
  }
  getMaxRows() {
    this.k.call('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns() {
    this.k.call('Sheet.getMaxColumns');
    return this.maxCols;
  }
  private checkPos(name: string, pos: number, axis: 'row' | 'col', allowEnd: boolean) {
    const max = axis === 'row' ? this.maxRows : this.maxCols;
    if (!Number.isInteger(pos) || pos < 1 || pos > max + (allowEnd ? 0 : 0)) {
      throw this.k.error(axis === 'row' ? 'Those rows are out of bounds.' : 'Those columns are out of bounds.');
    }
    void name;
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this.k.call('Sheet.insertColumnsAfter', { write: true });
    this.checkPos('insertColumnsAfter', afterPosition, 'col', true);
    if (this.maxCols + howMany > MAX_COLUMNS) throw this.k.error('This action would increase the number of columns in the sheet above the limit of 18278.');
    this.structural('col', afterPosition + 1, howMany, 'insert');
    return this;
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this.k.call('Sheet.insertColumnsBefore', { write: true });
    this.checkPos('insertColumnsBefore', beforePosition, 'col', false);
    this.structural('col', beforePosition, howMany, 'insert');
    return this;
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this.k.call('Sheet.insertRowsAfter', { write: true });
    this.checkPos('insertRowsAfter', afterPosition, 'row', true);
    this.structural('row', afterPosition + 1, howMany, 'insert');
    return this;
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this.k.call('Sheet.insertRowsBefore', { write: true });
    this.checkPos('insertRowsBefore', beforePosition, 'row', false);
    this.structural('row', beforePosition, howMany, 'insert');
    return this;
  }
  deleteRow(rowPosition: number) {
    return this.deleteRows(rowPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    this.k.call('Sheet.deleteRows', { write: true });
    if (rowPosition < 1 || rowPosition + howMany - 1 > this.maxRows || howMany < 1) throw this.k.error('Those rows are out of bounds.');
    if (howMany >= this.maxRows - this.frozenRows) throw this.k.error('Sorry, it is not possible to delete all non-frozen rows.');
    this.structural('row', rowPosition, howMany, 'delete');
    return this;
  }
  deleteColumn(columnPosition: number) {
    return this.deleteColumns(columnPosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    this.k.call('Sheet.deleteColumns', { write: true });
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.maxCols || howMany < 1) throw this.k.error('Those columns are out of bounds.');
    if (howMany >= this.maxCols - this.frozenCols) throw this.k.error('Sorry, it is not possible to delete all non-frozen columns.');
    this.structural('col', columnPosition, howMany, 'delete');
    return this;
  }
  appendRow(rowContents: unknown[]) {
    this.k.call('Sheet.appendRow', { write: true, args: [rowContents] });
    if (!Array.isArray(rowContents)) throw this.k.error(`The parameters (${paramTypes([rowContents])}) don't match the method signature for SpreadsheetApp.Sheet.appendRow.`);
    this.ss.ensureCalculated();
    const row = this.contentExtent().lastRow + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxCols) this.maxCols = rowContents.length;
    rowContents.forEach((v, j) => this.writeScript(row, j + 1, v));
    return this;
  }
  setFrozenRows(rows: number) {
    this.k.call('Sheet.setFrozenRows', { write: true });
    this.frozenRows = rows;
    return this;
  }
  getFrozenRows() {
    this.k.call('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenColumns(columns: number) {
    this.k.call('Sheet.setFrozenColumns', { write: true });
    this.frozenCols = columns;
    return this;
  }
  getFrozenColumns() {
    this.k.call('Sheet.getFrozenColumns');
    return this.frozenCols;
  }
  autoResizeColumns(startColumn: number, numColumns: number) {
    this.k.call('Sheet.autoResizeColumns', { write: true });
    for (let c = startColumn; c < startColumn + numColumns; c++) this.colWidths.set(c, -1);
    return this;
  }
  autoResizeColumn(columnPosition: number) {
    return this.autoResizeColumns(columnPosition, 1);
  }
  setColumnWidth(columnPosition: number, width: number) {
    this.k.call('Sheet.setColumnWidth', { write: true });
    this.colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    this.k.call('Sheet.setColumnWidths', { write: true });
    for (let c = startColumn; c < startColumn + numColumns; c++) this.colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number) {
    this.k.call('Sheet.getColumnWidth');
    const w = this.colWidths.get(columnPosition);
    return w === undefined || w < 0 ? 100 : w;
  }
  hideColumns(columnIndex: number, numColumns?: number) {
    this.k.call('Sheet.hideColumns', { write: true });
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number) {
    this.k.call('Sheet.showColumns', { write: true });
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this.hiddenCols.delete(c);
  }
  isColumnHiddenByUser(columnPosition: number) {
    this.k.call('Sheet.isColumnHiddenByUser');
    return this.hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows?: number) {
    this.k.call('Sheet.hideRows', { write: true });
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this.hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number) {
    this.k.call('Sheet.showRows', { write: true });
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this.hiddenRows.delete(r);
  }
  isRowHiddenByUser(rowPosition: number) {
    this.k.call('Sheet.isRowHiddenByUser');
    return this.hiddenRows.has(rowPosition);
  }
  getConditionalFormatRules() {
    this.k.call('Sheet.getConditionalFormatRules');
    return this.k.out(this.cf.map((d) => new FakeConditionalFormatRule(this.env, d)));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]) {
    this.k.call('Sheet.setConditionalFormatRules', { write: true, args: [rules] });
    if (!Array.isArray(rules)) throw this.k.error(`The parameters (${paramTypes([rules])}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`);
    const list = rules as unknown as FakeConditionalFormatRule[];
    for (const r of list) {
      if (!(r instanceof FakeConditionalFormatRule)) throw this.k.error(`The parameters (${paramTypes([rules])}) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.`);
      if (r.data.boxes.length === 0) throw this.k.error('Conditional format rule must have at least one range.');
      if (r.data.sheet && r.data.sheet !== this) throw this.k.error('The conditional format rule cannot reference a different sheet.');
    }
    this.cf = list.map((r) => new FakeConditionalFormatRule(this.env, { ...r.data, sheet: this }).data);
  }
  clearConditionalFormatRules() {
    this.k.call('Sheet.clearConditionalFormatRules', { write: true });
    this.cf = [];
  }
  protect() {
    this.k.call('Sheet.protect', { write: true });
    return this.addProtection(null);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    this.k.call('Sheet.getProtections');
    const t = String(type);
    return this.k.out(this.protections.filter((p) => (t === 'SHEET' ? !p.range : !!p.range)));
  }
  getFilter() {
    this.k.call('Sheet.getFilter');
    return this.filter;
  }
  clear() {
    this.k.call('Sheet.clear', { write: true });
    this.cells.clear();
    this.ss.touch();
    return this;
  }
  clearContents() {
    this.k.call('Sheet.clearContents', { write: true });
    for (const cell of this.cells.values()) {
      cell.v = '';
      delete cell.f;
      delete cell.fseq;
      delete cell.res;
    }
    this.ss.touch();
    return this;
  }
  clearFormats() {
    this.k.call('Sheet.clearFormats', { write: true });
    for (const k of this.cells.keys()) this.clearFormats_(k);
    return this;
  }
  private clearFormats_(k: number) {
    this.clearCellFormats(rowOf(k), colOf(k));
  }
  setTabColor(color: string | null) {
    this.k.call('Sheet.setTabColor', { write: true });
    this.tabColor = color;
    return this;
  }
  getTabColor() {
    this.k.call('Sheet.getTabColor');
    return this.tabColor;
  }
  activate() {
    this.k.call('Sheet.activate');
    this.ss.activeSheet = this;
    return this;
  }
  hideSheet() {
    this.k.call('Sheet.hideSheet', { write: true });
    this.hidden = true;
    return this;
  }
  showSheet() {
    this.k.call('Sheet.showSheet', { write: true });
    this.hidden = false;
    return this;
  }
  isSheetHidden() {
    this.k.call('Sheet.isSheetHidden');
    return this.hidden;
  }
  // ----------------------------------------------------------------- charts (charts.ts)
  newChart() {
    return this.chartStore.newChart();
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.chartStore.insertChart(chart);
  }
  getCharts() {
    return this.chartStore.getCharts();
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.chartStore.updateChart(chart);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.chartStore.removeChart(chart);
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number) {
    this.k.call('Sheet.getSheetValues');
    const r = this.checkedRange(startRow, startColumn, numRows === -1 ? this.maxRows - startRow + 1 : numRows, numColumns === -1 ? this.maxCols - startColumn + 1 : numColumns);
    this.ss.ensureCalculated();
    const out: unknown[][] = [];
    for (let i = 0; i < r.numRows; i++) {
      const row: unknown[] = [];
      for (let j = 0; j < r.numCols; j++) row.push(toScript(this.peek(r.row + i, r.col + j), this.ss.tz));
      out.push(row);
    }
    return this.k.out(out);
  }
}

interface NamedEntry {
  sheet: FakeSheet;
  box: GridBox;
}

export interface SpreadsheetHooks {
  onToast(t: { message: string; title: string | null; timeoutSeconds: number | null; spreadsheetId: string }): void;
}

export class FakeSpreadsheet implements GasShape<GoogleAppsScript.Spreadsheet.Spreadsheet>, CalcHost {
  sheets: FakeSheet[] = [];
  named = new Map<string, NamedEntry>();
  activeSheet: FakeSheet;
  selection: { sheet: FakeSheet; range: FakeRange } | null = null;
  editors: string[];
  /** The sheet's locale: how typed text (and setValue strings) is parsed (values.ts autoConvert). */
  locale = 'da_DK';
  readonly toasts: { message: string; title: string | null; timeoutSeconds: number | null }[] = [];
  /** Custom-function calls made by recalculation (cache misses), in order. */
  readonly recalcLog: string[] = [];
  private dirty = true;
  private calculating = false;
  private formulaSeq = 0;
  private sheetSeq = 0;
  private cache = new Map<string, CellValue | CellValue[][]>();
  /**
   * Fault injection, off by default: custom functions compute asynchronously, as on Google, where a
   * cell shows a loading text until its server round-trip returns and a script reading it meanwhile gets
   * that text as the cell's value. While set, a custom-function result that is not cached yet when a
   * script execution (run, trigger, sidebar call) makes the sheet recalculate reads as `text` (a plain
   * string: not an error, so IFERROR-style checks do not catch it) and spills nothing; the result is
   * computed when that execution ends (`until: 'execution-end'`) or when the test calls
   * `settleCalculation()` (`until: 'manual'`, to keep a sheet calculating across several executions).
   * Google documents neither the text nor the timing; the stricter choice is that nothing finishes
   * while the script that caused the recalculation is still running (SpreadsheetApp.flush() does not wait
   * for custom functions either). Google's text is "Loading..." in an English-locale sheet (the default)
   * and "Indlæser..." in a Danish one.
   */
  customFunctionsLoading: { text: string; until: 'execution-end' | 'manual' } | null = null;
  private pending = new Map<string, () => CellValue | CellValue[][]>();

  constructor(
    private readonly env: Env,
    readonly id: string,
    public name: string,
    public tz: string,
    public owner: string,
    private readonly hooks?: SpreadsheetHooks,
  ) {
    this.editors = [owner];
    this.activeSheet = this.addSheet('Sheet1');
  }
  private get k() {
    return this.env.k;
  }

  addSheet(name: string, index?: number): FakeSheet {
    const s = new FakeSheet(this.env, this, name, this.sheetSeq === 0 ? 0 : 1000 + this.sheetSeq * 7919);
    this.sheetSeq++;
    if (index === undefined || index >= this.sheets.length) this.sheets.push(s);
    else this.sheets.splice(Math.max(0, index), 0, s);
    this.touch();
    return s;
  }
  nextFormulaSeq(): number {
    return ++this.formulaSeq;
  }
  touch(): void {
    this.dirty = true;
  }
  select(sheet: FakeSheet, range: FakeRange): void {
    this.activeSheet = sheet;
    this.selection = { sheet, range };
  }
  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
  /** Drop cached custom-function results (e.g. after loading a new bundle). */
  invalidate(): void {
    this.cache.clear();
    this.dirty = true;
  }

  // ----------------------------------------------------------------- CalcHost
  sheet(name: string): CalcSheet | null {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return s ? s.calcView() : null;
  }
  namedRange(name: string): RangeV | null {
    const n = [...this.named.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (!n) return null;
    return { kind: 'range', sheet: n.sheet.calcView(), r1: n.box.row, c1: n.box.col, r2: n.box.row + n.box.numRows - 1, c2: n.box.col + n.box.numCols - 1 };
  }
  customFunction(name: string) {
    const fn: CustomFn | null = this.env.customFunction(name);
    if (!fn) return null;
    return (args: (CellValue | CellValue[][] | undefined)[]) => {
      const cacheKey = JSON.stringify([name, this.tz, args], (_k, v) =>
        v instanceof CellError ? { err: v.code } : typeof v === 'object' && v !== null && 'wallMs' in v ? { d: (v as { wallMs: number }).wallMs } : v,
      );
      const hit = this.cache.get(cacheKey);
      if (hit !== undefined) return hit;
      const loading = this.customFunctionsLoading;
      const ex = this.k.current;
      if (loading && ex && ex.kind !== 'custom' && ex.kind !== 'load') {
        if (!this.pending.has(cacheKey)) this.pending.set(cacheKey, () => fn(args, this.tz));
        return loading.text;
      }
      this.recalcLog.push(name);
      const res = fn(args, this.tz);
      this.cache.set(cacheKey, res);
      return res;
    };
  }
  /** Whether some custom-function cell is still calculating (see `customFunctionsLoading`). */
  get loadingCustomFunctions(): boolean {
    return this.pending.size > 0;
  }
  /** Finish every pending custom-function calculation (the runtime calls this when an execution ends). */
  settleCalculation(reason: 'execution-end' | 'manual' = 'manual'): void {
    if (!this.pending.size) return;
    if (reason === 'execution-end' && this.customFunctionsLoading?.until === 'manual') return;
    const jobs = [...this.pending.entries()];
    this.pending.clear();
    for (const [cacheKey, run] of jobs) {
      this.recalcLog.push(JSON.parse(cacheKey)[0] as string);
      this.cache.set(cacheKey, run());
    }
    this.dirty = true;
  }
  todayWallMs(): number {
    const w = toWallMs(this.k.clock.nowMs(), this.tz);
    return w - (((w % 86_400_000) + 86_400_000) % 86_400_000);
  }
  nowWallMs(): number {
    return toWallMs(this.k.clock.nowMs(), this.tz);
  }

  /** Recalculate every formula if anything changed since the last calculation. */
  ensureCalculated(): void {
    if (!this.dirty || this.calculating) return;
    this.calculating = true;
    try {
      this.dirty = false;
      for (const s of this.sheets) s.spill.clear();
      const formulas: { sheet: FakeSheet; r: number; c: number; cell: Cell }[] = [];
      for (const sheet of this.sheets) {
        for (const [k, cell] of sheet.cells) if (cell.f !== undefined) formulas.push({ sheet, r: rowOf(k), c: colOf(k), cell });
      }
      formulas.sort((a, b) => (a.cell.fseq ?? 0) - (b.cell.fseq ?? 0));
      for (const f of formulas) this.compute(f.sheet, f.r, f.c, f.cell);
    } finally {
      this.calculating = false;
    }
  }

  private compute(sheet: FakeSheet, r: number, c: number, cell: Cell): void {
    let res: Result;
    try {
      const node = parseFormula(cell.f!);
      res = new Evaluator(this, sheet.calcView()).evaluateTop(node);
    } catch (e) {
      if (e instanceof FormulaParseError) res = new CellError('#ERROR!', 'Formula parse error.');
      else throw e;
    }
    if (!Array.isArray(res)) {
      cell.res = res;
      return;
    }
    const rows = res;
    if (rows.length === 0 || rows[0].length === 0) {
      cell.res = '';
      return;
    }
    const width = Math.max(...rows.map((x) => x.length));
    if (r + rows.length - 1 > sheet.maxRows) {
      cell.res = new CellError('#REF!', `Result was not automatically expanded, please insert more rows (${r + rows.length - 1 - sheet.maxRows}).`);
      return;
    }
    if (c + width - 1 > sheet.maxCols) {
      cell.res = new CellError('#REF!', `Result was not automatically expanded, please insert more columns (${c + width - 1 - sheet.maxCols}).`);
      return;
    }
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < width; j++) {
        if (i === 0 && j === 0) continue;
        const k = key(r + i, c + j);
        const other = sheet.cells.get(k);
        if ((other && (other.f !== undefined || other.v !== '')) || sheet.spill.has(k)) {
          cell.res = new CellError('#REF!', `Array result was not expanded because it would overwrite data in ${columnToLetters(c + j)}${r + i}.`);
          return;
        }
      }
    }
    for (let i = 0; i < rows.length; i++) {
      for (let j = 0; j < width; j++) {
        if (i === 0 && j === 0) continue;
        sheet.spill.set(key(r + i, c + j), rows[i][j] ?? '');
      }
    }
    cell.res = rows[0][0] ?? '';
  }

  // ----------------------------------------------------------------- Spreadsheet API
  getId() {
    this.k.call('Spreadsheet.getId');
    return this.id;
  }
  getName() {
    this.k.call('Spreadsheet.getName');
    return this.name;
  }
  rename(newName: string) {
    this.k.call('Spreadsheet.rename', { write: true });
    this.name = newName;
  }
  getUrl() {
    this.k.call('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSheets() {
    this.k.call('Spreadsheet.getSheets');
    return this.k.out([...this.sheets]);
  }
  getNumSheets() {
    this.k.call('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string) {
    this.k.call('Spreadsheet.getSheetByName');
    return this.findSheet(name) ?? null;
  }
  getSheetById(id: number) {
    this.k.call('Spreadsheet.getSheetById');
    return this.sheets.find((s) => s.sheetId === id) ?? null;
  }
  insertSheet(a?: unknown, b?: unknown) {
    this.k.call('Spreadsheet.insertSheet', { write: true });
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    if (this.sheets.some((s) => s.name.toLowerCase() === name!.toLowerCase())) {
      throw this.k.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const s = this.addSheet(name, index);
    this.activeSheet = s;
    return s;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    this.k.call('Spreadsheet.deleteSheet', { write: true });
    if (this.sheets.length === 1) throw this.k.error("You can't remove all the visible sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== (sheet as unknown as FakeSheet));
    if (this.activeSheet === (sheet as unknown as FakeSheet)) this.activeSheet = this.sheets[0];
    this.touch();
  }
  getActiveSheet() {
    this.k.call('Spreadsheet.getActiveSheet');
    return this.activeSheet;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet) {
    this.k.call('Spreadsheet.setActiveSheet');
    this.activeSheet = sheet as unknown as FakeSheet;
    return sheet;
  }
  getActiveRange() {
    this.k.call('Spreadsheet.getActiveRange');
    return this.selection && this.selection.sheet === this.activeSheet ? this.selection.range : this.activeSheet.rangeAt(1, 1, 1, 1);
  }
  getActiveCell() {
    this.k.call('Spreadsheet.getActiveCell');
    const r = this.selection && this.selection.sheet === this.activeSheet ? this.selection.range : this.activeSheet.rangeAt(1, 1, 1, 1);
    return this.activeSheet.rangeAt(r.row, r.col, 1, 1);
  }
  getCurrentCell() {
    return this.getActiveCell();
  }
  getSelection() {
    this.k.call('Spreadsheet.getSelection');
    const ss = this;
    const env = this.env;
    return {
      getActiveRange() {
        env.k.local('Selection.getActiveRange');
        return ss.selection && ss.selection.sheet === ss.activeSheet ? ss.selection.range : ss.activeSheet.rangeAt(1, 1, 1, 1);
      },
      getActiveSheet() {
        env.k.local('Selection.getActiveSheet');
        return ss.activeSheet;
      },
      getCurrentCell() {
        env.k.local('Selection.getCurrentCell');
        const r = ss.selection && ss.selection.sheet === ss.activeSheet ? ss.selection.range : ss.activeSheet.rangeAt(1, 1, 1, 1);
        return ss.activeSheet.rangeAt(r.row, r.col, 1, 1);
      },
      getActiveRangeList() {
        env.k.local('Selection.getActiveRangeList');
        const r = ss.selection?.range ?? ss.activeSheet.rangeAt(1, 1, 1, 1);
        return { getRanges: () => env.k.out([r]) };
      },
    };
  }
  getRange(a1Notation: string) {
    this.k.call('Spreadsheet.getRange');
    const g = parseA1(a1Notation);
    if (!g) throw this.k.error('Range not found');
    const sheet = g.sheet !== undefined ? this.findSheet(g.sheet) : this.activeSheet;
    if (!sheet) throw this.k.error('Range not found');
    return sheet.rangeFromA1(g.sheet !== undefined ? a1Notation.slice(a1Notation.lastIndexOf('!') + 1) : a1Notation);
  }
  getRangeByName(name: string) {
    this.k.call('Spreadsheet.getRangeByName');
    const n = this.named.get(name);
    return n ? n.sheet.rangeAt(n.box.row, n.box.col, n.box.numRows, n.box.numCols) : null;
  }
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range) {
    this.k.call('Spreadsheet.setNamedRange', { write: true });
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || parseA1(name) || /^(TRUE|FALSE)$/i.test(name) || /^R\d*C\d*$/i.test(name)) {
      throw this.k.error('Named ranges must start with a letter or underscore, contain only letters, numbers and underscores, and not look like a cell reference.');
    }
    const r = range as unknown as FakeRange;
    this.named.set(name, { sheet: r.sheetRef(), box: r.box() });
    this.touch();
  }
  getNamedRanges() {
    this.k.call('Spreadsheet.getNamedRanges');
    return this.k.out([...this.named.keys()].map((n) => new FakeNamedRange(this.env, this, n)));
  }
  removeNamedRange(name: string) {
    this.k.call('Spreadsheet.removeNamedRange', { write: true });
    if (!this.named.delete(name)) throw this.k.error('Named range not found.');
    this.touch();
  }
  getSpreadsheetTimeZone() {
    this.k.call('Spreadsheet.getSpreadsheetTimeZone');
    return this.tz;
  }
  setSpreadsheetTimeZone(timezone: string) {
    this.k.call('Spreadsheet.setSpreadsheetTimeZone', { write: true });
    if (!isValidTimeZone(timezone)) throw this.k.error('Invalid argument: timezone');
    this.tz = timezone;
    this.touch();
  }
  getSpreadsheetLocale() {
    this.k.call('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string) {
    this.k.call('Spreadsheet.setSpreadsheetLocale', { write: true });
    this.locale = String(locale);
  }
  toast(msg: string, title?: string, timeoutSeconds?: number | null) {
    this.k.call('Spreadsheet.toast');
    const t = { message: String(msg), title: title === undefined ? null : String(title), timeoutSeconds: timeoutSeconds ?? null };
    this.toasts.push(t);
    this.hooks?.onToast({ ...t, spreadsheetId: this.id });
  }
  getOwner() {
    this.k.call('Spreadsheet.getOwner');
    return new FakeUser(this.owner);
  }
  getEditors() {
    this.k.call('Spreadsheet.getEditors');
    return this.k.out(this.editors.map((e) => new FakeUser(e)));
  }
  addEditor(emailAddressOrUser: string | GoogleAppsScript.Base.User) {
    this.k.call('Spreadsheet.addEditor', { write: true });
    const emailAddress = emailOf(emailAddressOrUser);
    if (!this.editors.includes(emailAddress)) this.editors.push(emailAddress);
    return this;
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType) {
    this.k.call('Spreadsheet.getProtections');
    const t = String(type);
    return this.k.out(this.sheets.flatMap((s) => s.protections.filter((p) => (t === 'SHEET' ? !p.range : !!p.range))));
  }
  getDataRange() {
    this.k.call('Spreadsheet.getDataRange');
    return this.activeSheet.getDataRange();
  }
  getLastRow() {
    this.k.call('Spreadsheet.getLastRow');
    return this.activeSheet.getLastRow();
  }
  getSheetName() {
    this.k.call('Spreadsheet.getSheetName');
    return this.activeSheet.name;
  }
  /** Display formatting helper shared with tests. */
  a1Of(range: FakeRange): string {
    return formatA1({ row: range.row, col: range.col, numRows: range.numRows, numCols: range.numCols });
  }
}
