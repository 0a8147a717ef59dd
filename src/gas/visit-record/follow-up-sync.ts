import { DATE_FORMAT } from '../../core/sheet/column-formats';
import { findColumns } from '../../core/sheet/columns';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { findVisitColumns, followUpSync } from '../../core/visit-record';
import * as visitText from '../../core/visit-record/text';
import { HELP } from '../../core/visit-record/text';
import type { Zone } from '../../sheetfns/zone';
import { writeRowsInBlock } from '../sheet/block-write';
import { readVisitTable } from './rows';
import { visitSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface FollowUpsSynced {
  written: number;
  /** The Danish word on visit rows whose follow-up names no citizen ('' when none). */
  unmatched: string;
}

/**
 * The daily run's and «Opdater nu»'s sync of follow-ups typed by hand into Besøg (core
 * visit-record/follow-up-sync.ts) into Borgere's Opfølgning column: one read of each sheet, one write of
 * the column over the rows it spans (cells between written back as they were) and their date format.
 * Rows whose key names no citizen are said in Danish, by row number, in the note of Besøg's header
 * «Nøgle» (under its help), where the team sees it without a dialog: a trigger has none. The caller
 * holds the document lock.
 */
export function syncFollowUps(ss: Spreadsheet, zone: Zone): FollowUpsSynced {
  const visits = visitSheet(ss);
  const citizens = ss.getSheetByName(CITIZEN_SHEET);
  if (!visits || !citizens) return { written: 0, unmatched: '' };
  const { headers, records } = readVisitTable(ss, zone);
  const grid = citizens.getDataRange().getValues();
  const columns = findColumns(grid[0] ?? []);
  const rows = grid.slice(1);
  const sync = followUpSync({ columns, rows, records, toDay: zone.toDay });
  const column = columns.followUp;
  if (column !== undefined && sync.writes.length) {
    const written = new Map(sync.writes.map((w) => [w.row + 2, [zone.toDate(w.day)]]));
    writeRowsInBlock(citizens, column + 1, 1, written, (row) => rows[row - 2][column]);
    const top = Math.min(...written.keys());
    const range = citizens.getRange(top, column + 1, Math.max(...written.keys()) - top + 1, 1);
    range.setNumberFormats(range.getNumberFormats().map((f, i) => (written.has(top + i) ? [DATE_FORMAT] : f)));
  }
  const unmatched = visitText.unmatchedFollowUps(sync.unmatchedRows);
  noteOnKeyHeader(visits, headers, unmatched);
  return { written: sync.writes.length, unmatched };
}

/** The header «Nøgle»'s note: its help, and below it the rows to mend; written only when it changes. */
function noteOnKeyHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, headers: readonly unknown[], unmatched: string): void {
  const at = findVisitColumns(headers).citizen;
  if (at === undefined) return;
  const cell = sheet.getRange(1, at + 1);
  const note = unmatched ? `${HELP.citizen}\n\n${unmatched}` : HELP.citizen;
  if (cell.getNote() !== note) cell.setNote(note);
}
