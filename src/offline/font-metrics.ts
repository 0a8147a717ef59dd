/**
 * How wide a text is in Calibri, the font of the letters, the report and the workbooks, in em (the font's
 * size): enough to size a Word table's columns and an Excel row's wrapped lines, and a little generous so a
 * word is not cut. Counting characters is not: «Kommune 2025» is wider than «Besøg planlagt».
 */

/** Calibri's advance widths in units of 1/2048 em, grouped by width; a character not listed counts as 1,080. */
const ADVANCE: Record<string, number> = {};
for (const [chars, units] of [
  ['iljIfrt', 720], ['.,:;!|\'" ()', 560], ['-', 640], ['szJcFL', 880], ['akvxyåSTEYZ', 1000],
  ['0123456789+_–', 1040], ['bdghnopquøKPXR', 1090], ['ABCV', 1190], ['DGHNOØQU', 1330], ['mæ%', 1650], ['wMWÆ', 1830],
] as const) for (const ch of chars) ADVANCE[ch] = units;

/** Bold text is about this much wider than regular. */
export const BOLD = 1.05;

/** A text's width in em. */
export function textEm(text: string): number {
  let units = 0;
  for (const ch of text) units += ADVANCE[ch] ?? 1080;
  return units / 2048;
}

/** The width of a digit in em: Excel measures a column's width in digits. */
export const DIGIT_EM = textEm('0');
