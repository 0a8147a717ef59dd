import * as z from 'zod/mini';
import { IMPORT_MODES, MAX_FILE_MB, MAX_TEXT_CHARS, SOURCE_FORMATS } from './limits';

/**
 * The sidebar's import requests (zod: the server validates every input) and answers. The browser reads
 * the chosen file and decodes it (it knows the bytes; Apps Script gets text only); the text goes with
 * each of the two calls, preview and confirm, so nothing personal is stored between them on Google's side.
 */


const fields = () => ({
  fileName: z.string().check(z.maxLength(300, 'er for langt')),
  encoding: z.enum(SOURCE_FORMATS),
  text: z.string().check(z.maxLength(MAX_TEXT_CHARS, `er for stor (højst ${MAX_FILE_MB} MB)`)),
  mode: z.enum(IMPORT_MODES),
});

export const ImportPreviewRequest = z.lazy(() => z.object(fields()));
export const ImportConfirmRequest = z.lazy(() =>
  z.object({
    ...fields(),
    /** The preview's fingerprint: the write is refused (and a new preview shown) when the plan changed since. */
    fingerprint: z.string().check(z.minLength(1, 'mangler'), z.maxLength(40)),
  }),
);
export type ImportPreviewRequest = z.infer<typeof ImportPreviewRequest>;
export type ImportConfirmRequest = z.infer<typeof ImportConfirmRequest>;

/** A citizen as the preview shows them: CPR masked (`ddmmåå-xxxx`). */
export interface PreviewCitizen {
  /** The file line (new, changed, rejected) or the sheet row (missing, duplicates). */
  line?: number;
  sheetRow?: number;
  name: string;
  cprMasked: string;
  /** Changed: the sheet headers of the columns that change. */
  columns?: string[];
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  missing: number;
  rejected: number;
  sheetDuplicates: number;
}

export interface ImportPreview {
  kind: 'preview';
  fileName: string;
  /** «Windows-1252 (ANSI)», «UTF-8». */
  encoding: string;
  /** «semikolon», «komma», «tabulator». */
  delimiter: string;
  mode: (typeof IMPORT_MODES)[number];
  counts: ImportCounts;
  /** At most `shownMax` of each list; the counts are the full numbers. */
  added: PreviewCitizen[];
  changed: PreviewCitizen[];
  missing: PreviewCitizen[];
  rejected: { line: number; reason: string }[];
  sheetDuplicates: PreviewCitizen[][];
  warnings: string[];
  shownMax: number;
  /** Whether confirming would write anything. */
  canWrite: boolean;
  fingerprint: string;
  /** One Danish sentence summing up. */
  summary: string;
}

export type ImportPreviewResult = ImportPreview | { kind: 'refused'; message: string };

export type ImportConfirmResult =
  | { kind: 'written'; message: string; added: number; changed: number }
  /** The sheet changed since the preview: nothing written; here is the new preview. */
  | { kind: 'changed'; message: string; preview: ImportPreview }
  | { kind: 'refused'; message: string };
