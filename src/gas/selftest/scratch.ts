import type { PreparedTemplate } from '../merge/docs';
import { LEFTOVER } from '../../core/selftest/text';
import type { CleanupResult } from '../../core/selftest/report';
import { removeFile } from './drive';

/**
 * Everything the self-test makes, so the clean-up can take it away again whatever happened: a scratch
 * sheet in this spreadsheet (never Borgere), a trigger, a document property, and a folder in the user's
 * Drive with the files made in it. Each is recorded the moment it exists.
 */
export interface Scratch {
  colleague: string;
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  sheetName: string;
  sheet?: GoogleAppsScript.Spreadsheet.Sheet;
  /** The sheet the user had open, shown again at the end. */
  previous?: GoogleAppsScript.Spreadsheet.Sheet;
  triggerId?: string;
  propertyKey: string;
  propertySet: boolean;
  folderName: string;
  folderId?: string;
  /** Drive files made for the test (in the folder, or on their way into it), removed before the folder. */
  files: string[];
  templateId?: string;
  letterId?: string;
  letterDoc?: GoogleAppsScript.Document.Document;
  prepared?: PreparedTemplate;
}

export function newScratch(colleague: string, stamp: string): Scratch {
  return {
    colleague,
    ss: SpreadsheetApp.getActiveSpreadsheet(),
    sheetName: `fhb selvtest ${stamp}`,
    propertyKey: `fhb.selftest.${stamp}`,
    propertySet: false,
    folderName: `fhb selvtest ${stamp} (kan slettes)`,
    files: [],
  };
}

/** The scratch sheet, made on first use (insertSheet shows it; the clean-up shows the user's sheet again). */
export function scratchSheet(s: Scratch): GoogleAppsScript.Spreadsheet.Sheet {
  if (!s.sheet) {
    s.previous = s.ss.getActiveSheet();
    s.sheet = s.ss.insertSheet(s.sheetName);
  }
  return s.sheet;
}

/** Removes what the checks made; each step on its own, so one failure does not leave the rest. */
export function cleanUp(s: Scratch): CleanupResult {
  const messages: string[] = [];
  const leftovers: string[] = [];
  const step = (work: () => void, leftover: string) => {
    try {
      work();
    } catch (e) {
      messages.push(messageOf(e));
      leftovers.push(leftover);
    }
  };
  if (s.letterDoc) {
    const doc = s.letterDoc;
    s.letterDoc = undefined;
    try {
      doc.saveAndClose();
    } catch {
      // the file is removed below either way
    }
  }
  let filesLeft = false;
  for (const id of [...s.files].reverse()) {
    try {
      removeFile(id);
    } catch (e) {
      messages.push(messageOf(e));
      filesLeft = true;
    }
  }
  const folderId = s.folderId;
  if (folderId) step(() => removeFile(folderId), LEFTOVER.folder(s.folderName));
  if (filesLeft && !leftovers.includes(LEFTOVER.folder(s.folderName))) leftovers.push(LEFTOVER.folder(s.folderName));
  const sheet = s.sheet;
  if (sheet) {
    step(() => s.ss.deleteSheet(sheet), LEFTOVER.sheet(s.sheetName));
    if (s.previous) step(() => s.ss.setActiveSheet(s.previous!), LEFTOVER.sheet(s.sheetName));
  }
  const triggerId = s.triggerId;
  if (triggerId) {
    step(() => {
      for (const t of ScriptApp.getProjectTriggers()) if (t.getUniqueId() === triggerId) ScriptApp.deleteTrigger(t);
    }, LEFTOVER.trigger);
  }
  if (s.propertySet) step(() => PropertiesService.getDocumentProperties().deleteProperty(s.propertyKey), LEFTOVER.property(s.propertyKey));
  return messages.length ? { ok: false, message: [...new Set(messages)].join('; '), leftovers: [...new Set(leftovers)] } : { ok: true };
}

/** The text of anything thrown: Google's own message for a service error. */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e) return String((e as { message: unknown }).message);
  return String(e);
}
