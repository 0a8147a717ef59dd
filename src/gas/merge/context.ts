import { Day, fromIso } from '../../core/day';
import { InputError } from '../../core/coerce/errors';
import type { Settings } from '../../core/settings/schema';
import { columnSpec } from '../../core/sheet/columns';
import { makeZone, todayIn, Zone } from '../../sheetfns/zone';
import { CitizenTable } from './rows';
import { SettingsPort, sheetSettingsPort } from './settings-port';
import * as text from './text';

/** What every step of a merge run reads first: the spreadsheet's zone, the team's settings, today and the reference date. */

export const nowMs = () => Date.now();

export interface Context {
  zone: Zone;
  port: SettingsPort;
  settings: Settings;
  today: Day;
  asOf: Day;
}

export function context(): Context {
  const zone = makeZone(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
  const port = sheetSettingsPort(zone);
  const settings = port.read();
  const today = todayIn(zone, new Date(nowMs()));
  return { zone, port, settings, today, asOf: (settings.asOf && fromIso(settings.asOf)) || today };
}

export function requireColumns(table: CitizenTable): void {
  for (const key of ['invited', 'letter'] as const) {
    if (table.columns[key] === undefined) throw new InputError(text.columnMissing(columnSpec(key).header));
  }
}
