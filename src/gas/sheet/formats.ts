import { blockA1 } from '../../core/sheet/a1';
import { ColumnKey, columnSpec, findColumns } from '../../core/sheet/columns';
import { END_REASONS } from '../../core/records/ended';
import { checkboxesFit, columnFormat, ValidationKind } from '../../core/sheet/column-formats';
import { isOwnStatusRule, RuleShape, rulesMatch, statusRules } from '../../core/sheet/conditional';
import { LayoutPlan } from '../../core/sheet/layout';
import { columnValues, Snapshot } from './citizens';
import { text } from './text';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * The citizen sheet's formats: number formats and validations per column, header notes, bold frozen
 * header, and the status colours. Each step reads what is there (a fixed number of calls, whatever the
 * number of rows) and writes only what differs, so a second set-up writes nothing.
 */

export type Layout = Pick<LayoutPlan, 'columns' | 'origin' | 'width' | 'headers'>;

interface WantedValidation {
  type: string;
  values: unknown[];
  /** The help text the rule shows: two columns share one rule only when this is the same too. */
  help: string;
  build: () => DataValidation;
}

/** The Undtaget dropdown's reasons, and whether they are the only ones that exempt (the profile's `exhaustive`). */
export interface ExemptionChoices {
  labels: readonly string[];
  exhaustive?: boolean;
}

function wantedValidation(kind: ValidationKind, key: ColumnKey, consultants: string[], exemptions: ExemptionChoices): WantedValidation | null {
  const b = () => SpreadsheetApp.newDataValidation();
  switch (kind) {
    case 'checkbox':
      return { type: 'CHECKBOX', values: [], help: '', build: () => b().requireCheckbox().build() };
    case 'date': {
      const help = key === 'birthdate' ? text.birthHelp : key === 'visit' ? text.visitHelp : text.dateHelp;
      return { type: 'DATE_IS_VALID_DATE', values: [], help, build: () => b().requireDate().setAllowInvalid(true).setHelpText(help).build() };
    }
    case 'consultant':
      if (!consultants.length) return null;
      return {
        type: 'VALUE_IN_LIST',
        values: consultants,
        help: text.consultantHelp,
        build: () => b().requireValueInList(consultants, true).setAllowInvalid(true).setHelpText(text.consultantHelp).build(),
      };
    case 'exemption': {
      if (!exemptions.labels.length) return null;
      const values = ['ja', ...exemptions.labels];
      const help = exemptions.exhaustive ? text.exemptionHelpExhaustive : text.exemptionHelp;
      return {
        type: 'VALUE_IN_LIST',
        values,
        help,
        build: () => b().requireValueInList(values, true).setAllowInvalid(true).setHelpText(help).build(),
      };
    }
    case 'endReason':
      return {
        type: 'VALUE_IN_LIST',
        values: [...END_REASONS],
        help: text.endReasonHelp,
        build: () => b().requireValueInList([...END_REASONS], true).setAllowInvalid(true).setHelpText(text.endReasonHelp).build(),
      };
    default:
      return null;
  }
}

function validationMatches(v: DataValidation | null | undefined, want: WantedValidation): boolean {
  if (!v || String(v.getCriteriaType()) !== want.type) return false;
  if (want.type !== 'VALUE_IN_LIST') return true;
  // A profile made exhaustive keeps its reasons but changes what the help says other text does.
  if (v.getHelpText() !== want.help) return false;
  const list = v.getCriteriaValues()[0];
  return Array.isArray(list) && list.length === want.values.length && list.every((x, i) => x === want.values[i]);
}

/** Number formats and validations of every managed column, rows 2 to the last row of the grid. */
export function applyColumnFormats(
  sheet: Sheet, layout: Layout, snap: Snapshot | null, consultants: string[], keys?: readonly ColumnKey[], exemptions: ExemptionChoices = { labels: [] },
): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < 2) return;
  const width = layout.width;
  // The first and last data rows tell whether a column is already formatted all the way down.
  const firstFormats = sheet.getRange(2, 1, 1, width).getNumberFormats()[0];
  const lastFormats = sheet.getRange(maxRows, 1, 1, width).getNumberFormats()[0];
  const firstRules = sheet.getRange(2, 1, 1, width).getDataValidations()[0];
  const lastRules = sheet.getRange(maxRows, 1, 1, width).getDataValidations()[0];
  const formats: { col: number; same: string }[] = [];
  const validations: { col: number; same: string; want: WantedValidation }[] = [];
  for (const [key, col] of Object.entries(layout.columns) as [ColumnKey, number][]) {
    if (keys && !keys.includes(key)) continue;
    const fmt = columnFormat(key);
    if (fmt.numberFormat && (firstFormats[col] !== fmt.numberFormat || lastFormats[col] !== fmt.numberFormat)) {
      formats.push({ col, same: fmt.numberFormat });
    }
    let kind = fmt.validation;
    if (kind === 'checkbox') {
      const orig = layout.origin[col];
      if (orig !== undefined && snap && !checkboxesFit(columnValues(snap, orig))) kind = 'none';
    }
    const want = wantedValidation(kind, key, consultants, exemptions);
    if (want && !(validationMatches(firstRules[col], want) && validationMatches(lastRules[col], want))) {
      validations.push({ col, same: JSON.stringify([want.type, want.values, want.help]), want });
    }
  }
  // All columns that want the same number format are written in one call through a RangeList, whatever
  // their number. RangeList has no setDataValidation, so a rule takes a call per block of neighbouring columns.
  for (const group of groupsOf(formats)) rangeList(sheet, group, maxRows).setNumberFormat(group[0].same);
  for (const group of groupsOf(validations)) {
    const rule = group[0].want.build();
    for (const block of blocksOf(group)) sheet.getRange(2, block.first + 1, maxRows - 1, block.count).setDataValidation(rule);
  }
}

/** Rows 2 to `maxRows` of the given columns (0-based), as one RangeList. */
export function rangeList(sheet: Sheet, items: readonly { col: number }[], maxRows: number): GoogleAppsScript.Spreadsheet.RangeList {
  return sheet.getRangeList(blocksOf(items).map((b) => blockA1(2, b.first + 1, maxRows - 1, b.count)));
}

/** The columns as blocks of neighbours. */
function blocksOf(items: readonly { col: number }[]): { first: number; count: number }[] {
  const blocks: { first: number; count: number }[] = [];
  for (const col of items.map((i) => i.col).sort((a, b) => a - b)) {
    const last = blocks.at(-1);
    if (last && last.first + last.count === col) last.count++;
    else blocks.push({ first: col, count: 1 });
  }
  return blocks;
}

/** Items grouped by `same`, in column order. */
function groupsOf<T extends { col: number; same: string }>(items: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.col - b.col)) {
    const group = groups.get(item.same);
    if (group) group.push(item);
    else groups.set(item.same, [item]);
  }
  return [...groups.values()];
}

/** Help notes on the managed headers (other notes kept), bold header row, header row frozen. */
export function applyHeader(sheet: Sheet, layout: Layout): void {
  const width = layout.width;
  const header = sheet.getRange(1, 1, 1, width);
  const notes = header.getNotes()[0];
  const wanted = notes.slice();
  for (const [key, col] of Object.entries(layout.columns) as [ColumnKey, number][]) wanted[col] = columnSpec(key).help;
  if (wanted.some((n, i) => n !== notes[i])) header.setNotes([wanted]);
  const weights = header.getFontWeights()[0];
  if (weights.some((w) => w !== 'bold')) header.setFontWeight('bold');
  if (sheet.getFrozenRows() < 1) sheet.setFrozenRows(1);
}

/** The status colours over whole rows; the team's own rules are kept (first, so they win where they apply). */
export function applyStatusRules(sheet: Sheet, statusColumn: number, width: number): boolean {
  const maxRows = sheet.getMaxRows();
  const range = { row: 2, col: 1, numRows: Math.max(maxRows - 1, 1), numCols: width };
  const current = sheet.getConditionalFormatRules();
  const own: RuleShape[] = [];
  const team: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  for (const rule of current) {
    const cond = rule.getBooleanCondition();
    const formula = cond && String(cond.getCriteriaType()) === 'CUSTOM_FORMULA' ? String(cond.getCriteriaValues()[0]) : null;
    if (cond && isOwnStatusRule(formula)) {
      own.push({
        formula,
        background: cond.getBackground(),
        fontColor: cond.getFontColor(),
        ranges: rule.getRanges().map((r) => ({ row: r.getRow(), col: r.getColumn(), numRows: r.getNumRows(), numCols: r.getNumColumns() })),
      });
    } else team.push(rule);
  }
  const want = statusRules(statusColumn);
  const ownAfterTeam = current.slice(0, team.length).every((r, i) => r === team[i]);
  if (rulesMatch(own, want, range) && ownAfterTeam) return false;
  const target = sheet.getRange(range.row, range.col, range.numRows, range.numCols);
  const built = want.map((w) =>
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(w.formula).setBackground(w.background).setFontColor(w.fontColor).setRanges([target]).build(),
  );
  sheet.setConditionalFormatRules([...team, ...built]);
  return true;
}

/** Column runs of computed columns, for protections: [first, last] 0-based, contiguous. */
export function computedRuns(columns: Partial<Record<ColumnKey, number>>): [number, number][] {
  const cols = (Object.entries(columns) as [ColumnKey, number][])
    .filter(([k]) => columnSpec(k).group === 'computed')
    .map(([, c]) => c)
    .sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const c of cols) {
    const last = runs[runs.length - 1];
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}

/** The Konsulent dropdown alone (after the consultants changed in Indstillinger). */
export function applyConsultantDropdown(sheet: Sheet, consultants: string[]): void {
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
  const columns = findColumns(headers);
  if (columns.consultant === undefined) return;
  applyColumnFormats(sheet, { columns, origin: [], width, headers }, null, consultants, ['consultant']);
}
