import { type CallEntry, type CallView, callList, callView } from '../../core/calls';
import * as callText from '../../core/calls/text';
import { type Day, toDanish } from '../../core/day';
import { resolveProfile } from '../../core/profiles/registry';
import { DATE_FORMAT, TEXT_FORMAT } from '../../core/sheet/column-formats';
import type { Zone } from '../../sheetfns/zone';
import { type SheetContext, loadSettings, referenceDay, readGrid, requireColumns, sheetContext } from './access';
import { menuAction, underLock } from '../run-action';
import { requireCitizenSheet } from '../sidebar/citizen-rows';
import { readCitizenRows } from '../../core/visits/rows';
import { rebuiltSheet } from '../sheet/rebuilt-sheet';
import * as text from '../../core/visits/text';

/** The call list computed from the sheet as it is now; rows the rules cannot read are named apart. */
function computeCalls(ctx: SheetContext): { calls: CallEntry[]; asOf: Day; problems: number[] } {
  const settings = loadSettings(ctx.ss);
  const { values, columns } = readGrid(requireCitizenSheet(ctx.ss));
  requireColumns(columns, []);
  const profile = resolveProfile(settings.profile);
  const { asOf, realToday } = referenceDay(settings, ctx);
  const rows = readCitizenRows(values, columns, { profile, asOf, toDay: ctx.zone.toDay });
  const calls = callList(
    rows.flatMap((r) => (r.plan ? [{ row: r.row, name: r.name, phone: r.phone, plan: r.plan, records: r.records, attempts: r.attempts }] : [])),
    asOf,
    realToday,
  );
  return { calls, asOf, problems: rows.filter((r) => !r.plan).map((r) => r.row) };
}

/** Endpoint fhbCallList: who to ring, most urgent first (latest acceptable day ascending). */
export function callListEndpoint(): { calls: CallView[] } {
  return { calls: computeCalls(sheetContext()).calls.map(callView) };
}

/** Menu: Opkaldsliste. Rebuilds the sheet `Opkaldsliste` in one write (no CPR on it) and shows it. */
export function showCallList(): void {
  menuAction(text.CALL_LIST_TITLE, () => {
    const ctx = sheetContext();
    const { calls, asOf, problems } = computeCalls(ctx);
    underLock(() => {
      const sheet = rebuiltSheet(ctx.ss, callText.SHEET_NAME, callText.SHEET_NAME, (a1) => a1 === callText.HEADERS[0]);
      sheet.clear();
      const table = callTable(calls, asOf, problems, ctx.zone);
      const width = callText.HEADERS.length;
      const range = sheet.getRange(1, 1, table.length, width);
      // Formats before values: a phone number or a name of digits stays text, as typed in Borgere.
      range.setNumberFormats(callFormats(table.length));
      range.setValues(table);
      sheet.getRange(1, 1, 1, width).setFontWeight('bold');
      sheet.setFrozenRows(2);
      sheet.activate();
    });
    ctx.ss.toast(text.callListShown(calls.length), text.CALL_LIST_TITLE);
  });
}

/** Text everywhere but the row number, the count of attempts and the two dates of the window. */
export function callFormats(height: number): string[][] {
  const row = callText.HEADERS.map((h): string =>
    h === 'Række' || h === 'Forsøg' ? GENERAL : h === 'Ring fra' || h === 'Ring senest' ? DATE_FORMAT : TEXT_FORMAT,
  );
  return Array.from({ length: height }, (_, i) => (i < 2 ? row.map(() => TEXT_FORMAT) : [...row]));
}

const GENERAL = 'General';

/**
 * The sheet's cells: the headers, a line saying what the list is (and which rows could not be read),
 * then one row per call. Every row has the same width, as setValues needs.
 */
export function callTable(calls: readonly CallEntry[], asOf: Day, problems: readonly number[], zone: Zone): unknown[][] {
  const width = callText.HEADERS.length;
  const pad = (cells: unknown[]) => [...cells, ...new Array(width - cells.length).fill('')];
  const title = calls.length === 0 ? callText.emptyList(asOf) : callText.listTitle(calls.length, asOf);
  const note = problems.length ? ` ${callText.rowProblems(problems)}` : '';
  return [
    [...callText.HEADERS],
    pad([`${title}${note}`]),
    ...calls.map((c) => {
      const last = c.attempts[c.attempts.length - 1];
      return [
        c.row,
        c.name,
        c.phone,
        c.label,
        c.code,
        zone.toDate(c.windowFrom),
        zone.toDate(c.windowTo),
        c.attempts.length,
        last ? [last.day === undefined ? '' : toDanish(last.day), last.text].filter(Boolean).join(' ') : '',
        c.letterDue ? callText.YES : callText.NO,
        c.overdue ? callText.YES : callText.NO,
      ];
    }),
  ];
}
