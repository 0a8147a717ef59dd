/**
 * A letter template as the Docs API returns it (`documents.get`), reduced to what the fast merge can
 * rebuild with `batchUpdate`: paragraphs (heading and alignment) whose text is runs of looks (bold, italic,
 * underline, size, font, colours, link: a bold word inside a sentence is a run of its own), and page breaks
 * at the end of a paragraph. Anything else (a table, a list, an image, spacing or indents, superscript) is
 * named, so the merge takes the DocumentApp path for that template and the preview says why.
 *
 * The shapes below are the part of Google's docs_v1 JSON this reads and writes (the Apps Script types
 * `GoogleAppsScript.Docs.Schema.*` fit them); the core knows nothing of Apps Script.
 */

export interface DocsColor {
  color?: { rgbColor?: { red?: number; green?: number; blue?: number } };
}
export interface DocsTextStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  smallCaps?: boolean;
  baselineOffset?: string;
  fontSize?: { magnitude?: number; unit?: string };
  weightedFontFamily?: { fontFamily?: string; weight?: number };
  foregroundColor?: DocsColor;
  backgroundColor?: DocsColor;
  link?: { url?: string; bookmarkId?: string; headingId?: string };
}
export interface DocsParagraphStyle {
  namedStyleType?: string;
  alignment?: string;
  [other: string]: unknown;
}
export interface DocsParagraphElement {
  startIndex?: number;
  endIndex?: number;
  textRun?: { content?: string; textStyle?: DocsTextStyle };
  pageBreak?: { textStyle?: DocsTextStyle };
  [other: string]: unknown;
}
export interface DocsStructuralElement {
  startIndex?: number;
  endIndex?: number;
  paragraph?: { elements?: DocsParagraphElement[]; paragraphStyle?: DocsParagraphStyle; bullet?: unknown };
  sectionBreak?: unknown;
  table?: unknown;
  tableOfContents?: unknown;
}
export interface DocsDocument {
  body?: { content?: DocsStructuralElement[] };
  headers?: object;
  footers?: object;
}

/** A paragraph's look, in the API's terms (`alignment` absent: as the named style says). */
export interface ParagraphLook {
  namedStyleType: string;
  alignment?: string;
}
/** A run's look; colours as #rrggbb. */
export interface TextLook {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  foregroundColor?: string;
  backgroundColor?: string;
  link?: string;
}
/** A stretch of a paragraph's text in one look: from `start` (UTF-16 units into the text) to the next run's start. */
export interface LookRun {
  start: number;
  look: TextLook;
}
export interface ShapedParagraph {
  text: string;
  paragraph: ParagraphLook;
  /** The looks of the text in order, the first at 0, neighbours differing; none for an empty text. */
  runs: LookRun[];
  /** The look of the paragraph's end (its newline, and a page break before it): what an empty paragraph shows. */
  look: TextLook;
  /** A page break ends the paragraph's text. */
  pageBreak: boolean;
}

/** Why a template cannot take the fast path (a key of the Danish texts). */
export type Unsupported = 'table' | 'list' | 'image' | 'pageBreakInside' | 'paragraphFormat' | 'textFormat' | 'section' | 'other';

export type TemplateShape = { ok: true; body: ShapedParagraph[] } | { ok: false; reason: Unsupported };

const hex2 = (n: number | undefined) => Math.round(Math.min(1, Math.max(0, n ?? 0)) * 255).toString(16).padStart(2, '0');
function hexOf(c: DocsColor | undefined): string | undefined {
  const rgb = c?.color?.rgbColor;
  return rgb ? `#${hex2(rgb.red)}${hex2(rgb.green)}${hex2(rgb.blue)}` : undefined;
}

/** The text look of a run, or undefined when it uses something the fast path does not rebuild. */
function lookOf(s: DocsTextStyle | undefined): TextLook | undefined {
  if (!s) return {};
  if (s.smallCaps || (s.baselineOffset && s.baselineOffset !== 'NONE') || s.link?.bookmarkId || s.link?.headingId) return undefined;
  const look: TextLook = {
    bold: s.bold || undefined,
    italic: s.italic || undefined,
    underline: s.underline || undefined,
    strikethrough: s.strikethrough || undefined,
    fontSize: s.fontSize?.magnitude,
    fontFamily: s.weightedFontFamily?.fontFamily,
    foregroundColor: hexOf(s.foregroundColor),
    backgroundColor: hexOf(s.backgroundColor),
    link: s.link?.url,
  };
  return Object.fromEntries(Object.entries(look).filter(([, v]) => v !== undefined)) as TextLook;
}

/** A look as a key: equal looks, equal keys. */
export const lookKey = (look: object): string => JSON.stringify(Object.entries(look).sort(([a], [b]) => (a < b ? -1 : 1)));

/** Paragraph-style fields that carry no look of their own. */
const NEUTRAL_PARAGRAPH_FIELDS = new Set(['namedStyleType', 'alignment', 'direction', 'headingId']);

function shapeParagraph(p: NonNullable<DocsStructuralElement['paragraph']>): ShapedParagraph | Unsupported {
  if (p.bullet) return 'list';
  const style = p.paragraphStyle ?? {};
  if (Object.keys(style).some((k) => !NEUTRAL_PARAGRAPH_FIELDS.has(k))) return 'paragraphFormat';
  if (style.direction !== undefined && style.direction !== 'LEFT_TO_RIGHT') return 'paragraphFormat';
  let text = '';
  const runs: LookRun[] = [];
  /** The newline's look, once it has come (it is the paragraph's last element). */
  let end: TextLook | undefined;
  let pageBreak = false;
  for (const e of p.elements ?? []) {
    const kinds = Object.keys(e).filter((k) => k !== 'startIndex' && k !== 'endIndex');
    if (kinds.length !== 1 || end) return 'other';
    if (e.inlineObjectElement) return 'image';
    if (pageBreak && !(e.textRun && e.textRun.content === '\n')) return 'pageBreakInside';
    if (e.pageBreak) {
      // Its own look is not shown; the fast path gives it the newline's.
      if (!lookOf(e.pageBreak.textStyle)) return 'textFormat';
      pageBreak = true;
      continue;
    }
    if (!e.textRun) return 'other';
    const own = lookOf(e.textRun.textStyle);
    if (!own) return 'textFormat';
    let content = e.textRun.content ?? '';
    if (content.endsWith('\n')) {
      end = own;
      content = content.slice(0, -1);
    }
    if (content.includes('\n')) return 'other';
    if (content === '') continue;
    const last = runs[runs.length - 1];
    if (!last || lookKey(last.look) !== lookKey(own)) runs.push({ start: text.length, look: own });
    text += content;
  }
  if (!end) return 'other';
  return {
    text,
    paragraph: { namedStyleType: style.namedStyleType ?? 'NORMAL_TEXT', ...(style.alignment ? { alignment: style.alignment } : {}) },
    runs,
    look: end,
    pageBreak,
  };
}

/** The body of a template, paragraph by paragraph, or why the fast path cannot rebuild it. */
export function templateShape(doc: DocsDocument): TemplateShape {
  const body: ShapedParagraph[] = [];
  for (const [i, el] of (doc.body?.content ?? []).entries()) {
    if (el.sectionBreak !== undefined) {
      if (i === 0) continue;
      return { ok: false, reason: 'section' };
    }
    if (el.table !== undefined) return { ok: false, reason: 'table' };
    if (!el.paragraph) return { ok: false, reason: 'other' };
    const shaped = shapeParagraph(el.paragraph);
    if (typeof shaped === 'string') return { ok: false, reason: shaped };
    body.push(shaped);
  }
  return { ok: true, body };
}
