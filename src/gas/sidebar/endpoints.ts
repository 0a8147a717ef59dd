import { type Day, fromIso, yearOf } from '../../core/day';
import { clock } from '../../core/schedule/text';
import { bookingCalendarProblems, teamClosures, visitMinutesOf } from '../../core/sidebar/booking-check';
import { InputError } from '../../core/coerce/errors';
import { CITIZEN_SHEET } from '../../core/sheet/names';
import { DATE_FORMAT, DATETIME_FORMAT, TEXT_FORMAT } from '../../core/sheet/column-formats';
import { buildCitizenView, isEmptyRow, planSettings, referenceDate, rowVersion, RowData } from '../../core/sidebar/citizen-view';
import { visitFormView } from '../../core/sidebar/visit-form-view';
import { visitVocabulary } from '../../core/profiles/visit-terms';
import { readVisitTable } from '../visit-record/rows';
import {
  ActionRequest, ActionResult, CitizenRequest, CitizenView, SelectedCitizen, SettingsPatch, SettingsView, SidebarState,
} from '../../core/sidebar/protocol';
import { applySettingsForm, profileChoices, settingsForm } from '../../core/sidebar/settings-form';
import * as text from '../../core/sidebar/text';
import { parseRequest, requestDay } from '../../core/sidebar/validate';
import { CellWrite, minutesOf, planAction } from '../../core/sidebar/write-plan';
import { todayIn, Zone } from '../../sheetfns/zone';
import { underLock } from '../run-action';
import { runSetup, setupFailureMessage } from '../sheet/setup';
import { readSettings, readSettingsResult, writeSettings } from '../sheet/settings';
import { sheetZone } from '../sheet/zone';
import { activeRow, citizenRow, planSettingsCells, readRow, requireCitizenSheet, rowValues, teamConsultants } from './citizen-rows';
import { wallTimeToDate } from './time';
import { appendHistory, readHistory } from '../history';
import { citizenHistory } from '../../core/history/count';
import { historyView } from '../../core/history/view';
import { eventCitizen } from '../../core/history/citizen';
import { sidebarEvent } from '../../core/history/sidebar-event';
import { meetingSeats } from './meeting-seats';

/**
 * The sidebar's server endpoints (called through google.script.run; stubs in src/main.ts). Every input
 * is parsed with the protocol's zod schemas first; a refusal throws an InputError whose Danish message
 * the sidebar shows, and nothing has changed by then. Answers are plain JSON (ISO dates, no Date).
 */

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The cheap call the sidebar polls: the active row and a version key of that row (plus the reference
 * date and profile), a handful of service calls and no rules. The sidebar fetches the citizen only
 * when the row or the version changes.
 */
export function sidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  const row = name === CITIZEN_SHEET ? activeRow(ss) : 0;
  if (row < 2) return { sheet: name, row: null, version: '' };
  return { sheet: name, row, version: rowVersion(rowValues(sheet, row), planSettingsCells(ss)) };
}

export function selectedCitizen(input: unknown): SelectedCitizen {
  const { row } = parseRequest(CitizenRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const data = readRow(requireCitizenSheet(ss), row);
  if (isEmptyRow(data)) return { kind: 'empty', message: text.rowEmpty(row) };
  const view = citizenView(ss, data);
  return { kind: 'citizen', citizen: { ...view, history: historyView(citizenHistory(readHistory(ss), view.key)) } };
}

export function recordAction(input: unknown): ActionResult {
  const req = parseRequest(ActionRequest, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const zone = sheetZone(ss);
  const today = todayIn(zone);
  const day = requestDay(req.date, text.FIELD_NAMES.date, today, req.action === 'booked');
  if (req.action === 'booked' && req.time) refuseClosedDay(ss, day, minutesOf(req.time), req.consultant);

  // Under the lock: two consultants clicking at once write one after the other, and the second sees the
  // first's value and is asked before replacing it.
  return underLock((): ActionResult => {
    const sheet = requireCitizenSheet(ss);
    // The citizen, not the row: a sheet sorted since the sidebar read it moves the write with them.
    const data = citizenRow(sheet, req.row, req.key);
    if (!data || isEmptyRow(data)) throw new InputError(text.citizenGone(req.row));

    const years = { planning: yearOf(referenceDate(planSettingsCells(ss), zone.toDay, today)), open: yearOf(today), toDay: zone.toDay };
    const plan = planAction({ action: req.action, day, minutes: req.time ? minutesOf(req.time) : undefined, consultant: req.consultant || undefined, years }, data);
    switch (plan.kind) {
      case 'missing':
        throw new InputError(text.columnMissing(plan.headers));
      case 'same':
        return { kind: 'unchanged', message: plan.message, citizen: citizenView(ss, data) };
      case 'confirm':
      case 'write':
        if (plan.kind === 'confirm' && !req.overwrite) {
          const existing = plan.conflicts.map((c) => ({ header: c.header, value: c.previous, replacement: c.shown }));
          return { kind: 'confirm', message: text.confirmOverwrite(existing), existing };
        }
        writeCells(sheet, data.row, plan.writes, zone);
        const after = citizenView(ss, readRow(sheet, data.row));
        const replacedVisit = plan.writes.some((w) => w.column === data.columns.visit && w.previous !== '');
        const action = { action: req.action, day, minutes: req.time ? minutesOf(req.time) : undefined, consultant: req.consultant || undefined, replacedVisit };
        appendHistory([sidebarEvent(eventCitizen(data, after.plan?.year ?? yearOf(fromIso(after.asOf) ?? today), after.plan?.code), action)], ss);
        const message = data.row === req.row ? plan.message : `${plan.message} ${text.citizenNowAt(data.row)}`;
        return { kind: 'written', message, citizen: after };
    }
  });
}

export function getSettings(): SettingsView {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const parsed = readSettingsResult(ss);
  if (!parsed.settings) throw new InputError(text.settingsUnreadable(parsed.problems));
  return { settings: settingsForm(parsed.settings), profiles: profileChoices(parsed.settings.profile) };
}

export function saveSettings(input: unknown): SettingsView {
  const form = parseRequest(SettingsPatch, input);
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return underLock(() => {
    const before = readSettings(ss);
    const saved = writeSettings(ss, applySettingsForm(before, form));
    const view = { settings: settingsForm(saved), profiles: profileChoices(saved.profile) };
    if (saved.profile === before.profile) return { ...view, message: text.settingsSaved };
    // Another profile: its Undtaget reasons, its own event columns and the formulas naming them follow now,
    // not at the next set-up (the lock is held already).
    try {
      runSetup(ss);
      return { ...view, message: text.settingsSavedProfileChanged };
    } catch (e) {
      return { ...view, message: text.settingsSavedSetupFailed(setupFailureMessage(e)) };
    }
  });
}

/**
 * A first booking on a public holiday or a day the team has closed is refused before anything is asked or
 * written. Only the calendar is checked, not the scheduler's diary: core/sidebar/booking-check.ts says why.
 */
function refuseClosedDay(ss: Spreadsheet, day: Day, minute: number, consultant: string | undefined): void {
  const settings = readSettingsResult(ss).settings;
  const problems = bookingCalendarProblems(day, minute, teamClosures(settings, yearOf(day)), visitMinutesOf(settings, consultant));
  if (problems.length) throw new InputError(text.bookingRefused(day, clock(minute), problems));
}

export function writeCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number, writes: readonly CellWrite[], zone: Zone): void {
  for (const w of writes) {
    const cell = sheet.getRange(row, w.column + 1);
    switch (w.value.kind) {
      case 'day':
        cell.setNumberFormat(DATE_FORMAT).setValue(zone.toDate(w.value.day));
        break;
      case 'dateTime':
        cell.setNumberFormat(DATETIME_FORMAT).setValue(wallTimeToDate(zone, w.value.day, w.value.minutes));
        break;
      case 'text':
        // Plain text format: "05-03-2025 ikke truffet" must stay text, and a consultant named "1" too.
        cell.setNumberFormat(TEXT_FORMAT).setValue(w.value.text);
        break;
      case 'clear':
        cell.setValue('');
        break;
    }
  }
}

/** The citizen view of a row; the meetings and their seats are read only when the citizen has one. */
export function citizenView(ss: Spreadsheet, data: RowData): CitizenView {
  const zone = sheetZone(ss);
  const today = todayIn(zone);
  const settingsCells = planSettingsCells(ss);
  const view = buildCitizenView(data, {
    today,
    settingsCells,
    consultants: teamConsultants(ss),
    toDay: zone.toDay,
    meetings: () => meetingSeats(ss, data.columns),
  });
  if (!view.plan) return view;
  const { profile } = planSettings(settingsCells, zone.toDay, today);
  return { ...view, visitForm: visitFormView(data, visitVocabulary(profile), readVisitTable(ss, zone).records, view.key, today) };
}
