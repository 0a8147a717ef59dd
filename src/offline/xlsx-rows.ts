import { BOLD, DIGIT_EM, textEm } from './font-metrics';

/** Points per line of 11-point text. */
const LINE_HEIGHT = 15;

/**
 * How many lines a wrapped header cell's text takes in a column `width` digits wide (Excel's unit), bold,
 * its words kept whole.
 */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, width - 1) * DIGIT_EM; // about a digit of the width is the cell's padding
  const em = (t: string) => textEm(t) * BOLD;
  let lines = 1;
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (em(joined) <= room) {
      line = joined;
      continue;
    }
    if (line) lines++;
    // A word wider than the column breaks where it must.
    lines += Math.ceil(em(word) / room) - 1;
    line = word;
  }
  return lines;
}

/**
 * A wrapped header row's height in points, from its names and its columns' widths: LibreOffice does not grow
 * a row for wrapped text by itself, and cut «Kapacitet pr. måned» and «Besøg planlagt – ikke meddelt» to their
 * first line. plan.xlsx's Oversigt and fremskrivning.xlsx both ask here.
 */
export function headerHeight(names: readonly string[], widthOf: (column: number) => number): number {
  return LINE_HEIGHT * Math.max(1, ...names.map((name, c) => wrappedLines(name, widthOf(c))));
}
