import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';
import { InputFileError } from './input';
import { privateFolder } from './private-files';
import * as text from './text';

/**
 * The letters folder holds exactly the last run's letters, so a consultant who prints it sends no letter a
 * citizen is no longer due and none twice. A run writes its letters and its Digital Post list into a folder of
 * its own (`.breve-ny` beside `breve`); only when all are written does it take the previous run's letters out
 * of `breve` and put its own in. What the previous run wrote is what its forsendelser.csv lists (column Fil)
 * under fhb's own names (raekke-NNNNN-KODE.docx, samlet-KODE.docx): a file a user put in the folder (a
 * template, a note, a letter of their own) is never touched. A run that fails leaves `breve` as it was.
 */

export const LETTERS_FOLDER = 'breve';
export const MANIFEST_FILE = 'forsendelser.csv';
/** The run's letters while they are written; the previous letters while they are swapped. Both fhb's alone. */
const NEW_FOLDER = '.breve-ny';
const OLD_FOLDER = '.breve-gamle';

/** Names in files are kept out (no CPR, no name): the row number and the template say which letter. */
export const letterFileName = (row: number, template: string) => `raekke-${String(row).padStart(5, '0')}-${template}.docx`;
export const combinedFileName = (template: string) => `samlet-${template}.docx`;

/** fhb's own names; a team's template key may hold any character but a path separator. */
const LETTER_NAME = /^(raekke-\d{5,}-|samlet-)[^/\\]+\.docx$/;

/** An empty owner-only folder for this run's letters (what a run stopped by Ctrl+C left there goes first). */
export function newLettersFolder(outDir: string): string {
  const folder = join(outDir, NEW_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  privateFolder(folder);
  return folder;
}

/** After a failed run: its letters go, `breve` is untouched. */
export function discardNewLetters(staging: string): void {
  rmSync(staging, { recursive: true, force: true });
}

/** The previous run's letters still in the folder: those its forsendelser.csv lists under fhb's names. */
export function earlierLetters(folder: string): string[] {
  const list = join(folder, MANIFEST_FILE);
  if (!existsSync(list)) return [];
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(readFileSync(list, 'utf8'));
  } catch {
    return []; // a list that cannot be read names nothing for sure: nothing is taken out
  }
  const column = records[0]?.fields.indexOf(text.MANIFEST_HEADERS[0]) ?? -1;
  const names = new Set<string>();
  for (const record of column < 0 ? [] : records.slice(1)) {
    const name = record.fields[column]?.trim();
    if (name && LETTER_NAME.test(name) && existsSync(join(folder, name))) names.add(name);
  }
  return [...names];
}

/**
 * Puts this run's letters (in `staging`) into `folder` in place of the previous run's. Those are moved aside
 * first, with the old list: a file that cannot be moved (open in Word) puts back the ones moved, drops this
 * run's letters and says so, so `breve` is as before. Returns how many of the previous letters are gone (one
 * written again under the same name is replaced, not counted).
 */
export function replaceLetters(outDir: string, staging: string): number {
  const folder = join(outDir, LETTERS_FOLDER);
  privateFolder(folder);
  const earlier = earlierLetters(folder);
  const aside = join(outDir, OLD_FOLDER);
  rmSync(aside, { recursive: true, force: true });
  privateFolder(aside);
  const moved: string[] = [];
  try {
    for (const name of [...earlier, MANIFEST_FILE]) {
      if (!existsSync(join(folder, name))) continue;
      renameSync(join(folder, name), join(aside, name));
      moved.push(name);
    }
  } catch (e) {
    for (const name of moved) renameSync(join(aside, name), join(folder, name));
    rmSync(aside, { recursive: true, force: true });
    discardNewLetters(staging);
    const { code, path } = (e ?? {}) as NodeJS.ErrnoException;
    throw new InputFileError(text.ERR_LETTERS_NOT_REPLACED(path ?? folder, code ?? '', folder));
  }
  const fresh = new Set(readdirSync(staging));
  for (const name of fresh) renameSync(join(staging, name), join(folder, name));
  rmSync(staging, { recursive: true, force: true });
  rmSync(aside, { recursive: true, force: true });
  return earlier.filter((name) => !fresh.has(name)).length;
}
