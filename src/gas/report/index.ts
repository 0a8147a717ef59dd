import { InputError } from '../../core/coerce/errors';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { menuAction, underLock } from '../run-action';
import { toast } from '../sheet/ui';
import { buildYearReport } from './run';
import * as text from './text';

/**
 * Menu: Årsrapport. Under the document lock (a colleague's refresh or set-up is not read half-written),
 * builds the report sheet and shows it. A Danish message for what the team can fix (not set up, a bad
 * setting, a missing column, a foreign sheet of that name); nothing is written then.
 */
export function yearReportFromMenu(): void {
  menuAction(text.MENU_TITLE, () => {
    const { year } = underLock(() => buildYearReport(SpreadsheetApp.getActive()), text.BUSY);
    toast(text.DONE(year), text.MENU_TITLE);
  }, { known: [InputError, SettingsError], failed: text.FAILED, busyTitle: text.BUSY_TITLE });
}
