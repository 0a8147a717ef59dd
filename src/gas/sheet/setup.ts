import { ColumnKey } from '../../core/sheet/columns';
import { FORMULA_KEYS, formulaFor, sameFormula } from '../../core/sheet/formulas';
import { LayoutPlan, formulaColumns, planLayout } from '../../core/sheet/layout';
import { AS_OF_ROW, VALUE_COLUMN } from '../../core/sheet/names';
import { GRID_WIDTH, parseSettingsGrid, settingsLayout } from '../../core/sheet/settings-sheet';
import { resolveProfile } from '../../core/profiles/registry';
import type { Profile } from '../../core/profiles/schema';
import { DATE_FORMAT, TEXT_FORMAT } from '../../core/sheet/column-formats';
import { withOwnEventColumns } from '../../core/sheet/event-columns';
import { sheetZone } from './zone';
import { findOrAdoptCitizenSheet, existingColumns, snapshot, Snapshot } from './citizens';
import { applyColumnFormats, applyHeader, applyStatusRules, rangeList } from './formats';
import { applyLegend } from './legend';
import { type MenuErrors, menuAction, underLock } from '../run-action';
import { applyProtections } from './protection';
import { SetupError, applySettingsFormats, consultantNames, ensureSettingsSheet, writeReferenceDate } from './settings';
import { TITLE, text } from './text';
import { ensureDailyTrigger } from './trigger';
import { ensureVisitSheet, offerCodesOf } from '../visit-record/sheet';
import { alert, messageOf, toast } from './ui';
import { todayInDenmark } from './zone';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Set-up (and upgrade, and adoption) of the citizen sheet and the settings sheet. Every step reads what
 * is there and writes only what is missing or different, in the order that lets an interrupted run be
 * completed by the next: settings first (the formulas name them), then columns, headers, formulas,
 * formats, colours, protections, trigger. Running it twice writes nothing the second time.
 */

export interface SetupResult {
  added: ColumnKey[];
  /** Headers of the team's own computed-looking columns kept beside the fresh ones. */
  superseded: string[];
  citizenSheet: 'found' | 'adopted' | 'created';
}

export function runSetup(ss: Spreadsheet): SetupResult {
  const citizens = findOrAdoptCitizenSheet(ss);
  const { sheet: settings, grid } = ensureSettingsSheet(ss);
  const height = Math.max(grid.length, 1);
  applySettingsFormats(settings, settingsLayout(grid), height, settings.getRange(1, 1, height, GRID_WIDTH).getNumberFormats());
  applyLegend(settings);
  const asOf = grid[AS_OF_ROW - 1]?.[VALUE_COLUMN - 1];
  if (asOf === '' || asOf === undefined || asOf === null) writeReferenceDate(ss, todayInDenmark());

  const sheet = citizens.sheet;
  const snap = snapshot(sheet);
  const profile = settingsProfile(ss, grid);
  const own = withOwnEventColumns(planLayout(existingColumns(snap)), profile?.events ?? []);
  const plan = own.plan;
  applyLayout(sheet, snap, plan);
  applyOwnEventFormats(sheet, own.added);
  writeFormulas(sheet, snap, plan, own.columns);
  applyHeader(sheet, plan);
  applyColumnFormats(sheet, plan, snap, consultantNames(grid), undefined, {
    labels: profile?.exemptions.reasons.map((r) => r.label) ?? [],
    exhaustive: profile?.exemptions.exhaustive,
  });
  applyStatusRules(sheet, plan.columns.status!, plan.width);
  applyProtections(sheet, plan.columns, plan.headers);
  ensureVisitSheet(ss, offerCodesOf(profile));
  ensureDailyTrigger();
  return {
    added: plan.added,
    superseded: plan.superseded.map((s) => String(plan.headers[s.index])),
    citizenSheet: citizens.how,
  };
}

/**
 * The settings' profile (its exemption reasons make the Undtaget dropdown, its own events their columns);
 * undefined while the settings or the profile are unreadable.
 */
function settingsProfile(ss: Spreadsheet, grid: unknown[][]): Profile | undefined {
  const zone = sheetZone(ss);
  const parsed = parseSettingsGrid(grid, zone, () => 0);
  if (!parsed.settings) return undefined;
  try {
    return resolveProfile(parsed.settings.profile);
  } catch {
    return undefined;
  }
}

/** A new own-event column gets the date format; columns already there are the team's and left as they are. */
function applyOwnEventFormats(sheet: Sheet, added: readonly number[]): void {
  if (added.length === 0) return;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  rangeList(sheet, added.map((col) => ({ col })), rows + 1).setNumberFormat(DATE_FORMAT);
}

/** Inserts the planned columns (rightmost first) and names the new ones; existing cells are not written. */
function applyLayout(sheet: Sheet, snap: Snapshot, plan: LayoutPlan): void {
  let maxCols = snap.maxCols;
  for (const ins of plan.inserts) {
    sheet.insertColumnsBefore(ins.before + 1, ins.count);
    maxCols += ins.count;
  }
  if (plan.width > maxCols) sheet.insertColumnsAfter(maxCols, plan.width - maxCols);
  if (snap.maxRows < 2) sheet.insertRowsAfter(snap.maxRows, 2 - snap.maxRows);
  // Write only the header cells that change, run by run.
  const changed = plan.headers.map((h, i) => {
    const o = plan.origin[i];
    return o === undefined || snap.values[0]?.[o] !== h;
  });
  for (let i = 0; i < changed.length; i++) {
    if (!changed[i]) continue;
    let end = i;
    while (end < changed.length && changed[end]) end++;
    // As text: a profile's own event column «+Udskrevet» or «=…» would be a formula, never found again.
    sheet.getRange(1, i + 1, 1, end - i).setNumberFormat(TEXT_FORMAT).setValues([plan.headers.slice(i, end)]);
    i = end;
  }
}

/** One formula per computed column, in row 2; rewritten only when it differs. */
function writeFormulas(sheet: Sheet, snap: Snapshot, plan: LayoutPlan, events: readonly number[]): void {
  const cols = { ...formulaColumns(plan), events };
  for (const key of FORMULA_KEYS) {
    const col = plan.columns[key]!;
    const orig = plan.origin[col];
    const current = orig === undefined ? '' : (snap.row2[orig] ?? '');
    const want = formulaFor(key, cols);
    if (!sameFormula(current, want)) sheet.getRange(2, col + 1).setFormula(want);
  }
}

/** What the consultant is told when set-up (or refresh, which runs it) stopped on an error. */
export function setupFailureMessage(e: unknown): string {
  return e instanceof SetupError ? e.message : text.setupFailed(messageOf(e));
}

/** The menu item: set-up under the document lock, with a Danish word on how it went. */
export function setupFromMenu(): void {
  menuAction(TITLE, () => {
    const result = underLock(() => runSetup(SpreadsheetApp.getActive()), text.busy);
    if (result.superseded.length) alert(text.superseded(result.superseded));
    toast(text.setupDone(result.added.length));
  }, setupErrors);
}

/** Set-up's and refresh's errors: a SetupError as it is, anything else as set-up broken off (setupFailureMessage). */
export const setupErrors: MenuErrors = { known: [SetupError], failed: text.setupFailed, busyTitle: text.busyTitle };
