import { InputError } from '../../core/coerce/errors';
import { attendanceEvent, meetingMovedEvent } from '../../core/history/meeting-events';
import { eventCitizen } from '../../core/history/citizen';
import { citizenHistory } from '../../core/history/count';
import type { NewHistoryEvent } from '../../core/history/events';
import { historyView } from '../../core/history/view';
import { type MeetingContext, type MeetingRow, planAttendance, planMeetingMove } from '../../core/meetings/citizen';
import { AttendanceRequest, MeetingMoveRequest } from '../../core/meetings/request';
import { TEXT_FORMAT } from '../../core/sheet/column-formats';
import { columnSpec } from '../../core/sheet/columns';
import { citizenKey, isEmptyRow, meetingCodes, type RowData } from '../../core/sidebar/citizen-view';
import type { MeetingResult } from '../../core/sidebar/protocol';
import * as text from '../../core/sidebar/text';
import { parseRequest } from '../../core/sidebar/validate';
import { todayIn } from '../../sheetfns/zone';
import { appendHistory, readHistory } from '../history';
import { underLock } from '../run-action';
import { readSettingsResult } from '../sheet/settings';
import { sheetZone } from '../sheet/zone';
import { planSettingsCells, readRow, requireCitizenSheet } from './citizen-rows';
import { citizenView } from './endpoints';
import { meetingSeats } from './meeting-seats';

/**
 * The sidebar's meeting endpoints (stubs in src/main.ts): move a citizen to another meeting of the same
 * offer, and record attendance. Everything is decided by core/meetings/citizen.ts under the document lock,
 * from the row, the settings and the seats as they are at that moment (a colleague may just have taken the
 * last seat), and the row is found again by the citizen's key. A refusal changes nothing.
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function moveMeeting(input: unknown): MeetingResult {
  const req = parseRequest(MeetingMoveRequest, input);
  return onRow(req, (ss, sheet, data, row, ctx) => {
    const plan = planMeetingMove(row, req.meeting, ctx);
    if (plan.kind === 'refused') throw new InputError(plan.message);
    if (plan.kind === 'same') return { kind: 'unchanged', message: plan.message };
    writeText(sheet, data.row, data.columns.meeting!, plan.meeting.name);
    if (plan.clearAttendance && data.columns.attendance !== undefined) sheet.getRange(data.row, data.columns.attendance + 1).clearContent();
    return { kind: 'written', message: plan.message, event: (c) => meetingMovedEvent(c, plan.meeting, plan.previous) };
  });
}

export function recordAttendance(input: unknown): MeetingResult {
  const req = parseRequest(AttendanceRequest, input);
  return onRow(req, (ss, sheet, data, row, ctx) => {
    if (data.columns.attendance === undefined) throw new InputError(text.columnMissing([columnSpec('attendance').header]));
    const plan = planAttendance(row, req.attendance, ctx);
    if (plan.kind === 'refused') throw new InputError(plan.message);
    if (plan.kind === 'same') return { kind: 'unchanged', message: plan.message };
    writeText(sheet, data.row, data.columns.attendance, plan.label);
    return { kind: 'written', message: plan.message, event: (c) => attendanceEvent(c, plan.meeting, req.attendance) };
  });
}

type Outcome =
  | { kind: 'unchanged'; message: string }
  | { kind: 'written'; message: string; event: (citizen: ReturnType<typeof eventCitizen>) => NewHistoryEvent };

/**
 * Under the document lock: the row read afresh and matched by key, the meetings and seats counted now,
 * then `work`; what it wrote is logged in Historik before the lock is let go.
 */
function onRow(
  req: { row: number; key: string },
  work: (ss: Spreadsheet, sheet: Sheet, data: RowData, row: MeetingRow, ctx: MeetingContext) => Outcome,
): MeetingResult {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return underLock((): MeetingResult => {
    const sheet = requireCitizenSheet(ss);
    const data = readRow(sheet, req.row);
    if (isEmptyRow(data)) throw new InputError(text.rowEmpty(req.row));
    if (citizenKey(data) !== req.key) throw new InputError(text.rowMoved(req.row));
    if (data.columns.meeting === undefined) throw new InputError(text.columnMissing([columnSpec('meeting').header]));
    const settings = readSettingsResult(ss);
    if (!settings.settings) throw new InputError(text.settingsUnreadable(settings.problems));
    const zone = sheetZone(ss);
    const today = todayIn(zone);
    const ctx: MeetingContext = { ...meetingSeats(ss, data.columns), today };
    const offers = meetingCodes(data, { settingsCells: planSettingsCells(ss), toDay: zone.toDay, today });
    const at = (column: number | undefined) => (column === undefined ? undefined : data.values[column]);
    const outcome = work(ss, sheet, data, { ...offers, meeting: at(data.columns.meeting), attendance: at(data.columns.attendance) }, ctx);
    const after = citizenView(ss, outcome.kind === 'written' ? readRow(sheet, req.row) : data);
    if (outcome.kind === 'written') {
      appendHistory([outcome.event(eventCitizen(data, after.plan?.year ?? Number(after.asOf.slice(0, 4)), after.plan?.code))], ss);
    }
    const citizen = { ...after, history: historyView(citizenHistory(readHistory(ss), after.key)) };
    return { kind: outcome.kind, message: outcome.message, citizen };
  });
}

/** Plain text, so a meeting named "9-12" or "=…" stays what it says. */
function writeText(sheet: Sheet, row: number, column: number, value: string): void {
  sheet.getRange(row, column + 1).setNumberFormat(TEXT_FORMAT).setValue(value);
}
