import { lookKey, LookRun, ParagraphLook, ShapedParagraph, TextLook } from './shape';

/**
 * Letters as Docs API requests (`documents.batchUpdate`), appended at the end of a document body: one
 * insertText with all their text, a page break where each letter ends (inserted from the last to the
 * first, so no break moves another's index), then the looks, once all the text is in (so every index is
 * final): the commonest paragraph look over the whole new text and one paragraph-style request per run of
 * neighbouring paragraphs that look otherwise; the text looks in whichever of two ways takes fewer requests
 * (a batch holds at most so many): flat, the commonest look over everything and one request per stretch
 * that looks otherwise (a bold word inside a sentence; a paragraph's end, its page break and newline, in
 * the paragraph's own end look); or layered, a look per paragraph (its end's) set as paragraph looks are,
 * then each stretch inside a paragraph that differs from it, naming only the fields that differ (a bold
 * phone number in a 9 pt sender line is one `bold` request on top of the 9 pt).
 *
 * Indexes are UTF-16 code units, as JavaScript strings count them. A page break comes with a newline of
 * its own (Google: "a page break followed by a newline"), so it ends the paragraph it is inserted in.
 */

/** The part of docs_v1's Request this writes. */
export interface DocsRequest {
  insertText?: { location: { index: number }; text: string };
  insertPageBreak?: { location: { index: number } };
  deleteContentRange?: { range: { startIndex: number; endIndex: number } };
  updateParagraphStyle?: { range: { startIndex: number; endIndex: number }; paragraphStyle: { namedStyleType: string; alignment?: string }; fields: string };
  updateTextStyle?: { range: { startIndex: number; endIndex: number }; textStyle: object; fields: string };
}

export type Letter = readonly ShapedParagraph[];

const PARAGRAPH_FIELDS = 'namedStyleType,alignment';
/** The API's text-style field of each part of a look. */
const FIELD_OF: Record<keyof TextLook, string> = {
  bold: 'bold', italic: 'italic', underline: 'underline', strikethrough: 'strikethrough', fontSize: 'fontSize',
  fontFamily: 'weightedFontFamily', foregroundColor: 'foregroundColor', backgroundColor: 'backgroundColor', link: 'link',
};
/** Every text field the looks use: one named here but absent from a look is reset, so nothing is inherited from the paragraph the text was inserted into. */
const TEXT_FIELDS = Object.values(FIELD_OF).join(',');

/** The API's text fields in which two looks differ. */
const differing = (a: TextLook, b: TextLook): string[] =>
  (Object.keys(FIELD_OF) as (keyof TextLook)[]).filter((k) => a[k] !== b[k]).map((k) => FIELD_OF[k]);

function rgb(hex: string) {
  const [red, green, blue] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return { color: { rgbColor: { red, green, blue } } };
}

/** A text look as the API's TextStyle. */
export function textStyle(look: TextLook): object {
  const s: Record<string, unknown> = {};
  if (look.bold) s.bold = true;
  if (look.italic) s.italic = true;
  if (look.underline) s.underline = true;
  if (look.strikethrough) s.strikethrough = true;
  if (look.fontSize !== undefined) s.fontSize = { magnitude: look.fontSize, unit: 'PT' };
  if (look.fontFamily !== undefined) s.weightedFontFamily = { fontFamily: look.fontFamily };
  if (look.foregroundColor !== undefined) s.foregroundColor = rgb(look.foregroundColor);
  if (look.backgroundColor !== undefined) s.backgroundColor = rgb(look.backgroundColor);
  if (look.link !== undefined) s.link = { url: look.link };
  return s;
}

/** Where each new paragraph lands once every insert is done: [start, end) with its page break and newline. */
export interface Placed {
  start: number;
  end: number;
  paragraph: ParagraphLook;
  /** Its text's runs (offsets into its text) and its end's look. */
  runs: readonly LookRun[];
  textLength: number;
  look: TextLook;
}

/** A stretch [start, end) of the new text in one look. */
export interface Stretch {
  start: number;
  end: number;
  look: TextLook;
}

/** The new text as stretches of one look each, neighbours that look the same joined. */
export function stretches(placed: readonly Placed[]): Stretch[] {
  const out: Stretch[] = [];
  const add = (start: number, end: number, look: TextLook) => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.end === start && lookKey(last.look) === lookKey(look)) last.end = end;
    else out.push({ start, end, look });
  };
  for (const p of placed) {
    p.runs.forEach((r, k) => add(p.start + r.start, p.start + (k + 1 < p.runs.length ? p.runs[k + 1].start : p.textLength), r.look));
    add(p.start + p.textLength, p.end, p.look);
  }
  return out;
}

function commonest<T extends object>(items: readonly T[]): T {
  const counts = new Map<string, { item: T; n: number }>();
  for (const item of items) {
    const k = lookKey(item);
    const c = counts.get(k) ?? { item, n: 0 };
    c.n++;
    counts.set(k, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0].item;
}

/**
 * The look of the most stretches (each of them then needs no request of its own), of the most text when
 * two tie: it goes over everything first.
 */
function commonestLook(looks: readonly Stretch[]): TextLook {
  const by = new Map<string, { look: TextLook; n: number; len: number }>();
  for (const s of looks) {
    const k = lookKey(s.look);
    const c = by.get(k) ?? { look: s.look, n: 0, len: 0 };
    c.n++;
    c.len += s.end - s.start;
    by.set(k, c);
  }
  return [...by.values()].sort((a, b) => b.n - a.n || b.len - a.len)[0].look;
}

type TextRequest = (start: number, end: number, look: TextLook, fields?: string[]) => DocsRequest;

/** The flat way: the commonest look over everything, then each stretch that looks otherwise. */
function flatTextRequests(placed: readonly Placed[], make: TextRequest): DocsRequest[] {
  const looks = stretches(placed);
  const base = commonestLook(looks);
  const baseKey = lookKey(base);
  const out = [make(placed[0].start, placed[placed.length - 1].end, base)];
  for (const s of looks) if (lookKey(s.look) !== baseKey) out.push(make(s.start, s.end, s.look));
  return out;
}

/** The layered way: a look per paragraph as paragraph looks go, then what differs inside a paragraph, by its fields alone. */
function layeredTextRequests(placed: readonly Placed[], make: TextRequest): DocsRequest[] {
  // A paragraph's own look is its end's: what paragraph-wide formatting sets, and a word's formatting leaves.
  const base = commonest(placed.map((p) => p.look));
  const out = [make(placed[0].start, placed[placed.length - 1].end, base)];
  out.push(...runs(placed, (p) => p.look, base, (start, end, look) => make(start, end, look)));
  for (const p of placed) for (const { stretch, fields } of differingInside(p)) out.push(make(stretch.start, stretch.end, stretch.look, fields));
  return out;
}

/** The stretches inside a paragraph that differ from its own look, and the fields in which they do. */
export function differingInside(p: Placed): { stretch: Stretch; fields: string[] }[] {
  return stretches([p])
    .map((stretch) => ({ stretch, fields: differing(p.look, stretch.look) }))
    .filter((d) => d.fields.length > 0);
}

/** One request per run of neighbouring paragraphs whose look is not the base one. */
function runs<P extends Placed, T extends object>(placed: readonly P[], pick: (p: P) => T, base: T, make: (start: number, end: number, look: T) => DocsRequest): DocsRequest[] {
  const out: DocsRequest[] = [];
  const baseKey = lookKey(base);
  for (let i = 0; i < placed.length; ) {
    const key = lookKey(pick(placed[i]));
    let j = i + 1;
    while (j < placed.length && lookKey(pick(placed[j])) === key && placed[j].start === placed[j - 1].end) j++;
    if (key !== baseKey) out.push(make(placed[i].start, placed[j - 1].end, pick(placed[i])));
    i = j;
  }
  return out;
}

/** A letter's paragraphs, the first on a new page when `breakFirst`. */
export const withBreaks = (letter: Letter, breakFirst: boolean) => letter.map((p, j) => ({ ...p, breakBefore: j === 0 && breakFirst }));

/**
 * The new text as one string (paragraphs joined by newlines, except where a page break, with its own newline,
 * joins them), where each page break goes in it, and where each paragraph lands once every insert is done.
 */
export function layout(lastNewline: number, paragraphs: readonly (ShapedParagraph & { breakBefore: boolean })[]): { text: string; breaks: number[]; placed: Placed[] } {
  let text = '';
  const breaks: number[] = [];
  // Each paragraph's start in the text, and the page breaks at or before it (its own included): each adds two units.
  const starts: { at: number; breaks: number }[] = [];
  paragraphs.forEach((p, i) => {
    if (p.breakBefore || (i > 0 && paragraphs[i - 1].pageBreak)) breaks.push(text.length);
    else if (i > 0) text += '\n';
    starts.push({ at: text.length, breaks: breaks.length });
    text += p.text;
  });
  const index = (s: { at: number; breaks: number }) => lastNewline + s.at + 2 * s.breaks;
  const placed = paragraphs.map((p, i) => ({
    start: index(starts[i]),
    end: i + 1 < paragraphs.length ? index(starts[i + 1]) : index({ at: text.length, breaks: breaks.length }) + 1,
    paragraph: p.paragraph, runs: p.runs, textLength: p.text.length, look: p.look,
  }));
  return { text, breaks, placed };
}

/**
 * The requests that append `letters` to a body whose last newline is at `lastNewline`. `breakFirst`: the
 * body already ends with a letter, so the first new one starts on a new page too. Returns the requests
 * and where the body's last newline is afterwards.
 */
export function appendLettersRequests(lastNewline: number, letters: readonly Letter[], breakFirst: boolean): { requests: DocsRequest[]; lastNewline: number } {
  const paragraphs = letters.flatMap((letter, k) => withBreaks(letter, k > 0 || breakFirst));
  if (paragraphs.length === 0) return { requests: [], lastNewline };
  const { text, breaks, placed } = layout(lastNewline, paragraphs);
  const requests: DocsRequest[] = [];
  if (text !== '') requests.push({ insertText: { location: { index: lastNewline }, text } });
  for (const b of [...breaks].reverse()) requests.push({ insertPageBreak: { location: { index: lastNewline + b } } });
  const from = placed[0].start;
  const to = placed[placed.length - 1].end;
  const baseParagraph = commonest(placed.map((p) => p.paragraph));
  const paragraphStyle = (start: number, end: number, look: ParagraphLook): DocsRequest => ({
    updateParagraphStyle: { range: { startIndex: start, endIndex: end }, paragraphStyle: { ...look }, fields: PARAGRAPH_FIELDS },
  });
  const textStyleRequest: TextRequest = (start, end, look, fields) => {
    const style = textStyle(look) as Record<string, unknown>;
    return {
      updateTextStyle: fields
        ? { range: { startIndex: start, endIndex: end }, textStyle: Object.fromEntries(Object.entries(style).filter(([k]) => fields.includes(k))), fields: fields.join(',') }
        : { range: { startIndex: start, endIndex: end }, textStyle: style, fields: TEXT_FIELDS },
    };
  };
  requests.push(paragraphStyle(from, to, baseParagraph));
  const flat = flatTextRequests(placed, textStyleRequest);
  const layered = layeredTextRequests(placed, textStyleRequest);
  // A tie goes flat: the way the default templates (one look a paragraph) are measured and tested.
  const [first, ...rest] = layered.length < flat.length ? layered : flat;
  requests.push(first, ...runs(placed, (p) => p.paragraph, baseParagraph, paragraphStyle), ...rest);
  return { requests, lastNewline: to - 1 };
}
