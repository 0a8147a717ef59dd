import type { Settings } from '../../core/settings/schema';
import { appendLetter, copyHeaderFooter, dropLeadingBlank, TemplateDoc } from './docs';
import type { CitizenTable } from './rows';
import { RunJob, RunState, saveRun } from './state';
import * as text from './text';

type Folder = GoogleAppsScript.Drive.Folder;

/**
 * What a run makes besides the combined document: one Doc per citizen in a folder, PDFs, and the list
 * for Digital Post. Every step can be repeated after a crash: files have names unique to the run and
 * the letter (no CPR number ever), and a step looks for its file by name before making it.
 */

const FOLDER_KEY = 'fhb.merge.folder';
const PDF = 'application/pdf';

/** The output folder: the settings' folder, else the one the merge made before, else a new one. */
export function ensureFolder(state: RunState, settings: Settings): Folder {
  if (state.folderId) return DriveApp.getFolderById(state.folderId);
  const props = PropertiesService.getDocumentProperties();
  const id = settings.outputFolder.trim() || props.getProperty(FOLDER_KEY);
  let folder: Folder;
  if (id) {
    folder = DriveApp.getFolderById(id);
  } else {
    folder = DriveApp.createFolder(text.folderTitle);
    props.setProperty(FOLDER_KEY, folder.getId());
  }
  state.folderId = folder.getId();
  state.folderUrl = folder.getUrl();
  saveRun(state);
  return folder;
}

interface PerCitizenInput {
  state: RunState;
  folder: Folder;
  template: TemplateDoc;
  fields: ReadonlyMap<string, string>;
  ref: string;
  /** The first job of a resumed batch: a letter may already exist, whole or cut off. */
  probe: boolean;
}

const nameField = (fields: ReadonlyMap<string, string>) => fields.get('navn') ?? '';

/** One citizen's letter as its own Doc in the folder (and its PDF); returns the Doc's URL. */
export function perCitizenLetter(input: PerCitizenInput): string {
  const { state, folder, template, fields, ref } = input;
  const name = text.perCitizenTitle(template.key, ref, nameField(fields));
  const found = input.probe ? existingLetter(name, ref) : undefined;
  let id: string;
  let url: string;
  if (found) {
    id = found.getId();
    url = found.getUrl();
  } else {
    const doc = DocumentApp.create(name);
    id = doc.getId();
    url = doc.getUrl();
    const body = doc.getBody();
    appendLetter(body, template, fields, ref, false);
    dropLeadingBlank(body);
    copyHeaderFooter(doc, template, fields);
    doc.saveAndClose();
  }
  DriveApp.getFileById(id).moveTo(folder);
  if (state.pdf && !(input.probe && folder.getFilesByName(`${name}.pdf`).hasNext())) {
    folder.createFile(DocumentApp.openById(id).getAs(PDF)).setName(`${name}.pdf`);
  }
  return url;
}

/** A whole letter of this name left by a stopped batch; cut-off copies go to the bin. */
function existingLetter(name: string, ref: string): GoogleAppsScript.Document.Document | undefined {
  let keep: GoogleAppsScript.Document.Document | undefined;
  const files = DriveApp.getFilesByName(name);
  while (files.hasNext()) {
    const file = files.next();
    if (file.isTrashed()) continue;
    const doc = DocumentApp.openById(file.getId());
    if (!keep && doc.getBody().getText().includes(ref)) keep = doc;
    else file.setTrashed(true);
  }
  return keep;
}

/** The run's last steps: the combined PDF and the Digital Post list, each made once. */
export function finishOutputs(state: RunState, jobs: readonly RunJob[], table: CitizenTable, folder: Folder | undefined): void {
  if (!state.pdf || !folder) return;
  if (state.mode === 'combined' && state.docId) {
    const pdfName = `${text.combinedTitle(state.tag, state.today)}.pdf`;
    const existing = folder.getFilesByName(pdfName);
    const pdf = existing.hasNext() ? existing.next() : folder.createFile(DocumentApp.openById(state.docId).getAs(PDF)).setName(pdfName);
    state.extraUrls.push(pdf.getUrl());
  }
  const csvName = text.manifestTitle(state.tag);
  const existing = folder.getFilesByName(csvName);
  const csv = existing.hasNext() ? existing.next() : folder.createFile(csvName, manifestCsv(state, jobs, table), 'text/csv');
  state.extraUrls.push(csv.getUrl());
}

/** Semicolon-separated with a BOM, as Danish Excel opens it. No CPR number: see the report. */
export function manifestCsv(state: RunState, jobs: readonly RunJob[], table: CitizenTable): string {
  const c = table.columns;
  const cell = (row: number, col: number | undefined) => (col === undefined ? '' : String(table.values[row - 2]?.[col] ?? ''));
  const yes = (v: string) => (/^(ja|j|x|sand|true|1)$/i.test(v.trim()) ? 'Ja' : 'Nej');
  const lines = [text.MANIFEST_HEADERS];
  jobs.forEach((job, i) => {
    const ref = text.letterRef(state.tag, i + 1);
    const name = cell(job.row, c.name).trim();
    lines.push([
      ref, String(job.row), name, cell(job.row, c.address), cell(job.row, c.postcode), cell(job.row, c.city),
      yes(cell(job.row, c.digitalPost)), job.template, cell(job.row, c.letter),
      state.mode === 'perCitizen' ? `${text.perCitizenTitle(job.template, ref, name)}.pdf` : '',
    ]);
  });
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(';')).join('\r\n') + '\r\n';
}

function csvCell(v: string): string {
  return /[;"\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
