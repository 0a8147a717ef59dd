import { InputError } from '../../core/coerce/errors';
import { ProfileError } from '../../core/profiles/registry';
import * as text from '../../core/projection/text';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { menuAction, underLock } from '../run-action';
import { alert, toast } from '../sheet/ui';
import { buildProjection } from './run';
import * as reportText from '../report/text';

/**
 * Menu: *Fremskriv et år …*. Asks for the year and (optionally) a proposed profile (a name, or a profile's
 * JSON pasted whole), then under the document lock builds the sheet Fremskrivning. A Danish message for
 * what the team can fix (a year before the data's, an unknown or invalid profile, not set up, a foreign
 * sheet of that name); nothing is written then. Cancel at either question ends it quietly.
 */
export function projectionFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const year = ui.prompt(text.MENU_ITEM, text.PROMPT_YEAR, ui.ButtonSet.OK_CANCEL);
  if (year.getSelectedButton() !== ui.Button.OK) return;
  const proposal = ui.prompt(text.MENU_ITEM, text.PROMPT_PROPOSAL, ui.ButtonSet.OK_CANCEL);
  if (proposal.getSelectedButton() !== ui.Button.OK) return;
  menuAction(text.MENU_ITEM, () => {
    const { notes } = underLock(() => buildProjection(SpreadsheetApp.getActive(), year.getResponseText(), proposal.getResponseText()), reportText.BUSY);
    if (notes.length) alert(notes.join('\n'), text.MENU_ITEM);
    else toast(text.DONE, text.MENU_ITEM);
  }, { known: [InputError, SettingsError, ProfileError], failed: text.FAILED, busyTitle: reportText.BUSY_TITLE });
}
