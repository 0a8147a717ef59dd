import { DEFAULT_TEMPLATES, TEMPLATE_KEYS } from '../../core/letters/templates';
import { makeZone } from '../../sheetfns/zone';
import { createTemplateDoc } from './docs';
import { underLock } from './lock';
import { sheetSettingsPort } from './settings-port';
import * as text from './text';

/**
 * Makes a Google Doc for every default letter the team does not have yet; a template that exists and
 * opens is kept, so the team's edits survive. Returns a Danish summary.
 */
export function createTemplates(): { message: string; ids: Record<string, string> } {
  return underLock(() => {
    const port = sheetSettingsPort(makeZone(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()));
    const settings = port.read();
    const ids = port.templateIds(settings);
    const made: string[] = [];
    const kept: string[] = [];
    for (const key of TEMPLATE_KEYS) {
      if (ids[key] && opens(ids[key])) {
        kept.push(key);
        continue;
      }
      const template = DEFAULT_TEMPLATES[key];
      ids[key] = createTemplateDoc(template, `Brevskabelon ${key} – ${template.title}`);
      // Saved one by one: a stop half-way keeps the Docs already made.
      port.saveTemplateIds({ [key]: ids[key] });
      made.push(key);
    }
    return { message: text.templatesCreated(made, kept), ids };
  });
}

function opens(id: string): boolean {
  try {
    DocumentApp.openById(id);
    return true;
  } catch {
    return false;
  }
}

/** The menu item: creates the missing templates and tells the team what was made. */
export function createTemplatesFromMenu(): string {
  const { message } = createTemplates();
  try {
    SpreadsheetApp.getUi().alert(message);
  } catch {
    // no UI (run from a trigger or the editor): the summary is returned instead
  }
  return message;
}
