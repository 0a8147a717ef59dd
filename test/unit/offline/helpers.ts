import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import PizZip from 'pizzip';
import { fromIso, type Day } from '../../../src/core/day';

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
