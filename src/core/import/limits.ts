/**
 * The import's fixed lists and limits, free of zod so the sidebar's browser bundle can import them as
 * values (request.ts builds zod schemas and is imported by the sidebar as types only).
 */

/** google.script.run has no documented size limit; 4 MB of text (≈ 30,000 citizens) stays well inside what works. */
export const MAX_FILE_MB = 4;
export const MAX_TEXT_CHARS = MAX_FILE_MB * 1024 * 1024;

export const IMPORT_MODES = ['full', 'addition'] as const;
export type ImportModeId = (typeof IMPORT_MODES)[number];

export const TEXT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
/** Where the text came from: a text file in one of these character sets, or the first sheet of an .xlsx workbook. */
export const SOURCE_FORMATS = [...TEXT_ENCODINGS, 'xlsx'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];
