import { InputError } from '../../core/coerce/errors';
import { fromIso } from '../../core/day';
import { resolveProfile } from '../../core/profiles/registry';
import { rulesHtml, rulesView } from '../../core/profiles/view';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { menuAction } from '../run-action';
import { readSettings } from './settings';
import { TITLE } from './text';
import { todayInDenmark } from './zone';

/**
 * Menu *Vis regler*: the active profile (the settings' profile, a built-in one or the team's own JSON)
 * as a Danish table in a dialog, on the settings' reference date. Reads the settings only; writes nothing.
 */
export function showRules(): void {
  menuAction(TITLE, () => {
    const settings = readSettings(SpreadsheetApp.getActive());
    const asOf = (settings.asOf ? fromIso(settings.asOf) : undefined) ?? todayInDenmark();
    const view = rulesView(resolveProfile(settings.profile), asOf);
    SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(rulesHtml(view)).setWidth(1100).setHeight(680), view.title);
  }, { known: [InputError, SettingsError] });
}
