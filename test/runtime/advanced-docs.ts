/**
 * The advanced Docs service (Docs API v1: `Docs.Documents.get` and `Docs.Documents.batchUpdate`), on the
 * same document model as DocumentApp (documents.ts), typed against @types/google-apps-script's
 * `GoogleAppsScript.Docs`. As Google documents it (developers.google.com/docs/api: concepts/structure,
 * reference/rest/v1/documents/request):
 *
 * - Indexes count UTF-16 code units. The body starts with a section break [0, 1); every paragraph ends
 *   with its "\n"; a page break is one index inside its paragraph.
 * - A batch is applied request by request, each seeing the indexes the previous one left (an insertText
 *   shifts everything after it). One invalid request fails the whole batch: nothing is applied.
 * - insertText: inside the bounds of an existing paragraph, at an index below the segment's end; "\n"
 *   makes new paragraphs, which copy the paragraph style of the one they are split from; the control
 *   characters U+0000-U+0008, U+000C-U+001F and the private-use area U+E000-U+F8FF are stripped.
 *   `endOfSegmentLocation` is just before the segment's last newline.
 * - insertPageBreak: a page break followed by a newline, in the body only.
 * - deleteContentRange: the segment's last newline cannot be deleted; deleting a paragraph's newline joins
 *   it with the next one, whose paragraph style the joined paragraph keeps (the style lives on the newline).
 * - updateParagraphStyle / updateTextStyle take a field mask: a field named in it but absent from the style
 *   is reset. updateTextStyle styles any range of text, a paragraph's newline included when the range holds it.
 * - Text styles live on text runs (text-runs.ts, shared with DocumentApp's model): `get` gives a paragraph's
 *   elements as one textRun per run of one style, the newline in the last run when it looks the same, else
 *   in a run of its own. Inserted text takes the style of the character before it, as Google documents for
 *   insertText ("in most cases ... the text immediately before the insertion index"; this model takes it
 *   always, so a merge that does not set every style it wants sees a difference); at the start of the body,
 *   where nothing comes before, that of the character after it. A page break and its newline are inserted
 *   the same way.
 * - The API reads and writes the saved document: DocumentApp's unsaved changes are not visible to it.
 *
 * Stricter than Google where the docs are silent or this model is coarser (a test can never lean on it):
 * - A page break anywhere but at the end of its paragraph's text throws (DocumentApp's model keeps one
 *   there); the page break's own text style is not kept apart from its newline's.
 * - A batch on a document with DocumentApp changes not yet saved in this execution throws (Google does not
 *   say which wins); a batch closes the document's open DocumentApp handles (they would be stale).
 * - Only the body is edited (a segment id throws); a batch on a document with a table throws. `get` lists
 *   tables (one index each for the table's start, a row's start and a cell's start).
 * - Only the fields below are modelled; a mask with any other field (or "*") throws.
 */
import type { DocAccess, DocModel, DocumentStore, ParaNode, SectionNode, TableNode } from './documents';
import { cloneState } from './documents';
import type { Env } from './env';
import * as runs from './text-runs';
import type { Run, TextAttrs } from './text-runs';
import type { DocsWriteQuota } from './docs-quota';

type Doc = GoogleAppsScript.Docs.Schema.Document;
type Request = GoogleAppsScript.Docs.Schema.Request;
type TextStyle = GoogleAppsScript.Docs.Schema.TextStyle;
type ParagraphStyle = GoogleAppsScript.Docs.Schema.ParagraphStyle;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A paragraph's style as this model keeps it (DocumentApp's ParaNode without its text; its newline's text style is in the runs). */
type ParaStyle = Omit<ParaNode, 'text' | 'runs' | 'pageBreak' | 'parent'>;

const HEADINGS: Record<string, string> = {
  NORMAL: 'NORMAL_TEXT', HEADING1: 'HEADING_1', HEADING2: 'HEADING_2', HEADING3: 'HEADING_3', HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5', HEADING6: 'HEADING_6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
};
const ALIGN: Record<string, string> = { LEFT: 'START', CENTER: 'CENTER', RIGHT: 'END', JUSTIFY: 'JUSTIFIED' };
const invert = (o: Record<string, string>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k]));
const HEADING_OF = invert(HEADINGS);
const ALIGN_OF = invert(ALIGN);
const PAGE_BREAK = '\f';

const hex = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 255).toString(16).padStart(2, '0');
function rgbOf(colour: string): GoogleAppsScript.Docs.Schema.RgbColor {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return {};
  const [red, green, blue] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  // The API leaves out a component of zero.
  return Object.fromEntries(Object.entries({ red, green, blue }).filter(([, v]) => v !== 0));
}
const colourOf = (c: GoogleAppsScript.Docs.Schema.OptionalColor | undefined) => {
  const rgb = c?.color?.rgbColor;
  return rgb ? `#${hex(rgb.red ?? 0)}${hex(rgb.green ?? 0)}${hex(rgb.blue ?? 0)}` : null;
};

/** Text-style fields: the API's name, DocumentApp's attribute, and the conversions between them. */
const TEXT_FIELDS: Record<string, { attr: string; get(s: TextStyle): unknown; put(v: unknown): TextStyle }> = {
  bold: { attr: 'BOLD', get: (s) => s.bold, put: (v) => ({ bold: v as boolean }) },
  italic: { attr: 'ITALIC', get: (s) => s.italic, put: (v) => ({ italic: v as boolean }) },
  underline: { attr: 'UNDERLINE', get: (s) => s.underline, put: (v) => ({ underline: v as boolean }) },
  strikethrough: { attr: 'STRIKETHROUGH', get: (s) => s.strikethrough, put: (v) => ({ strikethrough: v as boolean }) },
  fontSize: { attr: 'FONT_SIZE', get: (s) => s.fontSize?.magnitude, put: (v) => ({ fontSize: { magnitude: v as number, unit: 'PT' } }) },
  weightedFontFamily: { attr: 'FONT_FAMILY', get: (s) => s.weightedFontFamily?.fontFamily, put: (v) => ({ weightedFontFamily: { fontFamily: v as string, weight: 400 } }) },
  foregroundColor: { attr: 'FOREGROUND_COLOR', get: (s) => colourOf(s.foregroundColor), put: (v) => ({ foregroundColor: { color: { rgbColor: rgbOf(v as string) } } }) },
  backgroundColor: { attr: 'BACKGROUND_COLOR', get: (s) => colourOf(s.backgroundColor), put: (v) => ({ backgroundColor: { color: { rgbColor: rgbOf(v as string) } } }) },
  link: { attr: 'LINK_URL', get: (s) => s.link?.url, put: (v) => ({ link: { url: v as string } }) },
};

function textStyleOf(attrs: Record<string, unknown>): TextStyle {
  const out: TextStyle = {};
  for (const f of Object.values(TEXT_FIELDS)) {
    const v = attrs[f.attr];
    if (v !== undefined && v !== null && v !== false) Object.assign(out, f.put(v));
  }
  return out;
}

function paragraphStyleOf(p: ParaStyle): ParagraphStyle {
  const out: ParagraphStyle = { namedStyleType: HEADINGS[p.heading] ?? 'NORMAL_TEXT', direction: 'LEFT_TO_RIGHT' };
  if (p.alignment) out.alignment = ALIGN[p.alignment];
  return out;
}

const styleOf = (p: ParaNode): ParaStyle => ({ kind: p.kind, heading: p.heading, alignment: p.alignment, hr: p.hr, glyph: p.glyph, nesting: p.nesting, attrs: runs.paragraphPart(p.attrs) });
const copyStyle = (s: ParaStyle): ParaStyle => ({ ...s, attrs: { ...s.attrs } });

/** Bad input to one request: Google's wording, and the whole batch fails. */
class Invalid extends Error {}
/** Outside this model (see the file comment): a test-runtime limit, never Google's. */
const notModelled = (what: string) => new Error(`test runtime: ${what} is not modelled by the advanced Docs service fake`);

/**
 * The body from the first paragraph a batch touches as one string (`chars[k]` is index `first + k`; a page
 * break is "\f"), its text runs over the same units (a newline's is the paragraph's end style), and one
 * paragraph style per newline: the flat view every request works on, turned back into paragraphs when the
 * batch is done. The paragraphs before it are left as they are (a merge appends at the
 * end of a long document: working on the whole of it for every request would be quadratic).
 */
class FlatBody {
  chars: string;
  runs: Run[];
  styles: ParaStyle[];
  private newlines: number[] | undefined;
  constructor(
    paras: readonly ParaNode[],
    /** The index of the first of them. */
    readonly first: number,
    /** The text style of the newline just before them (none at the start of the body). */
    private readonly before: TextAttrs | undefined,
  ) {
    this.chars = paras.map((p) => p.text + (p.pageBreak ? PAGE_BREAK : '') + '\n').join('');
    this.runs = runs.normalize(
      paras.flatMap((p) => {
        if (runs.lengthOf(p.runs) !== p.text.length) throw new Error('test runtime: a paragraph whose runs do not cover its text (a test set one without the other)');
        const end = runs.textPart(p.attrs);
        return [...p.runs, ...runs.plain(p.pageBreak ? 2 : 1, end)];
      }),
    );
    this.styles = paras.map(styleOf);
  }
  /** The style inserted text takes at `index`: the character before it's, or at the body's start the one after it. */
  private inherited(index: number): TextAttrs {
    if (index - 1 >= this.first) return runs.attrsAt(this.runs, index - 1 - this.first) ?? {};
    return this.before ?? runs.attrsAt(this.runs, index - this.first) ?? {};
  }
  /** `patch` (DocumentApp attribute names; null removes) over [start, end). */
  restyle(start: number, end: number, patch: Record<string, unknown>): void {
    this.runs = runs.restyle(this.runs, start - this.first, end - this.first, patch);
  }
  get end(): number {
    return this.first + this.chars.length;
  }
  /** The character at index `i` ("" outside the view). */
  charAt(i: number): string {
    return this.chars.charAt(i - this.first);
  }
  /** Positions (in `chars`) of the newlines, kept until the text changes. */
  private lines(): number[] {
    if (!this.newlines) {
      this.newlines = [];
      for (let k = this.chars.indexOf('\n'); k >= 0; k = this.chars.indexOf('\n', k + 1)) this.newlines.push(k);
    }
    return this.newlines;
  }
  /** Which paragraph (its newline's number) holds index `i`: the newlines before it. */
  paragraphAt(i: number): number {
    const lines = this.lines();
    const pos = i - this.first;
    let lo = 0;
    let hi = lines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  insert(index: number, text: string): void {
    const n = this.paragraphAt(index);
    const added = [...text].filter((c) => c === '\n').length;
    this.styles.splice(n, 0, ...Array.from({ length: added }, () => copyStyle(this.styles[n])));
    const at = index - this.first;
    this.runs = runs.splice(this.runs, at, at, text.length, this.inherited(index));
    this.chars = this.chars.slice(0, at) + text + this.chars.slice(at);
    this.newlines = undefined;
  }
  delete(start: number, end: number): void {
    const first = this.paragraphAt(start);
    const removed = [...this.chars.slice(start - this.first, end - this.first)].filter((c) => c === '\n').length;
    // The joined paragraph keeps the style of the newline that stays: the last one's.
    this.styles.splice(first, removed);
    this.runs = runs.splice(this.runs, start - this.first, end - this.first, 0, {});
    this.chars = this.chars.slice(0, start - this.first) + this.chars.slice(end - this.first);
    this.newlines = undefined;
  }
  toParagraphs(): ParaNode[] {
    const texts = this.chars.split('\n').slice(0, -1);
    // The runs handed out paragraph by paragraph, in one pass.
    let k = 0;
    let used = 0;
    const take = (n: number): Run[] => {
      const out: Run[] = [];
      while (n > 0) {
        const r = this.runs[k];
        const part = Math.min(n, r.len - used);
        out.push({ len: part, attrs: r.attrs });
        used += part;
        n -= part;
        if (used === r.len) [k, used] = [k + 1, 0];
      }
      return out;
    };
    return texts.map((t, i) => {
      const at = t.indexOf(PAGE_BREAK);
      if (at >= 0 && at !== t.length - 1) throw notModelled('a page break before other text in its paragraph');
      const text = at >= 0 ? t.slice(0, -1) : t;
      const textRuns = runs.normalize(take(text.length));
      // The newline's style is the paragraph's end (with a page break, the newline after it).
      const end = take(at >= 0 ? 2 : 1).pop()!.attrs;
      const style = copyStyle(this.styles[i]);
      return { ...style, attrs: { ...style.attrs, ...end }, text, runs: textRuns, pageBreak: at >= 0, parent: null };
    });
  }
}

/** The smallest index any request names (where the flat view must start). */
function lowestIndex(requests: readonly Request[]): number {
  let low = Infinity;
  for (const r of requests) {
    for (const part of Object.values(r ?? {}) as { location?: { index?: number }; range?: { startIndex?: number }; endOfSegmentLocation?: object }[]) {
      if (part?.location) low = Math.min(low, part.location.index ?? 0);
      else if (part?.range) low = Math.min(low, part.range.startIndex ?? 0);
    }
  }
  return low;
}

/** The body's paragraphs before the one holding `index`, and the index where the rest begins. */
function splitAt(paras: readonly ParaNode[], index: number): { keep: number; first: number } {
  let first = 1;
  for (let i = 0; i < paras.length; i++) {
    const len = paras[i].text.length + (paras[i].pageBreak ? 1 : 0) + 1;
    if (first + len > index) return { keep: i, first };
    first += len;
  }
  // Past the end (an end-of-segment insert, or a bad index the requests will refuse): the last paragraph on.
  const last = paras.length - 1;
  return { keep: last, first: first - (paras[last].text.length + (paras[last].pageBreak ? 1 : 0) + 1) };
}

/** What insertText keeps of a string: Google strips these control and private-use characters. */
const stripped = (text: string) => text.replace(/[\u0000-\u0008\u000C-\u001F\uE000-\uF8FF]/g, '');

function fieldsOf(mask: string | undefined, known: readonly string[]): string[] {
  const fields = (mask ?? '').split(',').map((f) => f.trim()).filter(Boolean);
  if (fields.length === 0) throw new Invalid('At least one field must be listed in \'fields\'.');
  for (const f of fields) if (!known.includes(f)) throw notModelled(`the field "${f}"`);
  return fields;
}

function checkRange(flat: FlatBody, range: GoogleAppsScript.Docs.Schema.Range | undefined): [number, number] {
  if (range?.segmentId) throw notModelled('a header, footer or footnote segment');
  const start = range?.startIndex ?? 0;
  const end = range?.endIndex ?? 0;
  if (start < 1) throw new Invalid('The start index must be greater than or equal to 1.');
  if (end <= start) throw new Invalid(`The end index (${end}) must be greater than the start index (${start}).`);
  if (end > flat.end) throw new Invalid(`Index ${end - 1} must be less than the end index of the referenced segment, ${flat.end}.`);
  return [start, end];
}

/** The index an insert goes to: a location inside a paragraph, or the end of the body. */
function insertionIndex(flat: FlatBody, req: { location?: GoogleAppsScript.Docs.Schema.Location; endOfSegmentLocation?: GoogleAppsScript.Docs.Schema.EndOfSegmentLocation }): number {
  if ((req.location === undefined) === (req.endOfSegmentLocation === undefined)) throw new Invalid('Exactly one of location or endOfSegmentLocation must be set.');
  if (req.location?.segmentId || req.endOfSegmentLocation?.segmentId) throw notModelled('a header, footer or footnote segment');
  const index = req.location ? (req.location.index ?? 0) : flat.end - 1;
  if (index < 1) throw new Invalid('The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.');
  if (index >= flat.end) throw new Invalid(`Index ${index} must be less than the end index of the referenced segment, ${flat.end}.`);
  if (flat.charAt(index - 1) === PAGE_BREAK) throw notModelled('text after a page break in the same paragraph');
  return index;
}

function apply(flat: FlatBody, r: Request): void {
  const kinds = Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined);
  if (kinds.length !== 1) throw new Invalid('Each request must have exactly one kind of request set.');
  if (r.insertText) {
    const text = stripped(String(r.insertText.text ?? ''));
    if (text === '') throw new Invalid('The text to insert must not be empty.');
    flat.insert(insertionIndex(flat, r.insertText), text);
  } else if (r.insertPageBreak) {
    flat.insert(insertionIndex(flat, r.insertPageBreak), PAGE_BREAK + '\n');
  } else if (r.deleteContentRange) {
    const [start, end] = checkRange(flat, r.deleteContentRange.range);
    if (end === flat.end) throw new Invalid('The range cannot include the newline character at the end of the segment.');
    flat.delete(start, end);
  } else if (r.updateParagraphStyle) {
    const [start, end] = checkRange(flat, r.updateParagraphStyle.range);
    const fields = fieldsOf(r.updateParagraphStyle.fields, ['namedStyleType', 'alignment']);
    const style = r.updateParagraphStyle.paragraphStyle ?? {};
    for (let n = flat.paragraphAt(start); n <= flat.paragraphAt(end - 1); n++) {
      const s = flat.styles[n];
      if (fields.includes('namedStyleType')) {
        const heading = style.namedStyleType === undefined ? 'NORMAL' : HEADING_OF[style.namedStyleType];
        if (!heading) throw new Invalid(`Invalid value for namedStyleType: ${style.namedStyleType}`);
        s.heading = heading;
      }
      if (fields.includes('alignment')) {
        const a = style.alignment === undefined ? null : ALIGN_OF[style.alignment];
        if (a === undefined) throw new Invalid(`Invalid value for alignment: ${style.alignment}`);
        s.alignment = a;
      }
    }
  } else if (r.updateTextStyle) {
    const [start, end] = checkRange(flat, r.updateTextStyle.range);
    const fields = fieldsOf(r.updateTextStyle.fields, Object.keys(TEXT_FIELDS));
    const style = r.updateTextStyle.textStyle ?? {};
    flat.restyle(start, end, Object.fromEntries(fields.map((f) => [TEXT_FIELDS[f].attr, TEXT_FIELDS[f].get(style) ?? null])));
  } else {
    throw notModelled(`the request ${kinds[0]}`);
  }
}

// ─── get: the document as the API returns it ──────────────────────────────────────────────────────────

function paragraphElement(p: ParaNode, start: number): StructuralElement {
  if (runs.lengthOf(p.runs) !== p.text.length) throw new Error('test runtime: a paragraph whose runs do not cover its text (a test set one without the other)');
  const end = runs.textPart(p.attrs);
  const pieces: { content: string; attrs: TextAttrs }[] = [];
  let off = 0;
  for (const r of runs.normalize(p.runs)) {
    pieces.push({ content: p.text.slice(off, off + r.len), attrs: r.attrs });
    off += r.len;
  }
  const elements: GoogleAppsScript.Docs.Schema.ParagraphElement[] = [];
  let i = start;
  const run = ({ content, attrs }: { content: string; attrs: TextAttrs }) => {
    elements.push({ startIndex: i, endIndex: i + content.length, textRun: { content, textStyle: textStyleOf(attrs) } });
    i += content.length;
  };
  const last = pieces[pieces.length - 1];
  if (p.pageBreak) {
    pieces.forEach(run);
    elements.push({ startIndex: i, endIndex: i + 1, pageBreak: { textStyle: textStyleOf(end) } });
    i += 1;
    run({ content: '\n', attrs: end });
  } else if (last && runs.sameAttrs(last.attrs, end)) {
    last.content += '\n';
    pieces.forEach(run);
  } else {
    [...pieces, { content: '\n', attrs: end }].forEach(run);
  }
  const paragraph: GoogleAppsScript.Docs.Schema.Paragraph = { elements, paragraphStyle: paragraphStyleOf(styleOf(p)) };
  if (p.kind === 'LIST_ITEM') paragraph.bullet = { listId: 'kix.list', nestingLevel: p.nesting };
  return { startIndex: start, endIndex: i, paragraph };
}

function content(section: SectionNode, first: number): { content: StructuralElement[]; end: number } {
  const out: StructuralElement[] = [];
  let i = first;
  for (const b of section.children) {
    if (b.kind === 'TABLE') {
      const t = tableElement(b, i);
      out.push(t);
      i = t.endIndex!;
    } else {
      const p = paragraphElement(b, i);
      out.push(p);
      i = p.endIndex!;
    }
  }
  return { content: out, end: i };
}

function tableElement(t: TableNode, start: number): StructuralElement {
  let i = start + 1;
  const tableRows = t.rows.map((r) => {
    const rowStart = i++;
    const tableCells = r.cells.map((c) => {
      const cellStart = i++;
      const inner = content({ kind: 'BODY_SECTION', children: c.children }, i);
      i = inner.end;
      return { startIndex: cellStart, endIndex: i, content: inner.content };
    });
    return { startIndex: rowStart, endIndex: i, tableCells };
  });
  return { startIndex: start, endIndex: i, table: { rows: t.rows.length, columns: t.rows[0]?.cells.length ?? 0, tableRows } };
}

export class FakeAdvancedDocs {
  readonly Documents: GoogleAppsScript.Docs.Collection.DocumentsCollection;
  constructor(
    private readonly env: Env,
    private readonly store: DocumentStore,
    private readonly access: DocAccess,
    /** The per-minute write quota (docs-quota.ts), shared by every load of a bundle in one runtime. */
    private readonly quota?: DocsWriteQuota,
  ) {
    this.Documents = {
      get: (documentId: string) => this.get(documentId),
      batchUpdate: (resource, documentId) => this.batchUpdate(resource, documentId),
      create: () => {
        throw notModelled('Documents.create');
      },
    };
  }

  private failure(method: string, message: string): Error {
    return this.env.k.error(`API call to docs.documents.${method} failed with error: ${message}`, 'GoogleJsonResponseException');
  }

  private open(method: string, id: string, write: boolean): DocModel {
    const doc = this.store.get(String(id));
    const role = doc && this.access.role(this.env.k.activeUser, doc);
    if (!doc || !role) throw this.failure(method, 'Requested entity was not found.');
    if (write && role === 'reader') throw this.failure(method, 'The caller does not have permission');
    return doc;
  }

  get(documentId: string): Doc {
    this.env.k.call('Docs.Documents.get', { args: [documentId] });
    const doc = this.open('get', documentId, false);
    const saved = doc.saved;
    const body = content(saved.body, 1);
    const out: Doc = {
      documentId: doc.id,
      title: doc.name,
      revisionId: `rev${doc.revision ?? 0}`,
      body: { content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...body.content] },
      documentStyle: {},
    };
    const headers: Record<string, unknown> = {};
    const footers: Record<string, unknown> = {};
    if (saved.header) {
      out.documentStyle!.defaultHeaderId = 'kix.header';
      headers['kix.header'] = { headerId: 'kix.header', content: content(saved.header, 0).content };
    }
    if (saved.footer) {
      out.documentStyle!.defaultFooterId = 'kix.footer';
      footers['kix.footer'] = { footerId: 'kix.footer', content: content(saved.footer, 0).content };
    }
    out.headers = headers;
    out.footers = footers;
    return this.env.k.out(out);
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    this.env.k.call('Docs.Documents.batchUpdate', { write: true, args: [resource, documentId] });
    // The quota is checked before the document is looked at: a refused batch changes nothing.
    const exhausted = this.quota?.take(this.env.k.activeUser);
    if (exhausted) throw this.failure('batchUpdate', exhausted);
    const doc = this.open('batchUpdate', documentId, true);
    if (doc.dirty) throw notModelled('a batch on a document with unsaved DocumentApp changes (call saveAndClose first)');
    if (doc.saved.body.children.some((b) => b.kind === 'TABLE')) throw notModelled('a batch on a document with a table');
    const requests = this.env.k.in(resource?.requests ?? []);
    if (!Array.isArray(requests) || requests.length === 0) throw this.failure('batchUpdate', 'Invalid JSON payload: requests must not be empty.');
    const paras = doc.saved.body.children as ParaNode[];
    const { keep, first } = splitAt(paras, Math.max(1, lowestIndex(requests)));
    const flat = new FlatBody(paras.slice(keep), first, keep > 0 ? runs.textPart(paras[keep - 1].attrs) : undefined);
    // A batch of a few hundred requests is one round trip, but work on Google's side (modelled, see kernel costs).
    this.env.k.clock.advance(2 * requests.length);
    requests.forEach((r, i) => {
      try {
        apply(flat, r);
      } catch (e) {
        if (!(e instanceof Invalid)) throw e;
        const kind = Object.keys(r ?? {})[0] ?? 'request';
        throw this.failure('batchUpdate', `Invalid requests[${i}].${kind}: ${e.message}`);
      }
    });
    const state = cloneState(doc.saved);
    state.body.children = state.body.children.slice(0, keep);
    for (const p of flat.toParagraphs()) {
      p.parent = state.body;
      state.body.children.push(p);
    }
    doc.saved = state;
    doc.live = cloneState(state);
    doc.gen++; // open DocumentApp handles are stale now
    doc.revision = (doc.revision ?? 0) + 1;
    return this.env.k.out({ documentId: doc.id, replies: requests.map(() => ({})), writeControl: { requiredRevisionId: `rev${doc.revision}` } });
  }
}
