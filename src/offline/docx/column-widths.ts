import { BOLD, textEm } from '../font-metrics';

/**
 * The columns of a Word table sized by what they hold, in twentieths of a point (twips). Without them a
 * table's grid is equal columns, which LibreOffice follows to the letter: the year report broke
 * «AEGTEFAELLE_FLYTTET», «Kommende» and «Undtaget» in the middle. Each column gets at least its longest word
 * (a word cannot wrap; a sentence wraps at its spaces), and the room the page has left goes to the columns
 * whose texts are longer than that, as far as they want it. A table that needs less than the page is as
 * narrow as it needs. Only when the longest words alone are wider than the page is every column scaled down.
 */

export interface TableText {
  head: readonly string[];
  rows: readonly (readonly string[])[];
  /** Points of the header's bold text and of the body's text. */
  headPt: number;
  bodyPt: number;
  /** Twips of padding inside a cell, both sides together. */
  padding: number;
}

/** Twips in a point: a width in em times the font's points times this is twips. */
const TWIPS_PER_PT = 20;

/** A text is not given more than this many characters of width on one line; a longer one wraps. */
const LINE_CAP = 40;

export function columnWidths(table: TableText, available: number): number[] {
  const columns = table.head.length;
  const least: number[] = [];
  const wanted: number[] = [];
  for (let c = 0; c < columns; c++) {
    const head = longestWord(table.head[c] ?? '') * table.headPt * BOLD;
    let word = head;
    let line = head;
    for (const row of table.rows) {
      const cell = row[c] ?? '';
      word = Math.max(word, longestWord(cell) * table.bodyPt);
      line = Math.max(line, lineWidth(cell) * table.bodyPt);
    }
    least.push(word + table.padding);
    wanted.push(Math.max(word, line) + table.padding);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const want = wanted.map(Math.ceil);
  if (sum(want) <= available) return want;
  const base = least.map(Math.ceil);
  if (sum(base) >= available) return least.map((w) => Math.floor((w * available) / sum(least)));
  const more = want.map((w, c) => w - base[c]);
  const share = (available - sum(base)) / sum(more);
  return base.map((w, c) => w + Math.floor(more[c] * share));
}

/** The widest word of a text, in twips per point. */
function longestWord(text: string): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textEm(word) * TWIPS_PER_PT);
  return widest;
}

/** The width a text wants on one line, up to LINE_CAP characters, in twips per point. */
function lineWidth(text: string): number {
  const line = [...text.trim()];
  return textEm(line.slice(0, LINE_CAP).join('')) * TWIPS_PER_PT;
}
