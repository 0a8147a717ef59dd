import { InputError } from '../../core/coerce/errors';
import { tryYesNo } from '../../core/coerce/values';
import { NO, YES } from '../../core/letters/text';
import { csvText } from '../../core/export/csv';
import type { Settings } from '../../core/settings/schema';
import type { DocumentLink } from '../../core/sidebar/protocol';
import { appendLetter, copyHeaderFooter, PreparedTemplate } from './docs';
import { appendLettersRequests } from '../../core/docs-api/render';
import { letterParagraphs } from '../../core/docs-api/letter';
import type { ShapedParagraph } from '../../core/docs-api/shape';
import type { DocsWriter } from './docs-api';
import { shareFolderWithTeam } from '../team/share';
import { createDoc, createFile, createFolder, DriveItem, filesNamed, openFolder, trash } from './drive';
import type { CitizenTable } from './rows';
import { RunJob, RunState, saveRun } from './state';
import * as text from './text';

/**
 * What a run makes besides the combined document: one Doc per citizen in a folder, PDFs, and the list
 * for Digital Post. Every step can be repeated after a crash: files have names unique to the run and
 * the letter (no CPR number ever), and a step looks for its file by name before making it. Drive is
 * reached through the advanced service (./drive), which works with the drive.file scope.
 */

const FOLDER_KEY = 'fhb.merge.folder';
const PDF = 'application/pdf';

/** The output folder's id: the settings' folder, else the one the merge made for this consultant before, else a new one. */
export function ensureFolder(state: RunState, settings: Settings): string {
  if (state.folderId) return state.folderId;
  const props = PropertiesService.getUserProperties();
  const chosen = settings.outputFolder.trim();
  let folder: DriveItem | undefined;
  if (chosen) {
    folder = openFolder(chosen);
    // With the drive.file scope the script sees only folders it made: say so rather than fail in English.
    if (!folder) throw new InputError(text.folderUnreadable(chosen));
  } else {
    const made = props.getProperty(FOLDER_KEY);
    folder = made ? openFolder(made) : undefined;
    if (!folder) {
      folder = createFolder(text.folderTitle);
      props.setProperty(FOLDER_KEY, folder.id);
    }
    // Editors added to the spreadsheet since last time get the folder too.
    shareFolderWithTeam(folder.id);
  }
  state.folderId = folder.id;
  state.folderUrl = folder.url;
  state.folderTitle = folder.name || text.folderTitle;
  saveRun(state);
  return folder.id;
}

/** Refuses, before a run starts, a folder in the settings that the merge may not use. */
export function checkChosenFolder(settings: Settings): void {
  const chosen = settings.outputFolder.trim();
  if (chosen && !openFolder(chosen)) throw new InputError(text.folderUnreadable(chosen));
}

interface PerCitizenInput {
  state: RunState;
  folderId: string;
  /** The template's key (in the Doc's name). */
  key: string;
  /** The template prepared for DocumentApp: asked only on that path, or for a header or footer. */
  template: () => PreparedTemplate;
  /** The Docs API path: the template's shape, the letter written with one batchUpdate. */
  fast?: { writer: DocsWriter; body: readonly ShapedParagraph[]; hasHeaderOrFooter: boolean };
  fields: ReadonlyMap<string, string>;
  ref: string;
  /** A stopped batch may have made this letter already, whole or cut off: look for it first. */
  probe: boolean;
}

/**
 * One citizen's letter as its own Doc in the folder (and its PDF). `existed` says a whole letter was
 * found from a stopped batch: the letters are made in order, so the next one can exist only if this did.
 */
export function perCitizenLetter(input: PerCitizenInput): { url: string; existed: boolean } {
  const { state, folderId, template, fields, ref, fast } = input;
  const name = text.perCitizenTitle(input.key, ref);
  const found = input.probe ? existingLetter(name, ref) : undefined;
  let id: string;
  let url: string;
  if (found) {
    ({ id, url } = found);
  } else {
    ({ id, url } = createDoc(name, folderId));
    if (fast) {
      // A new Doc's body is one empty paragraph, its newline at index 1: the letter goes in before it.
      const { requests } = appendLettersRequests(1, [letterParagraphs(fast.body, (k) => fields.get(k), ref)], false);
      // Under the write quota (docs-api.ts): a pause here leaves the Doc empty, and the next batch's probe
      // (existingLetter) finds it without its reference, puts it in the bin and makes the letter again.
      fast.writer.batchUpdate(requests, id);
      if (fast.hasHeaderOrFooter) {
        const doc = DocumentApp.openById(id);
        copyHeaderFooter(doc, template().template, fields);
        doc.saveAndClose();
      }
    } else {
      const doc = DocumentApp.openById(id);
      const prepared = template();
      appendLetter(doc.getBody(), prepared, fields, ref, { pageBreak: false, dropFirst: true });
      copyHeaderFooter(doc, prepared.template, fields);
      doc.saveAndClose();
    }
  }
  const pdfName = `${name}.pdf`;
  // The PDF through DocumentApp (two calls): the advanced Drive service's Files.export is typed as returning
  // nothing and Google documents no way to get the bytes through it in Apps Script, and DriveApp's getAs needs
  // the whole-Drive scope.
  if (state.pdf && !(found && filesNamed(pdfName, folderId).length > 0)) {
    createFile(pdfName, DocumentApp.openById(id).getAs(PDF), PDF, folderId);
  }
  return { url, existed: found !== undefined };
}

/** A whole letter of this name left by a stopped batch; cut-off copies go to the bin. */
function existingLetter(name: string, ref: string): DriveItem | undefined {
  let keep: DriveItem | undefined;
  for (const file of filesNamed(name)) {
    if (!keep && DocumentApp.openById(file.id).getBody().getText().includes(ref)) keep = file;
    else trash(file.id);
  }
  return keep;
}

/**
 * The run's last steps: the combined PDF and the Digital Post list, each made once. Their links are set,
 * not added to: a stop between the two makes the next batch find the first again.
 */
export function finishOutputs(state: RunState, jobs: readonly RunJob[], table: CitizenTable, rowOf: RowOf, folderId: string | undefined): void {
  if (!state.pdf || !folderId) return;
  const docs: DocumentLink[] = [];
  if (state.mode === 'combined' && state.docId) {
    const pdfName = `${text.combinedTitle(state.tag, state.today)}.pdf`;
    const pdf = filesNamed(pdfName, folderId)[0] ?? createFile(pdfName, DocumentApp.openById(state.docId).getAs(PDF), PDF, folderId);
    docs.push({ url: pdf.url, title: pdfName });
  }
  const csvName = text.manifestTitle(state.tag);
  const csv = filesNamed(csvName, folderId)[0] ?? createFile(csvName, Utilities.newBlob(manifestCsv(state, jobs, table, rowOf), 'text/csv', csvName), 'text/csv', folderId);
  docs.push({ url: csv.url, title: csvName });
  state.extraDocs = docs;
}

/** Where a job's citizen is now (the sheet may have been sorted during the run). */
type RowOf = (job: RunJob) => number | undefined;

/** Semicolon-separated with a BOM, as Danish Excel opens it. No CPR number: see the report. */
function manifestCsv(state: RunState, jobs: readonly RunJob[], table: CitizenTable, rowOf: RowOf): string {
  const c = table.columns;
  const lines = [text.MANIFEST_HEADERS];
  jobs.forEach((job, i) => {
    const row = rowOf(job);
    const cell = (col: number | undefined) => (row === undefined || col === undefined ? '' : String(table.values[row - 2]?.[col] ?? ''));
    const ref = text.letterRef(state.tag, i + 1);
    const name = cell(c.name).trim();
    lines.push([
      ref, row === undefined ? '' : String(row), name, cell(c.address), cell(c.postcode), cell(c.city),
      tryYesNo(cell(c.digitalPost)) ? YES : NO, job.template, cell(c.letter),
      state.mode === 'perCitizen' ? `${text.perCitizenTitle(job.template, ref)}.pdf` : '',
    ]);
  });
  return csvText(lines);
}
