import { writeBlocks } from '../../core/import/blocks';
import { planImport, type ImportPlan } from '../../core/import/plan';
import { buildPreview } from '../../core/import/preview';
import { readCitizenList, type ReadFile } from '../../core/import/read';
import {
  ImportConfirmRequest, ImportPreviewRequest, type ImportConfirmResult, type ImportPreview, type ImportPreviewResult,
} from '../../core/import/request';
import * as text from '../../core/import/text';
import type { ImportValue } from '../../core/import/values';
import { importEvents } from '../../core/import/history';
import { parseDay } from '../../core/coerce/values';
import { yearOf } from '../../core/day';
import { columnSpec, findColumns, type ColumnKey } from '../../core/sheet/columns';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { appendHistory } from '../history';
import { planSettingsCells } from '../sidebar/citizen-rows';
import { parseRequest } from '../../core/sidebar/validate';
import { todayIn, type Zone } from '../../sheetfns/zone';
import { underLock } from '../run-action';
import { sheetZone } from '../sheet/zone';
import { openSidebar } from '../sidebar/open';
import { readCitizens, writeCitizenBlocks } from './sheet';

/**
 * The import of the citizen list (menu *Importér borgerliste …*, the sidebar's Import pane). The browser
 * reads and decodes the file; these endpoints parse it with the core, match it against the sheet and
 * answer a preview. Nothing is written until the consultant confirms; the confirm reads the sheet again
 * under the document lock, plans again (citizens found by who they are, not by row), refuses if the plan
 * is not the one previewed, and writes in a few blocks.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Menu: opens the sidebar on the Import pane. */
export function openImport(): void {
  openSidebar('import');
}

export function importPreview(input: unknown): ImportPreviewResult {
  const req = parseRequest(ImportPreviewRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const planned = plan(ss, req);
  return planned.ok ? planned.preview : refused(planned.message);
}

export function importConfirm(input: unknown): ImportConfirmResult {
  const req = parseRequest(ImportConfirmRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return underLock((): ImportConfirmResult => {
    const planned = plan(ss, req);
    if (!planned.ok) return refused(planned.message);
    const { preview, plan: p, zone } = planned;
    if (p.fingerprint !== req.fingerprint) return { kind: 'changed', message: text.CHANGED_SINCE_PREVIEW, preview };
    if (!preview.canWrite) return { kind: 'refused', message: text.NOTHING_TO_DO };
    const sheet = ss.getSheetByName(CITIZEN_SHEET)!;
    const toCell = cellMaker(zone);
    writeCitizenBlocks(sheet, writeBlocks(p, planned.rows, toCell));
    appendHistory(importEvents(p, planned.rows, findColumns(planned.headers), toCell, planningYear(ss, zone), headerIn(planned.headers, p)), ss);
    return { kind: 'written', message: text.written(p.adds.length, p.updates.length), added: p.adds.length, changed: p.updates.length };
  }, text.lockBusy);
}

type Planned =
  | { ok: true; preview: ImportPreview; plan: ImportPlan; file: ReadFile; headers: readonly unknown[]; rows: readonly (readonly unknown[])[]; zone: Zone }
  | { ok: false; message: string };

function plan(ss: Spreadsheet, req: ImportPreviewRequest): Planned {
  const sheet = ss.getSheetByName(CITIZEN_SHEET);
  if (!sheet) return { ok: false, message: text.CITIZEN_SHEET_MISSING };
  const zone = sheetZone(ss);
  const file = readCitizenList(req.text, { toDay: zone.toDay, today: todayIn(zone) });
  if (!file.ok) return file;
  const citizens = readCitizens(sheet, zone);
  const planned = planImport(file, citizens, req.mode);
  if (!planned.ok) return planned;
  const preview = buildPreview(file, planned.plan, { fileName: req.fileName, encoding: req.encoding, sheetHeaders: citizens.headers });
  return { ok: true, preview, plan: planned.plan, file, headers: citizens.headers, rows: citizens.rows, zone };
}

/** The planning year: the year of the reference date in Indstillinger (today when it is empty or unreadable). */
function planningYear(ss: Spreadsheet, zone: Zone): number {
  const today = todayIn(zone);
  try {
    return yearOf(parseDay(planSettingsCells(ss)[0], '', zone.toDay) ?? today);
  } catch {
    return yearOf(today);
  }
}

/** A column's header as the sheet has it (the history's detail uses the team's words). */
function headerIn(headers: readonly unknown[], plan: ImportPlan): (key: ColumnKey) => string {
  return (key) => {
    const h = plan.columns[key] === undefined ? undefined : headers[plan.columns[key]!];
    return typeof h === 'string' && h.trim() ? h.trim() : columnSpec(key).header;
  };
}

function refused(message: string): { kind: 'refused'; message: string } {
  return { kind: 'refused', message: `${message} ${text.NOTHING_WRITTEN}` };
}

/** Cell values as Sheets keeps them: text as text, days as Dates at midnight in the sheet's zone, yes/no as booleans. */
function cellMaker(zone: Zone): (v: ImportValue) => unknown {
  return (v) => (v.kind === 'text' ? v.text : v.kind === 'day' ? zone.toDate(v.day) : v.value);
}
