import { InputError } from '../../core/coerce/errors';
import { participantLists, participantSheet, type ParticipantRow } from '../../core/meetings/participants';
import * as text from '../../core/meetings/text';
import { TEXT_FORMAT } from '../../core/sheet/column-formats';
import { findColumns } from '../../core/sheet/columns';
import * as sidebarText from '../../core/sidebar/text';
import { todayIn } from '../../sheetfns/zone';
import { menuAction, underLock } from '../run-action';
import { readSettingsResult } from '../sheet/settings';
import { sheetZone } from '../sheet/zone';
import { rebuiltSheet } from '../sheet/rebuilt-sheet';
import { requireCitizenSheet } from '../sidebar/citizen-rows';

/**
 * Menu: Deltagerlister. Rebuilds the sheet Deltagerlister from the citizen sheet's Arrangement column and
 * the meetings in Indstillinger (core/meetings/participants.ts), in one write, all plain text (a name of
 * digits or one starting with "=" stays what it says), and shows it, ready to print. No CPR number on it.
 */
export function showParticipants(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  menuAction(text.PARTICIPANTS_SHEET, () => {
    const settings = readSettingsResult(ss);
    if (!settings.settings) throw new InputError(sidebarText.settingsUnreadable(settings.problems));
    const meetings = settings.settings.meetings;
    const values = requireCitizenSheet(ss).getDataRange().getValues();
    const columns = findColumns(values[0] ?? []);
    const at = (row: readonly unknown[], column: number | undefined) => (column === undefined ? undefined : row[column]);
    const rows: ParticipantRow[] = values.slice(1).map((r) => ({
      meeting: at(r, columns.meeting), name: at(r, columns.name), address: at(r, columns.address), postcode: at(r, columns.postcode),
      city: at(r, columns.city), phone: at(r, columns.phone), attendance: at(r, columns.attendance), ended: at(r, columns.ended),
    }));
    const result = participantLists(rows, meetings);
    const { rows: table, headingRows } = participantSheet(result, todayIn(sheetZone(ss)));
    underLock(() => {
      const sheet = rebuiltSheet(ss, text.PARTICIPANTS_SHEET, text.PARTICIPANTS_SHEET, (a1) => String(a1).startsWith(`${text.PARTICIPANTS_SHEET} pr. `));
      sheet.clear();
      const range = sheet.getRange(1, 1, table.length, table[0].length);
      range.setNumberFormat(TEXT_FORMAT);
      range.setValues(table);
      sheet.getRange(1, 1).setFontWeight('bold');
      for (const row of headingRows) sheet.getRange(row, 1, 1, table[0].length).setFontWeight('bold');
      sheet.activate();
    });
    const participants = result.lists.reduce((n, l) => n + l.participants.length, 0);
    ss.toast(text.participantsShown(result.lists.length, participants), text.PARTICIPANTS_SHEET);
  });
}
