import { columnWidths, type TableText } from '../../../src/offline/docx/column-widths';

/**
 * A Word table's columns sized by what they hold (src/offline/docx/column-widths.ts): each at least its
 * longest word, the page's room to the longer texts, never wider than the page. Widths in twips (1/20 pt).
 */

const PAGE = 16838 - 2 * 1134; // A4 landscape between 2 cm margins, as rapport.docx
const table = (head: string[], rows: string[][], pt = 8): TableText => ({ head, rows, headPt: pt, bodyPt: pt, padding: 120 });
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** The widths when the page is endless: what each column wants. */
const wanted = (t: TableText) => columnWidths(t, Number.MAX_SAFE_INTEGER);
/** A column's width in a table of its own holding only `texts`: what one word or one line of it takes. */
const alone = (head: string, ...texts: string[]) => columnWidths(table([head], [texts.length ? texts : ['']]), PAGE)[0];

// The year report's offer table: 17 columns, the widest code and offer label of the shipped profiles.
const OFFER_HEAD = ['Kode', 'Tilbud', 'I alt', 'Skal inviteres', 'Opfølgning', 'Kommende', 'Overskredet', 'Inviteret', 'Besøg planlagt – ikke meddelt', 'Besøg aftalt', 'Gennemført', 'Frabedt', 'Undtaget', 'Ikke aktuel', 'Ophørt', '2024', 'Ændring'];
const OFFER_ROW = ['AEGTEFAELLE_FLYTTET', 'Borgere, hvis ægtefælle er flyttet på ældrecenter', '123', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '123', '0', '170', '+13'];

test('a small table is as narrow as it needs: each column as wide as its longest line, far less than the page', () => {
  const t = table(['Status', 'Antal'], [['Besøg planlagt – ikke meddelt', '24'], ['Kommende', '3']]);
  const w = columnWidths(t, PAGE);
  expect(w).toEqual(wanted(t));
  expect(w[0]).toBeGreaterThan(w[1] * 3);
  expect(sum(w)).toBeLessThan(PAGE / 3);
});

test('a word wider than its header gets its width: the code column holds AEGTEFAELLE_FLYTTET on one line', () => {
  const t = table(['Kode', 'Antal'], [['AEGTEFAELLE_FLYTTET', '4'], ['RISIKO', '12']]);
  const alone = table(['Kode', 'Antal'], [['RISIKO', '12']]);
  expect(columnWidths(t, PAGE)[0]).toBeGreaterThan(columnWidths(alone, PAGE)[0] * 2);
});

test('the offer table fits the page: every column keeps its longest word, the label column takes the rest and wraps', () => {
  const t = table(OFFER_HEAD, [OFFER_ROW]);
  const w = columnWidths(t, PAGE);
  expect(sum(wanted(t))).toBeGreaterThan(PAGE);
  expect(sum(w)).toBeLessThanOrEqual(PAGE);
  expect(sum(w)).toBeGreaterThan(PAGE - OFFER_HEAD.length);
  // A column of one word (the code, the counts under a header whose longest word is wider) is not cut.
  const least = OFFER_HEAD.map((h, c) => (c === 1 ? alone(h, 'ældrecenter') : alone(h, OFFER_ROW[c])));
  expect(OFFER_HEAD.filter((h, c) => w[c] < least[c])).toEqual([]);
  expect(w[1]).toBe(Math.max(...w));
  expect(w[1]).toBeLessThan(wanted(t)[1]);
});

test('longest words wider than the page: every column scaled down alike, the table exactly the page', () => {
  const t = table(OFFER_HEAD, [OFFER_ROW], 14);
  const w = columnWidths(t, PAGE);
  expect(sum(w)).toBeLessThanOrEqual(PAGE);
  expect(sum(w)).toBeGreaterThan(PAGE - OFFER_HEAD.length);
});

test('a header wraps at its spaces: only its longest word counts, not the whole header', () => {
  const long = table(['Besøg planlagt – ikke meddelt'], [['1']]);
  const word = table(['planlagt'], [['1']]);
  expect(columnWidths(long, PAGE)).toEqual(columnWidths(word, PAGE));
});
