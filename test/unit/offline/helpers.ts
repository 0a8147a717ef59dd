import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { fromIso, type Day } from '../../../src/core/day';
import { runOffline } from '../../../src/offline/run';

export const ROOT = resolve(__dirname, '../../..');
export const SAMPLE = join(ROOT, 'examples', 'borgere.csv');
export const SAMPLE_SETTINGS = join(ROOT, 'examples', 'indstillinger.json');
export const iso = (text: string): Day => fromIso(text)!;

const made: string[] = [];

/** A fresh temp folder, removed after the test file. */
export function tempDir(name = 'fhb-offline-'): string {
  const dir = mkdtempSync(join(tmpdir(), name));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function openXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A sheet as objects keyed by its header row, with the sheet row number. */
export function sheetRecords(sheet: ExcelJS.Worksheet): { rowNumber: number; row: ExcelJS.Row; get: (header: string) => ExcelJS.CellValue; cell: (header: string) => ExcelJS.Cell }[] {
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => (v == null ? '' : String(v)));
  const out: ReturnType<typeof sheetRecords> = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const col = (header: string) => {
      const i = headers.indexOf(header);
      if (i < 1) throw new Error(`no column ${header}`);
      return i;
    };
    out.push({ rowNumber, row, get: (h) => row.getCell(col(h)).value, cell: (h) => row.getCell(col(h)) });
  });
  return out;
}

/** The text of a .docx body: runs joined, paragraphs and line breaks as new lines. */
export function docxText(bytes: Buffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml.replace(/<w:br[^>]*\/>/g, '\n').replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function docxXml(bytes: Buffer): string {
  return new PizZip(bytes).file('word/document.xml')!.asText();
}

export const readText = (path: string) => readFileSync(path, 'utf8');

/** The terminal as `main` writes to it (not a TTY), with what it wrote. */
export function cliIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: { write: (s: string) => out.push(s) > 0, isTTY: false } as never,
      stderr: { write: (s: string) => err.push(s) > 0, isTTY: false } as never,
      env,
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

/**
 * The planner run on a citizen file (CSV lines) with besoeg.csv beside it (CSV lines), the sample
 * settings, Glostrup 2025 on 1 March 2025: the visit record's offline tests.
 */
export async function runWithVisits(citizens: string, visits: string, withLetters = false) {
  const dir = tempDir();
  const input = join(dir, 'borgere.csv');
  writeFileSync(input, `\uFEFF${citizens}\r\n`);
  writeFileSync(join(dir, 'besoeg.csv'), `\uFEFF${visits}\r\n`);
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  const out = join(dir, 'ud');
  const result = await runOffline({ input, date: '2025-03-01', out, noLetters: !withLetters, profile: 'glostrup-2025' });
  return { dir, out, result };
}
