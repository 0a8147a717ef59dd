import { InputError } from '../../core/coerce/errors';
import { SettingsError } from '../../core/sheet/settings-sheet';
import { MENU } from '../../core/text/glossary';
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS } from '../../core/letters/templates';
import { makeZone } from '../../sheetfns/zone';
import { colleagues, myEmail } from '../team/people';
import { shareDocWithTeam } from '../team/share';
import { createTemplateDoc } from './docs';
import { menuAction, underLock } from '../run-action';
import { sheetSettingsPort } from './settings-port';
import * as text from './text';
import { isNotThere } from '../service-errors';

/** Who made each template the merge created, so a colleague's template is never replaced silently. */
const MAKERS_KEY = 'fhb.merge.templateMakers';

/**
 * Makes a Google Doc for every default letter the team does not have yet, shared with the spreadsheet's
 * editors; a template that opens is kept (and shared with editors added since), so the team's edits
 * survive. A template that does not open for this consultant is replaced only when this consultant made
 * it (then it is gone: deleted or emptied from the bin). One a colleague made, or one the Indstillinger
 * sheet names, may simply not be shared with this consultant, and is left alone with a Danish
 * explanation: Google's "Document is missing" does not tell "deleted" from "not shared with you".
 */
export function createTemplates(): { message: string; ids: Record<string, string> } {
  return underLock(() => {
    const port = sheetSettingsPort(makeZone(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()));
    const settings = port.read();
    const ids = port.templateIds(settings);
    const props = PropertiesService.getDocumentProperties();
    const makers = JSON.parse(props.getProperty(MAKERS_KEY) ?? '{}') as Record<string, string>;
    const me = myEmail();
    const team = colleagues();
    const made: string[] = [];
    const kept: string[] = [];
    const blocked: string[] = [];
    for (const key of TEMPLATE_KEYS) {
      const id = ids[key];
      if (id) {
        const doc = open(id);
        if (doc) {
          shareDocWithTeam(doc, team);
          kept.push(key);
          continue;
        }
        const maker = makers[key] ?? '';
        const fromSheet = (settings.templates[key] ?? '').trim() !== '';
        if (fromSheet || maker === '' || maker.toLowerCase() !== me.toLowerCase()) {
          blocked.push(text.templateNotOurs(key, fromSheet ? '' : maker));
          continue;
        }
      }
      const template = DEFAULT_TEMPLATES[key];
      ids[key] = createTemplateDoc(template, `Brevskabelon ${key} – ${template.title}`, team);
      // Saved one by one: a stop half-way keeps the Docs already made.
      port.saveTemplateIds({ [key]: ids[key] });
      makers[key] = me;
      props.setProperty(MAKERS_KEY, JSON.stringify(makers));
      made.push(key);
    }
    return { message: [text.templatesCreated(made, kept), ...blocked].filter(Boolean).join('\n'), ids };
  }, text.LOCK_BUSY);
}

function open(id: string): GoogleAppsScript.Document.Document | null {
  try {
    return DocumentApp.openById(id);
  } catch (e) {
    // Only a Doc that is not there may be replaced: a passing error must not replace the team's template.
    if (!isNotThere(e)) throw e;
    return null;
  }
}

/**
 * The menu item: creates the missing templates and tells the team what was made; busy, or a setting that
 * cannot be read, is said in an alert like every menu item's (run-action.ts).
 */
export function createTemplatesFromMenu(): string {
  let message = '';
  menuAction(MENU.templates, () => {
    message = createTemplates().message;
    try {
      SpreadsheetApp.getUi().alert(message);
    } catch {
      // no UI (run from a trigger or the editor): the summary is returned instead
    }
  }, { known: [InputError, SettingsError] });
  return message;
}
