import { InputError } from '../../core/coerce/errors';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { withDocumentLock } from '../sheet/lock';
import { alert, messageOf, toast } from '../sheet/ui';
import { buildYearReport } from './run';
import * as text from './text';

/**
 * Menu: Årsrapport. Under the document lock (a colleague's refresh or set-up is not read half-written),
 * builds the report sheet and shows it. A Danish message for what the team can fix (not set up, a bad
 * setting, a missing column, a foreign sheet of that name); nothing is written then.
 */
export function yearReportFromMenu(): void {
  const ss = SpreadsheetApp.getActive();
  let year: number;
  try {
    const locked = withDocumentLock(() => {
      const result = buildYearReport(ss);
      SpreadsheetApp.flush();
      return result;
    });
    if (!locked.ok) {
      alert(text.BUSY, text.BUSY_TITLE);
      return;
    }
    year = locked.value.year;
  } catch (e) {
    if (e instanceof InputError || e instanceof SettingsError) alert(e.message, text.MENU_TITLE);
    else alert(text.FAILED(messageOf(e)), text.MENU_TITLE);
    return;
  }
  toast(text.DONE(year), text.MENU_TITLE);
}
