/**
 * Embedded charts: the `Charts` global (its enums), `Sheet.newChart()` → EmbeddedChartBuilder →
 * EmbeddedChart, and the sheet's insertChart / getCharts / updateChart / removeChart.
 *
 * What Google documents, and this follows:
 *   - build() does not draw anything: a new chart must be inserted with `sheet.insertChart(chart)`, a
 *     changed one saved with `sheet.updateChart(chart)` (changes made through `modify()` are not saved
 *     until then);
 *   - addRange does not add a range the chart already has;
 *   - getChartId() is a stable id, unique in the spreadsheet, or null while the chart is not in one;
 *   - ChartOptions.get(option) gives null for an option not set; options take dotted paths
 *     ('animation.duration'), read back the same way or as the nested object.
 * What Google leaves undocumented, and this chooses: builders and option/position getters are local
 * (no server work, uncounted, like the other builders here); the sheet's chart methods and the
 * EmbeddedChart getters are counted calls; updating or removing a chart that is not on the sheet throws;
 * inserting a chart that is already on a sheet inserts a copy with a new id; Sheet.clear() keeps the
 * charts (as in Sheets: charts are removed one by one). Chart ranges keep their coordinates when rows or
 * columns are inserted (Sheets would move them; nothing here relies on that).
 */
import type { Env } from './env';
import type { FakeRange } from './range';
import type { FakeSheet, FakeSpreadsheet } from './spreadsheet';
import type { GasShape } from './types';

const enumOf = <K extends string>(keys: readonly K[]) => Object.freeze(Object.fromEntries(keys.map((k) => [k, k])) as Record<K, K>);

export const ChartType = enumOf([
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR', 'LINE', 'ORG',
  'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
] as const);
export const ChartHiddenDimensionStrategy = enumOf(['IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'] as const);
export const ChartMergeStrategy = enumOf(['MERGE_COLUMNS', 'MERGE_ROWS'] as const);
export const Position = enumOf(['TOP', 'RIGHT', 'BOTTOM', 'NONE'] as const);

/** The `Charts` global: only its enums (the standalone chart builders are not modelled). */
export class FakeCharts implements GasShape<GoogleAppsScript.Charts.Charts> {
  readonly ChartType = ChartType as unknown as typeof GoogleAppsScript.Charts.ChartType;
  readonly ChartHiddenDimensionStrategy = ChartHiddenDimensionStrategy as unknown as typeof GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  readonly ChartMergeStrategy = ChartMergeStrategy as unknown as typeof GoogleAppsScript.Charts.ChartMergeStrategy;
  readonly Position = Position as unknown as typeof GoogleAppsScript.Charts.Position;
}

interface Anchor {
  row: number;
  col: number;
  offsetX: number;
  offsetY: number;
}

/** One chart's definition; builders and charts hold copies, the sheet holds the inserted ones. */
export interface ChartData {
  id: number | null;
  type: string | null;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  anchor: Anchor;
  numHeaders: number;
  transpose: boolean;
  hiddenDimension: string;
  merge: string;
}

function copyData(d: ChartData): ChartData {
  return { ...d, ranges: [...d.ranges], options: structuredClone(d.options), anchor: { ...d.anchor } };
}

function sameRange(a: FakeRange, b: FakeRange): boolean {
  return a.sheetRef() === b.sheetRef() && a.row === b.row && a.col === b.col && a.numRows === b.numRows && a.numCols === b.numCols;
}

function isRange(x: unknown): x is FakeRange {
  return typeof x === 'object' && x !== null && typeof (x as FakeRange).sheetRef === 'function' && typeof (x as FakeRange).box === 'function';
}

function isInteger(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x);
}

/** Sets `value` at a dotted path ('hAxis.title'), making the objects on the way. */
function setPath(options: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = options;
  for (const k of keys.slice(0, -1)) {
    const next = at[k];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) at[k] = {};
    at = at[k] as Record<string, unknown>;
  }
  at[keys[keys.length - 1]] = value;
}

function getPath(options: Record<string, unknown>, path: string): unknown {
  let at: unknown = options;
  for (const k of path.split('.')) {
    if (typeof at !== 'object' || at === null || !(k in at)) return null;
    at = (at as Record<string, unknown>)[k];
  }
  return at === undefined ? null : at;
}

/** Chart ids: stable and unique within a spreadsheet. */
const lastChartId = new WeakMap<FakeSpreadsheet, number>();
function nextChartId(ss: FakeSpreadsheet): number {
  const id = (lastChartId.get(ss) ?? 1_000_000) + 7;
  lastChartId.set(ss, id);
  return id;
}

export class FakeChartOptions implements GasShape<GoogleAppsScript.Charts.ChartOptions> {
  constructor(
    private readonly env: Env,
    private readonly options: Record<string, unknown>,
  ) {}
  get(option: string) {
    this.env.k.local('ChartOptions.get');
    return this.env.k.out(structuredClone(getPath(this.options, String(option))));
  }
}

export class FakeContainerInfo implements GasShape<GoogleAppsScript.Spreadsheet.ContainerInfo> {
  constructor(
    private readonly env: Env,
    private readonly anchor: Anchor,
  ) {}
  getAnchorRow() {
    this.env.k.local('ContainerInfo.getAnchorRow');
    return this.anchor.row;
  }
  getAnchorColumn() {
    this.env.k.local('ContainerInfo.getAnchorColumn');
    return this.anchor.col;
  }
  getOffsetX() {
    this.env.k.local('ContainerInfo.getOffsetX');
    return this.anchor.offsetX;
  }
  getOffsetY() {
    this.env.k.local('ContainerInfo.getOffsetY');
    return this.anchor.offsetY;
  }
}

export class FakeEmbeddedChartBuilder implements GasShape<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder> {
  readonly data: ChartData;
  constructor(
    private readonly env: Env,
    data: ChartData,
  ) {
    this.data = copyData(data);
  }
  private local(name: string) {
    this.env.k.local(`EmbeddedChartBuilder.${name}`);
  }
  private signature(method: string, args: readonly unknown[]): Error {
    const types = args.map((a) => (a === null || a === undefined ? 'null' : typeof a === 'string' ? 'String' : typeof a === 'number' ? 'number' : 'Object')).join(',');
    return this.env.k.error(`The parameters (${types}) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.${method}.`);
  }
  addRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.local('addRange');
    if (!isRange(range)) throw this.signature('addRange', [range]);
    if (!this.data.ranges.some((r) => sameRange(r, range))) this.data.ranges.push(range);
    return this;
  }
  removeRange(range: GoogleAppsScript.Spreadsheet.Range) {
    this.local('removeRange');
    if (!isRange(range)) throw this.signature('removeRange', [range]);
    this.data.ranges = this.data.ranges.filter((r) => !sameRange(r, range));
    return this;
  }
  clearRanges() {
    this.local('clearRanges');
    this.data.ranges = [];
    return this;
  }
  getRanges() {
    this.local('getRanges');
    return this.env.k.out([...this.data.ranges]);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.local('setChartType');
    const t = String(type);
    if (!(t in ChartType)) throw this.signature('setChartType', [type]);
    this.data.type = t;
    return this;
  }
  getChartType() {
    this.local('getChartType');
    return this.data.type as unknown as GoogleAppsScript.Charts.ChartType;
  }
  setOption(option: string, value: unknown) {
    this.local('setOption');
    if (typeof option !== 'string' || option === '') throw this.signature('setOption', [option, value]);
    setPath(this.data.options, option, structuredClone(this.env.k.in(value)));
    return this;
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.local('setPosition');
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInteger)) throw this.signature('setPosition', args);
    this.data.anchor = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }
  getContainer() {
    this.local('getContainer');
    return new FakeContainerInfo(this.env, { ...this.data.anchor });
  }
  setNumHeaders(headers: number) {
    this.local('setNumHeaders');
    if (!isInteger(headers)) throw this.signature('setNumHeaders', [headers]);
    this.data.numHeaders = headers;
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean) {
    this.local('setTransposeRowsAndColumns');
    this.data.transpose = Boolean(transpose);
    return this;
  }
  setHiddenDimensionStrategy(strategy: GoogleAppsScript.Charts.ChartHiddenDimensionStrategy) {
    this.local('setHiddenDimensionStrategy');
    this.data.hiddenDimension = String(strategy);
    return this;
  }
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy) {
    this.local('setMergeStrategy');
    this.data.merge = String(mergeStrategy);
    return this;
  }
  /** The chart as built; not on any sheet until insertChart / updateChart. */
  build() {
    this.local('build');
    return new FakeEmbeddedChart(this.env, this.data);
  }
}

export class FakeEmbeddedChart implements GasShape<GoogleAppsScript.Spreadsheet.EmbeddedChart> {
  readonly data: ChartData;
  constructor(
    private readonly env: Env,
    data: ChartData,
  ) {
    this.data = copyData(data);
  }
  private call(name: string) {
    this.env.k.call(`EmbeddedChart.${name}`);
  }
  getChartId() {
    this.call('getChartId');
    return this.data.id;
  }
  getRanges() {
    this.call('getRanges');
    return this.env.k.out([...this.data.ranges]);
  }
  getOptions() {
    this.call('getOptions');
    return new FakeChartOptions(this.env, structuredClone(this.data.options));
  }
  getContainerInfo() {
    this.call('getContainerInfo');
    return new FakeContainerInfo(this.env, { ...this.data.anchor });
  }
  getNumHeaders() {
    this.call('getNumHeaders');
    return this.data.numHeaders;
  }
  getTransposeRowsAndColumns() {
    this.call('getTransposeRowsAndColumns');
    return this.data.transpose;
  }
  getHiddenDimensionStrategy() {
    this.call('getHiddenDimensionStrategy');
    return this.data.hiddenDimension as unknown as GoogleAppsScript.Charts.ChartHiddenDimensionStrategy;
  }
  getMergeStrategy() {
    this.call('getMergeStrategy');
    return this.data.merge as unknown as GoogleAppsScript.Charts.ChartMergeStrategy;
  }
  /** A builder over a copy: nothing changes until `sheet.updateChart(builder.build())`. */
  modify() {
    this.env.k.local('EmbeddedChart.modify');
    return new FakeEmbeddedChartBuilder(this.env, this.data);
  }
}

/** The charts of one sheet, behind the Sheet methods (spreadsheet.ts delegates here). */
export class SheetCharts {
  /** The inserted charts, in insertion order (test helpers may read them freely). */
  readonly list: ChartData[] = [];
  constructor(
    private readonly env: Env,
    private readonly sheet: FakeSheet,
  ) {}
  private get k() {
    return this.env.k;
  }
  private chartArg(method: string, chart: unknown): FakeEmbeddedChart {
    if (!(chart instanceof FakeEmbeddedChart)) {
      throw this.k.error(`The parameters (${chart === null || chart === undefined ? 'null' : 'Object'}) don't match the method signature for SpreadsheetApp.Sheet.${method}.`);
    }
    return chart;
  }
  private indexOf(chart: FakeEmbeddedChart): number {
    const id = chart.data.id;
    return id === null ? -1 : this.list.findIndex((c) => c.id === id);
  }
  newChart() {
    this.k.local('Sheet.newChart');
    return new FakeEmbeddedChartBuilder(this.env, {
      id: null,
      type: null,
      ranges: [],
      options: {},
      anchor: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
      hiddenDimension: ChartHiddenDimensionStrategy.IGNORE_BOTH,
      merge: ChartMergeStrategy.MERGE_COLUMNS,
    });
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.k.call('Sheet.insertChart', { write: true });
    const c = this.chartArg('insertChart', chart);
    const onSomeSheet = c.data.id !== null && this.sheet.parentSs().sheets.some((s) => s.chartStore.list.some((d) => d.id === c.data.id));
    const data = copyData(c.data);
    data.id = nextChartId(this.sheet.parentSs());
    this.list.push(data);
    // The chart passed in now stands for the inserted one (unless it was already on a sheet: then a copy went in).
    if (!onSomeSheet) c.data.id = data.id;
  }
  getCharts() {
    this.k.call('Sheet.getCharts');
    return this.k.out(this.list.map((d) => new FakeEmbeddedChart(this.env, d)));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.k.call('Sheet.updateChart', { write: true });
    const c = this.chartArg('updateChart', chart);
    const i = this.indexOf(c);
    if (i < 0) throw this.k.error('The chart could not be found on this sheet. Insert it with insertChart first.');
    this.list[i] = copyData(c.data);
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart) {
    this.k.call('Sheet.removeChart', { write: true });
    const c = this.chartArg('removeChart', chart);
    const i = this.indexOf(c);
    if (i < 0) throw this.k.error('The chart could not be found on this sheet.');
    this.list.splice(i, 1);
  }
}
