import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Day } from '../core/day';
import { letterRef } from '../core/letters/text';
import { makeable, mergeLetters, MergeProblem, MergeRowInput, senderStops } from '../core/letters/merge-plan';
import { missingSenderFields } from '../core/letters/fields';
import { headerInfo } from '../core/letters/headers';
import type { Plan } from '../core/rules/types';
import type { StatusId } from '../core/status/vocabulary';
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS } from '../core/letters/templates';
import type { Settings } from '../core/settings/schema';
import { CsvFileWriter } from './csv-writer';
import { writePrivateFile } from './private-files';
import { LETTERS_FOLDER, MANIFEST_FILE, combinedFileName, discardNewLetters, letterFileName, newLettersFolder, replaceLetters } from './letters-folder';
import { hasInvalidOfficeText, officeText } from '../core/export/office-text';
import { CombinedDocxWriter } from './docx/combined-writer';
import { defaultTemplateDocx } from './docx/default-template';
import { TemplateError, docxPlaceholders, fillDocxZip } from './docx/fill';
import type { InputCell } from './input';
import { cellReader, fileDateToDay, hasDigitalPost, PlanResult } from './plan-table';
import { InputFileError } from './input';
import * as text from './text';

export interface LettersOptions {
  /** Where letters go (`<out>/breve`) and the editable default templates (`<out>/skabeloner`). */
  outDir: string;
  /** One .docx per template with every letter, one per page, instead of one per citizen. */
  combined: boolean;
  /** A folder of the team's own templates: `ALDER_80.docx` etc.; missing ones use the defaults. */
  templatesDir?: string;
  settings: Settings;
  /** The letters' date. */
  today: Day;
  /** The run's tag in the letters' reference numbers; default one made from the date ("WFJO"). */
  tag?: string;
  /** The templates as `loadTemplates` read them; read here when left out. */
  templates?: Map<string, LoadedTemplate>;
  onProgress?: (done: number, total: number) => void;
  /** Said at once, before the first letter, when something stops every letter (nothing is then written). */
  onStopped?: (stops: LetterStop[]) => void;
}

/** What stops letters before any is made (a sender's detail, a template, a meeting), and how many it stops. */
export interface LetterStop {
  field: string;
  rows: number;
}

export interface LettersResult {
  /** Letters written (citizens), and files written. */
  letters: number;
  /** The rows that got a letter. */
  rows: number[];
  files: string[];
  byTemplate: { template: string; count: number }[];
  /** Rows left without a letter because a placeholder has no value (row and field to fill in). */
  problems: MergeProblem[];
  /** Letters held back, before any was made, by what the settings, the templates or the meetings lack. */
  stops: LetterStop[];
  /** Undefined when every letter was stopped: then nothing is written. */
  manifest?: string;
  /** Letters an earlier run wrote that this run took out of the folder (letters-folder.ts). */
  removed: number;
  templatesFolder?: string;
  /** Row → the meeting its letter invites to (meeting offers), as the merge seated them. */
  seated: Map<number, string>;
}

export { LETTERS_FOLDER, MANIFEST_FILE, combinedFileName, letterFileName } from './letters-folder';
export const TEMPLATES_FOLDER = 'skabeloner';

export interface LoadedTemplate {
  bytes: Buffer;
  placeholders: string[];
  source: string;
}

/** Every template key: the defaults, with the team's own .docx (by key) in their place. */
export function loadTemplates(templatesDir: string | undefined): Map<string, LoadedTemplate> {
  const templates = new Map<string, LoadedTemplate>();
  const load = (key: string, bytes: Buffer, source: string) => {
    try {
      templates.set(key, { bytes, placeholders: docxPlaceholders(bytes), source });
    } catch (e) {
      throw new InputFileError(text.ERR_TEMPLATE_BROKEN(source, e instanceof TemplateError ? e.message : String(e)));
    }
  };
  for (const key of TEMPLATE_KEYS) load(key, defaultTemplateDocx(DEFAULT_TEMPLATES[key]), `standardskabelon ${key}`);
  if (templatesDir) {
    if (!existsSync(templatesDir)) throw new InputFileError(text.ERR_FILE_MISSING(templatesDir));
    for (const file of readdirSync(templatesDir)) {
      if (!/\.docx$/i.test(file) || file.startsWith('~$')) continue;
      const path = join(templatesDir, file);
      load(file.replace(/\.docx$/i, '').toUpperCase(), readFileSync(path), path);
    }
  }
  return templates;
}

/** The default templates as .docx in `<out>/skabeloner`, to edit in Word; an existing file is kept. */
export function writeDefaultTemplates(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const key of TEMPLATE_KEYS) {
    const path = join(folder, `${key}.docx`);
    if (existsSync(path)) continue;
    writeFileSync(path, defaultTemplateDocx(DEFAULT_TEMPLATES[key]));
    written.push(path);
  }
  return written;
}

/** The row as the merge sees it: header → cell value. */
function rowValues(headers: string[], cells: InputCell[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  headers.forEach((h, i) => {
    if (h && !(h in values)) values[h] = cells[i] ?? null;
  });
  return values;
}

/**
 * A file row for the merge: its header → value record is made when the merge reads it (for the rows that
 * get a letter), not held for all 100,000 rows while the letters are written.
 */
class FileRow implements MergeRowInput {
  constructor(
    readonly rowNumber: number,
    private readonly headers: string[],
    readonly cells: InputCell[],
    readonly plan?: Plan,
    readonly status?: StatusId,
    readonly error?: string,
  ) {}

  get values(): Record<string, unknown> {
    return rowValues(this.headers, this.cells);
  }
}

/** The fields with every character a .docx cannot hold replaced (the run reports the rows: see invalidTextRows). */
function officeFields(fields: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  if (![...fields.values()].some(hasInvalidOfficeText)) return fields;
  return new Map([...fields].map(([k, v]) => [k, officeText(v)]));
}

/**
 * The run's tag in reference numbers, from the letters' date (so a reprint of the same day keeps its
 * numbers): W and the day in base 36, never a run of digits a reader could take for a CPR number.
 */
export const offlineTag = (today: Day) => `W${today.toString(36).toUpperCase()}`;

/**
 * Writes the invitation letters the merge plan says are due (the same decision as the Google merge:
 * `mergeLetters`, as `planMerge`), one .docx per citizen or one per template (`combined`), and the Digital Post manifest.
 * A row whose letter would leave a placeholder empty gets no letter; it is listed in `problems`.
 */
/**
 * What stops every letter whatever the rows: each template names a sender's detail the settings leave empty
 * (and no column of the input fills). Known before a row is planned; empty when some letter could be made.
 */
export function senderStopsAll(templates: ReadonlyMap<string, LoadedTemplate>, settings: Settings, headers: readonly string[]): LetterStop[] {
  const missing = missingSenderFields(settings);
  if (missing.size === 0) return [];
  const columns = new Set(headers.map((h) => headerInfo(h).field));
  const fields = [...templates.values()].map((t) => senderStops(t.placeholders, missing, columns));
  if (fields.some((f) => f.length === 0)) return [];
  return [...new Set(fields.flat())].map((field) => ({ field, rows: 0 }));
}

/** The letters' result when every letter is stopped: nothing written. */
export const stoppedLetters = (stops: LetterStop[]): LettersResult => ({ letters: 0, rows: [], files: [], byTemplate: [], problems: [], stops, seated: new Map(), removed: 0 });

export function writeLetters(result: PlanResult, options: LettersOptions): LettersResult {
  const templates = options.templates ?? loadTemplates(options.templatesDir);
  const rows = [
    ...result.planned.map((p) => new FileRow(p.row, result.headers, p.cells, p.plan, p.status)),
    ...result.bad.map((b) => new FileRow(b.row, result.headers, b.cells, undefined, undefined, b.message)),
  ].sort((a, b) => a.rowNumber - b.rowNumber);
  const merge = mergeLetters({
    rows,
    templates: new Map([...templates].map(([key, t]) => [key, t.placeholders])),
    scope: 'due',
    settings: options.settings,
    today: options.today,
    asOf: result.asOf,
    toDay: fileDateToDay,
  });

  // Something stops every letter (no sender, no template, no meeting): said now, and no file, not even an empty list.
  if (merge.chosen > 0 && merge.stopped === merge.chosen) {
    options.onStopped?.(merge.stops);
    return stoppedLetters(merge.stops);
  }

  // Written beside the folder, and put in place of the earlier letters only once every letter is written.
  const folder = join(options.outDir, LETTERS_FOLDER);
  const staging = newLettersFolder(options.outDir);
  const cellsByRow = new Map(rows.map((r) => [r.rowNumber, r.cells]));
  const files: string[] = [];
  const written: number[] = [];
  const problems: MergeProblem[] = [];
  const seated = new Map<number, string>();
  const manifest = new CsvFileWriter(join(staging, MANIFEST_FILE), text.MANIFEST_HEADERS);
  // --samlet: one writer per template, each letter streamed into its file as it is made (never held).
  const perTemplate = new Map<string, CombinedDocxWriter>();
  const counts = new Map<string, number>();

  // One letter at a time: its fields are built, it is written, and nothing of it is kept but its manifest line.
  const writeAll = () => {
    let taken = 0;
    // A row held back by a stop (merge.stops counts them) is refused without its fields being built.
    for (const planned of merge.letters({ skipStopped: true })) {
      options.onProgress?.(++taken, merge.chosen);
      if (!planned.job) continue;
      // A row whose letter would leave a placeholder empty gets none (the rest still do): the rule of both sides.
      if (!makeable(planned)) {
        problems.push(...planned.problems);
        continue;
      }
      const { job } = planned;
      const template = templates.get(job.templateKey)!;
      const ref = letterRef(options.tag ?? offlineTag(options.today), written.length + 1);
      let letter: ReturnType<typeof fillDocxZip>;
      try {
        letter = fillDocxZip(template.bytes, officeFields(job.fields), ref);
      } catch {
        // The template was read and checked when it was loaded, so this is the row's data. docxtemplater's
        // message quotes the data: never shown (names, CPR numbers), nor blamed on the template.
        throw new InputFileError(text.ERR_LETTER_DATA(job.rowNumber, template.source));
      }
      let file: string;
      if (options.combined) {
        file = combinedFileName(job.templateKey);
        let writer = perTemplate.get(job.templateKey);
        if (!writer) perTemplate.set(job.templateKey, (writer = new CombinedDocxWriter(join(staging, file))));
        writer.add(letter);
      } else {
        file = letterFileName(job.rowNumber, job.templateKey);
        writePrivateFile(join(staging, file), letter.generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer);
        files.push(join(folder, file));
      }
      written.push(job.rowNumber);
      if (job.meeting !== undefined) seated.set(job.rowNumber, job.meeting);
      counts.set(job.templateKey, (counts.get(job.templateKey) ?? 0) + 1);
      const cell = cellReader(result.columns, cellsByRow.get(job.rowNumber) ?? []);
      const show = (key: Parameters<typeof cell>[0]) => {
        const v = cell(key);
        return v === null ? '' : String(v);
      };
      manifest.add([file, show('name'), show('address'), show('postcode'), show('city'), hasDigitalPost(cell) ? text.YES : text.NO, job.templateKey, String(job.rowNumber), ref]);
    }
    options.onProgress?.(taken, taken);
  };
  try {
    writeAll();
    for (const [key, writer] of perTemplate) {
      writer.close();
      files.push(join(folder, combinedFileName(key)));
    }
    manifest.close();
  } catch (e) {
    // A cut-off combined .docx would not open, and a half list would send half the post: none is left behind,
    // and the earlier letters stay as they were.
    for (const writer of perTemplate.values()) writer.abort();
    manifest.abort();
    discardNewLetters(staging);
    throw e;
  }
  const removed = replaceLetters(options.outDir, staging);

  const templatesFolder = join(options.outDir, TEMPLATES_FOLDER);
  writeDefaultTemplates(templatesFolder);
  return {
    letters: written.length,
    rows: written,
    files,
    byTemplate: [...counts].map(([template, count]) => ({ template, count })),
    problems,
    stops: merge.stops,
    manifest: join(folder, MANIFEST_FILE),
    removed,
    templatesFolder,
    seated,
  };
}
