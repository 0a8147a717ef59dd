import type { SourceFormat, TEXT_ENCODINGS } from './limits';

/**
 * What kind of file the consultant chose, from its first bytes, and which character set its text is in.
 * Pure (no TextDecoder here: the browser and Node decode; Apps Script never sees the bytes). Danish
 * municipal systems export CSV as Windows-1252 ("ANSI") or UTF-8 with a BOM; Excel's "Unicode text" is
 * UTF-16 LE with a BOM.
 */
export type FileKind =
  | { kind: 'text'; encoding: TextEncodingName; bom: boolean }
  /** An Excel workbook (.xlsx, a ZIP) or another ZIP. */
  | { kind: 'xlsx' }
  /** The old binary Excel format (.xls). */
  | { kind: 'xls' }
  /** Not text at all (a PDF, a picture, …). */
  | { kind: 'binary' };

export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** The name a consultant knows for each character set (and for a workbook). */
export const ENCODING_LABELS: Record<SourceFormat, string> = {
  xlsx: 'Excel-projektmappe (.xlsx), første ark',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (ANSI)',
  'utf-16le': 'UTF-16 (Unicode-tekst)',
  'utf-16be': 'UTF-16 (Unicode-tekst)',
};

export function detectFileKind(bytes: Uint8Array): FileKind {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { kind: 'text', encoding: 'utf-8', bom: true };
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le', bom: true };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { kind: 'text', encoding: 'utf-16be', bom: true };
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return { kind: 'xlsx' };
  if (b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return { kind: 'xls' };
  if (looksBinary(b)) return { kind: 'binary' };
  return { kind: 'text', encoding: isUtf8(b) ? 'utf-8' : 'windows-1252', bom: false };
}

/** NUL bytes or many control characters in the first 4 KB: no CSV looks like that. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.05;
}

/** Strict UTF-8 (no overlongs, no surrogates): a Windows-1252 "æøå" is never valid UTF-8. */
export function isUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) [need, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [need, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [need, min] = [3, 0x10000];
    else return false;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}
