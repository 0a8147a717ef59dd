/**
 * DocumentApp for the mail merge.
 *
 * - A new document's body holds one empty paragraph (as in Docs); the last paragraph of a section cannot
 *   be removed; `appendParagraph(element)` needs a detached element (`copy()`).
 * - `replaceText(pattern, replacement)` compiles the pattern as RE2 would be used by Google: it is
 *   compiled with JavaScript's `u` flag so an unescaped `{`, `}` or `(` throws; look-arounds and
 *   back-references (not in RE2) throw too; matches never span paragraphs; the replacement is literal.
 * - Saving: PDF exports (`getAs`, Drive `getBlob`/`getAs`) and Drive copies see the last SAVED state.
 *   `saveAndClose()` saves (and closes the handle: further use throws); every execution's end saves too.
 * - `DocumentApp.create` counts against the daily quota (250 consumer / 1,500 Workspace).
 */
import type { Env } from './env';
import { FakeUser } from './spreadsheet';
import type { GasShape } from './types';
import { FakeBlob } from './utilities';
import * as runs from './text-runs';
import type { Runs, TextAttrs } from './text-runs';

export const ElementType = {
  BODY_SECTION: 'BODY_SECTION', HEADER_SECTION: 'HEADER_SECTION', FOOTER_SECTION: 'FOOTER_SECTION',
  PARAGRAPH: 'PARAGRAPH', LIST_ITEM: 'LIST_ITEM', TABLE: 'TABLE', TABLE_ROW: 'TABLE_ROW', TABLE_CELL: 'TABLE_CELL',
  TEXT: 'TEXT', PAGE_BREAK: 'PAGE_BREAK', HORIZONTAL_RULE: 'HORIZONTAL_RULE',
} as const;
export const ParagraphHeading = {
  NORMAL: 'NORMAL', HEADING1: 'HEADING1', HEADING2: 'HEADING2', HEADING3: 'HEADING3', HEADING4: 'HEADING4',
  HEADING5: 'HEADING5', HEADING6: 'HEADING6', TITLE: 'TITLE', SUBTITLE: 'SUBTITLE',
} as const;
export const HorizontalAlignment = { LEFT: 'LEFT', CENTER: 'CENTER', RIGHT: 'RIGHT', JUSTIFY: 'JUSTIFY' } as const;
export const GlyphType = { BULLET: 'BULLET', HOLLOW_BULLET: 'HOLLOW_BULLET', SQUARE_BULLET: 'SQUARE_BULLET', NUMBER: 'NUMBER', LATIN_LOWER: 'LATIN_LOWER', LATIN_UPPER: 'LATIN_UPPER', ROMAN_LOWER: 'ROMAN_LOWER', ROMAN_UPPER: 'ROMAN_UPPER' } as const;
export const Attribute = {
  BOLD: 'BOLD', ITALIC: 'ITALIC', UNDERLINE: 'UNDERLINE', FONT_SIZE: 'FONT_SIZE', FONT_FAMILY: 'FONT_FAMILY',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR', BACKGROUND_COLOR: 'BACKGROUND_COLOR', LINK_URL: 'LINK_URL',
  HORIZONTAL_ALIGNMENT: 'HORIZONTAL_ALIGNMENT', HEADING: 'HEADING', LINE_SPACING: 'LINE_SPACING',
} as const;

// ------------------------------------------------------------------------------------ model

export interface ParaNode {
  kind: 'PARAGRAPH' | 'LIST_ITEM';
  text: string;
  heading: string;
  alignment: string | null;
  pageBreak: boolean;
  hr: boolean;
  glyph: string | null;
  nesting: number;
  /**
   * The paragraph's own attributes: paragraph attributes (alignment, ...) and the text attributes of its
   * end (its newline, in the Docs API's terms), which an empty paragraph shows.
   */
  attrs: Record<string, unknown>;
  /** The formatting of `text`, run by run (text-runs.ts): their lengths add up to the text's. */
  runs: Runs;
  parent: Container | null;
}
export interface TableNode {
  kind: 'TABLE';
  rows: RowNode[];
  parent: Container | null;
}
export interface RowNode {
  kind: 'TABLE_ROW';
  cells: CellNode[];
  parent: TableNode | null;
}
export interface CellNode {
  kind: 'TABLE_CELL';
  children: Block[];
  parent: RowNode | null;
}
export interface SectionNode {
  kind: 'BODY_SECTION' | 'HEADER_SECTION' | 'FOOTER_SECTION';
  children: Block[];
}
export type Block = ParaNode | TableNode;
export type Container = SectionNode | CellNode;
type AnyNode = Block | RowNode | CellNode | SectionNode;

export interface DocState {
  body: SectionNode;
  header: SectionNode | null;
  footer: SectionNode | null;
}
export interface DocModel {
  id: string;
  name: string;
  live: DocState;
  saved: DocState;
  gen: number;
  owner: string;
  /** DocumentApp changed it in this execution and has not saved (the advanced Docs service does not see those). */
  dirty?: boolean;
  /** Batches the advanced Docs service applied (its revision id). */
  revision?: number;
}

function para(text: string, kind: ParaNode['kind'] = 'PARAGRAPH'): ParaNode {
  return { kind, text, heading: 'NORMAL', alignment: null, pageBreak: false, hr: false, glyph: kind === 'LIST_ITEM' ? 'BULLET' : null, nesting: 0, attrs: {}, runs: runs.plain(text.length), parent: null };
}

/** Sets a paragraph's text, the whole of it in `attrs`. */
function setParaText(p: ParaNode, text: string, attrs: TextAttrs): void {
  p.text = text;
  p.runs = runs.plain(text.length, attrs);
}

/**
 * [start, end) of a paragraph's text replaced by `text`. Google's reference does not say which attributes
 * inserted text takes (Text.insertText, appendText, Paragraph.appendText): as typing in Docs does, and as
 * the Docs API documents for its insertText, those of the character before it; at the start of the text
 * those of the first character; in an empty paragraph those of the paragraph's end.
 */
function spliceParaText(p: ParaNode, start: number, end: number, text: string, attrs?: TextAttrs): void {
  const inherited = attrs ?? runs.attrsAt(p.runs, start - 1) ?? runs.attrsAt(p.runs, end) ?? runs.textPart(p.attrs);
  p.runs = runs.splice(p.runs, start, end, text.length, inherited);
  p.text = p.text.slice(0, start) + text + p.text.slice(end);
}

/** The value of text attribute `key` over the whole of a paragraph's text: null when it differs from run to run. */
function uniform(p: ParaNode, key: string): unknown {
  if (p.runs.length === 0) return p.attrs[key] ?? null;
  const values = new Set(p.runs.map((r) => r.attrs[key] ?? null));
  return values.size === 1 ? [...values][0] : null;
}
function section(kind: SectionNode['kind']): SectionNode {
  const s: SectionNode = { kind, children: [] };
  adopt(s, para(''));
  return s;
}
function adopt(c: Container, b: Block, index?: number) {
  b.parent = c;
  if (index === undefined) c.children.push(b);
  else c.children.splice(index, 0, b);
}
function cellNode(text: string): CellNode {
  const c: CellNode = { kind: 'TABLE_CELL', children: [], parent: null };
  adopt(c, para(text));
  return c;
}
function cloneBlock(b: Block): Block {
  if (b.kind === 'TABLE') {
    const t: TableNode = { kind: 'TABLE', rows: [], parent: null };
    for (const r of b.rows) {
      const row: RowNode = { kind: 'TABLE_ROW', cells: [], parent: t };
      for (const c of r.cells) {
        const cell: CellNode = { kind: 'TABLE_CELL', children: [], parent: row };
        for (const ch of c.children) adopt(cell, cloneBlock(ch));
        row.cells.push(cell);
      }
      t.rows.push(row);
    }
    return t;
  }
  return { ...b, attrs: { ...b.attrs }, parent: null };
}
function cloneSection(s: SectionNode | null): SectionNode | null {
  if (!s) return null;
  const out: SectionNode = { kind: s.kind, children: [] };
  for (const b of s.children) adopt(out, cloneBlock(b));
  return out;
}
export function cloneState(s: DocState): DocState {
  return { body: cloneSection(s.body)!, header: cloneSection(s.header), footer: cloneSection(s.footer) };
}
export function textOf(n: AnyNode): string {
  switch (n.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return n.text;
    case 'TABLE':
      return n.rows.map((r) => textOf(r)).join('\n');
    case 'TABLE_ROW':
      return n.cells.map((c) => textOf(c)).join('\t');
    default:
      return n.children.map((c) => textOf(c)).join('\n');
  }
}
function paragraphsUnder(n: AnyNode): ParaNode[] {
  switch (n.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      return [n];
    case 'TABLE':
      return n.rows.flatMap((r) => paragraphsUnder(r));
    case 'TABLE_ROW':
      return n.cells.flatMap((c) => paragraphsUnder(c));
    default:
      return n.children.flatMap((c) => paragraphsUnder(c));
  }
}
/** Plain-text rendering of a document state (what our PDFs contain). */
export function renderText(s: DocState): string {
  return [s.header ? textOf(s.header) : null, textOf(s.body), s.footer ? textOf(s.footer) : null].filter((x) => x !== null).join('\n');
}

/** Compile a replaceText/findText pattern as RE2 (see file comment). */
export function compileRe2(pattern: string, flags: string): RegExp {
  if (/\(\?<?[=!]/.test(pattern)) throw new SyntaxError(`invalid or unsupported Perl syntax: look-around in ${pattern}`);
  if (/(^|[^\\])(\\\\)*\\[1-9]/.test(pattern)) throw new SyntaxError(`invalid escape sequence: back-reference in ${pattern}`);
  // RE2 accepts escaped ASCII punctuation anywhere; JavaScript's u mode only for syntax characters.
  const src = pattern.replace(/\\([\s\S])/g, (m, ch: string) => (/[!-/:-@[-`{-~]/.test(ch) ? '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0') : m));
  return new RegExp(src, flags + 'u');
}

// ------------------------------------------------------------------------------------ store

export class DocumentStore {
  readonly docs = new Map<string, DocModel>();
  constructor(private readonly env: Env) {}
  /** Test helper: make a document (no quota, no service call). `paragraphs` become the body. */
  create(name: string, paragraphs: string[] = [], owner = 'konsulent1@kommune.dk'): DocModel {
    const id = this.env.ids.next('1doc');
    const body = section('BODY_SECTION');
    if (paragraphs.length) {
      body.children = [];
      for (const p of paragraphs) adopt(body, para(p));
    }
    const live: DocState = { body, header: null, footer: null };
    const doc: DocModel = { id, name, live, saved: cloneState(live), gen: 0, owner };
    this.docs.set(id, doc);
    return doc;
  }
  get(id: string): DocModel | undefined {
    return this.docs.get(id);
  }
  /**
   * Test helper: a header or footer as a person types it in Docs (their lines, starting on the first:
   * typing fills the section's empty paragraph), saved. No service call.
   */
  setSection(id: string, which: 'header' | 'footer', paragraphs: string[]): void {
    const d = this.docs.get(id);
    if (!d) throw new Error(`test runtime: no document ${id}`);
    const s = section(which === 'header' ? 'HEADER_SECTION' : 'FOOTER_SECTION');
    if (paragraphs.length) {
      s.children = [];
      for (const p of paragraphs) adopt(s, para(p));
    }
    d.live[which] = s;
    this.save(d);
  }
  /**
   * Test helper: text attributes on [start, end) of body paragraph `index` (UTF-16 units), as a person
   * formats a word in Docs; saved. No service call.
   */
  styleText(id: string, index: number, start: number, end: number, attrs: Record<string, unknown>): void {
    const d = this.docs.get(id);
    const p = d?.live.body.children[index];
    if (!d || !p || p.kind === 'TABLE') throw new Error(`test runtime: no paragraph ${index} in document ${id}`);
    if (start < 0 || end > p.text.length || end <= start) throw new Error(`test runtime: [${start}, ${end}) is not inside "${p.text}"`);
    p.runs = runs.restyle(p.runs, start, end, attrs);
    this.save(d);
  }
  save(doc: DocModel): void {
    doc.saved = cloneState(doc.live);
    doc.dirty = false;
  }
  /** Called when an execution ends: Apps Script saves open documents. */
  saveAll(): void {
    for (const d of this.docs.values()) this.save(d);
  }
  /** Live text of a document (body only). */
  bodyText(id: string): string {
    const d = this.docs.get(id);
    if (!d) throw new Error(`test runtime: no document ${id}`);
    return textOf(d.live.body);
  }
  pdfBlob(doc: DocModel): FakeBlob {
    return new FakeBlob(this.env, Buffer.from('%PDF-1.4\n' + renderText(doc.saved), 'utf8'), 'application/pdf', `${doc.name}.pdf`);
  }
  copy(doc: DocModel, name: string, owner: string): DocModel {
    const id = this.env.ids.next('1doc');
    const copy: DocModel = { id, name, live: cloneState(doc.saved), saved: cloneState(doc.saved), gen: 0, owner };
    this.docs.set(id, copy);
    return copy;
  }
}

// ------------------------------------------------------------------------------------ wrappers

interface Handle {
  env: Env;
  doc: DocModel;
  gen: number;
  /** Opened by a user who may only read it: changes are refused. */
  readOnly?: boolean;
}

function live(h: Handle, name: string, write = false): void {
  h.env.k.call(name, { write });
  if (h.doc.gen !== h.gen) throw h.env.k.error('Document is closed, its contents cannot be updated.');
  if (write && h.readOnly) throw h.env.k.error('Access denied: DocumentApp.');
  if (write) h.doc.dirty = true;
}

/**
 * Who may open and change a document: the Drive file behind it (see DriveStore.roleOf). A document with
 * no Drive entry (made by a test helper straight in the store) belongs to its owner alone.
 */
export interface DocAccess {
  role(user: string, doc: DocModel): 'owner' | 'writer' | 'reader' | null;
  share(doc: DocModel, email: string, role: 'writer' | 'reader'): void;
  people(doc: DocModel): { owner: string; editors: string[]; viewers: string[] };
}

function wrap(h: Handle, n: AnyNode): FakeElement {
  switch (n.kind) {
    case 'PARAGRAPH':
      return new FakeParagraph(h, n);
    case 'LIST_ITEM':
      return new FakeListItem(h, n);
    case 'TABLE':
      return new FakeTable(h, n);
    case 'TABLE_ROW':
      return new FakeTableRow(h, n);
    case 'TABLE_CELL':
      return new FakeTableCell(h, n);
    case 'BODY_SECTION':
      return new FakeBody(h, n);
    case 'HEADER_SECTION':
      return new FakeHeaderSection(h, n);
    case 'FOOTER_SECTION':
      return new FakeFooterSection(h, n);
  }
}

abstract class FakeElement {
  constructor(
    protected readonly h: Handle,
    readonly node: AnyNode,
  ) {}
  protected abstract readonly cls: string;
  protected use(method: string, write = false) {
    live(this.h, `${this.cls}.${method}`, write);
  }
  getType() {
    this.use('getType');
    return this.node.kind as unknown as GoogleAppsScript.Document.ElementType;
  }
  getText() {
    this.use('getText');
    return textOf(this.node);
  }
  replaceText(searchPattern: string, replacement: string) {
    this.use('replaceText', true);
    let re: RegExp;
    try {
      if (typeof searchPattern !== 'string') throw new SyntaxError('searchPattern must be a string');
      re = compileRe2(searchPattern, 'g');
    } catch (e) {
      throw this.h.env.k.error(`Invalid argument: searchPattern (${(e as Error).message})`);
    }
    const rep = String(replacement);
    for (const p of paragraphsUnder(this.node)) Object.assign(p, runs.replaceAll(p.text, p.runs, re, rep));
    return this;
  }
  findText(searchPattern: string) {
    this.use('findText');
    const re = compileRe2(searchPattern, '');
    for (const p of paragraphsUnder(this.node)) {
      const m = re.exec(p.text);
      if (m) {
        const h = this.h;
        return {
          getElement: () => new FakeText(h, p),
          getStartOffset: () => m.index,
          getEndOffsetInclusive: () => m.index + m[0].length - 1,
          isPartial: () => true,
        };
      }
    }
    return null;
  }
  getParent() {
    this.use('getParent');
    const n = this.node as { parent?: AnyNode | null };
    return n.parent ? wrap(this.h, n.parent) : null;
  }
  removeFromParent() {
    this.use('removeFromParent', true);
    const n = this.node as Block;
    const parent = n.parent;
    if (!parent) return this;
    if ('children' in parent) {
      const paras = parent.children.filter((c) => c.kind !== 'TABLE');
      if (parent.kind !== 'TABLE_CELL' && n.kind !== 'TABLE' && paras.length === 1 && paras[0] === n) {
        throw this.h.env.k.error("Can't remove the last paragraph in a document section.");
      }
      parent.children.splice(parent.children.indexOf(n), 1);
    }
    n.parent = null;
    return this;
  }
  copy() {
    this.use('copy');
    if (this.node.kind === 'TABLE' || this.node.kind === 'PARAGRAPH' || this.node.kind === 'LIST_ITEM') {
      return wrap(this.h, cloneBlock(this.node));
    }
    throw this.h.env.k.error('This element cannot be copied.');
  }
  getNextSibling() {
    this.use('getNextSibling');
    const n = this.node as Block;
    const sibs = n.parent && 'children' in n.parent ? n.parent.children : [];
    const i = sibs.indexOf(n);
    return i >= 0 && i + 1 < sibs.length ? wrap(this.h, sibs[i + 1]) : null;
  }
  getPreviousSibling() {
    this.use('getPreviousSibling');
    const n = this.node as Block;
    const sibs = n.parent && 'children' in n.parent ? n.parent.children : [];
    const i = sibs.indexOf(n);
    return i > 0 ? wrap(this.h, sibs[i - 1]) : null;
  }
  asParagraph() {
    return this as unknown as FakeParagraph;
  }
  asListItem() {
    return this as unknown as FakeListItem;
  }
  asTable() {
    return this as unknown as FakeTable;
  }
  asBody() {
    return this as unknown as FakeBody;
  }
  asText() {
    return this.editAsText();
  }
  editAsText(): FakeText {
    this.use('editAsText');
    const paras = paragraphsUnder(this.node);
    return new FakeText(this.h, paras[0], this.node);
  }
  // An element's text attributes apply to all of its text (and the end of each paragraph); the others to
  // the paragraph itself. A null value clears an attribute.
  setAttributes(attributes: object) {
    this.use('setAttributes', true);
    const all = attributes as Record<string, unknown>;
    const text = Object.fromEntries(Object.entries(all).filter(([k]) => runs.TEXT_ATTRIBUTES.includes(k)));
    for (const p of paragraphsUnder(this.node)) {
      for (const [k, v] of Object.entries(all)) {
        if (v === null || v === undefined) delete p.attrs[k];
        else p.attrs[k] = v;
      }
      p.runs = runs.restyle(p.runs, 0, p.text.length, text);
    }
    return this;
  }
  // A text attribute whose value differs within the element is null, as Text.isBold() and the like
  // document ("null if the element contains multiple values for this attribute").
  getAttributes() {
    this.use('getAttributes');
    const p = paragraphsUnder(this.node)[0];
    if (!p) return this.h.env.k.out({});
    const out: Record<string, unknown> = runs.paragraphPart(p.attrs);
    for (const k of runs.TEXT_ATTRIBUTES) {
      const v = uniform(p, k);
      if (v !== null) out[k] = v;
      else if (p.runs.some((r) => r.attrs[k] !== undefined)) out[k] = null;
    }
    return this.h.env.k.out(out);
  }
}

/** Paragraph-like: Paragraph and ListItem. */
abstract class FakeParaBase extends FakeElement {
  get p(): ParaNode {
    return this.node as ParaNode;
  }
  // Google does not say what the new text looks like: here, as the paragraph's end does (what typing into
  // a cleared paragraph gives).
  setText(text: string) {
    this.use('setText', true);
    setParaText(this.p, String(text), runs.textPart(this.p.attrs));
    this.p.pageBreak = false;
    return this;
  }
  appendText(text: string | GoogleAppsScript.Document.Text) {
    this.use('appendText', true);
    const end = this.p.text.length;
    if (typeof text === 'string') spliceParaText(this.p, end, end, text);
    else {
      const from = (text as unknown as FakeText).paragraph();
      this.p.text += from?.text ?? '';
      this.p.runs = runs.normalize([...this.p.runs, ...(from?.runs ?? [])]);
    }
    return new FakeText(this.h, this.p);
  }
  setHeading(heading: GoogleAppsScript.Document.ParagraphHeading) {
    this.use('setHeading', true);
    this.p.heading = String(heading);
    return this;
  }
  getHeading() {
    this.use('getHeading');
    return this.p.heading as unknown as GoogleAppsScript.Document.ParagraphHeading;
  }
  setAlignment(alignment: GoogleAppsScript.Document.HorizontalAlignment) {
    this.use('setAlignment', true);
    this.p.alignment = String(alignment);
    return this;
  }
  getAlignment() {
    this.use('getAlignment');
    return (this.p.alignment ?? 'LEFT') as unknown as GoogleAppsScript.Document.HorizontalAlignment;
  }
  appendPageBreak() {
    this.use('appendPageBreak', true);
    this.p.pageBreak = true;
    return new FakePageBreak(this.h, this.p);
  }
  appendHorizontalRule() {
    this.use('appendHorizontalRule', true);
    this.p.hr = true;
    return new FakeHorizontalRule(this.h, this.p);
  }
  getNumChildren() {
    this.use('getNumChildren');
    return (this.p.text ? 1 : 0) + (this.p.pageBreak ? 1 : 0) + (this.p.hr ? 1 : 0);
  }
  getChild(childIndex: number) {
    this.use('getChild');
    const kids: FakeElement[] = [];
    if (this.p.text) kids.push(new FakeText(this.h, this.p) as unknown as FakeElement);
    if (this.p.pageBreak) kids.push(new FakePageBreak(this.h, this.p) as unknown as FakeElement);
    if (this.p.hr) kids.push(new FakeHorizontalRule(this.h, this.p) as unknown as FakeElement);
    const k = kids[childIndex];
    if (!k) throw this.h.env.k.error('Child index (' + childIndex + ') must be less than the number of child elements (' + kids.length + ').');
    return k;
  }
  private styled(name: string) {
    this.use(name, true);
    return this;
  }
  setSpacingBefore(_spacingBefore: number) {
    return this.styled('setSpacingBefore');
  }
  setSpacingAfter(_spacingAfter: number) {
    return this.styled('setSpacingAfter');
  }
  setLineSpacing(_multiplier: number) {
    return this.styled('setLineSpacing');
  }
  setIndentStart(_indentStart: number) {
    return this.styled('setIndentStart');
  }
  setIndentFirstLine(_indentFirstLine: number) {
    return this.styled('setIndentFirstLine');
  }
  isAtDocumentEnd() {
    this.use('isAtDocumentEnd');
    const parent = this.p.parent;
    return !!parent && parent.kind === 'BODY_SECTION' && parent.children[parent.children.length - 1] === this.p;
  }
  /** Test helper: does this paragraph hold a page break? */
  hasPageBreak(): boolean {
    return this.p.pageBreak;
  }
}

export class FakeParagraph extends FakeParaBase implements GasShape<GoogleAppsScript.Document.Paragraph> {
  protected readonly cls = 'Paragraph';
}

export class FakeListItem extends FakeParaBase implements GasShape<GoogleAppsScript.Document.ListItem> {
  protected readonly cls = 'ListItem';
  setGlyphType(glyphType: GoogleAppsScript.Document.GlyphType) {
    this.use('setGlyphType', true);
    this.p.glyph = String(glyphType);
    return this;
  }
  getGlyphType() {
    this.use('getGlyphType');
    return this.p.glyph as unknown as GoogleAppsScript.Document.GlyphType;
  }
  setNestingLevel(nestingLevel: number) {
    this.use('setNestingLevel', true);
    this.p.nesting = nestingLevel;
    return this;
  }
  getNestingLevel() {
    this.use('getNestingLevel');
    return this.p.nesting;
  }
}

export class FakePageBreak implements GasShape<GoogleAppsScript.Document.PageBreak> {
  constructor(
    private readonly h: Handle,
    private readonly p: ParaNode,
  ) {}
  getType() {
    live(this.h, 'PageBreak.getType');
    return 'PAGE_BREAK' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getParent() {
    live(this.h, 'PageBreak.getParent');
    return wrap(this.h, this.p);
  }
  removeFromParent() {
    live(this.h, 'PageBreak.removeFromParent', true);
    this.p.pageBreak = false;
    return this;
  }
}

export class FakeHorizontalRule implements GasShape<GoogleAppsScript.Document.HorizontalRule> {
  constructor(
    private readonly h: Handle,
    private readonly p: ParaNode,
  ) {}
  getType() {
    live(this.h, 'HorizontalRule.getType');
    return 'HORIZONTAL_RULE' as unknown as GoogleAppsScript.Document.ElementType;
  }
  getParent() {
    live(this.h, 'HorizontalRule.getParent');
    return wrap(this.h, this.p);
  }
}

/** Where each paragraph's text starts in the text of `n` (getText's: paragraphs and rows by "\n", cells by "\t"). */
function layout(n: AnyNode, at: number, out: { p: ParaNode; start: number }[]): number {
  const joined = (parts: readonly AnyNode[]) => {
    let len = 0;
    parts.forEach((c, i) => {
      if (i > 0) len++;
      len += layout(c, at + len, out);
    });
    return len;
  };
  switch (n.kind) {
    case 'PARAGRAPH':
    case 'LIST_ITEM':
      out.push({ p: n, start: at });
      return n.text.length;
    case 'TABLE':
      return joined(n.rows);
    case 'TABLE_ROW':
      return joined(n.cells);
    default:
      return joined(n.children);
  }
}

/** Text getters: the API's name and the attribute it reads. */
const TEXT_GETTERS = {
  isBold: 'BOLD', isItalic: 'ITALIC', isUnderline: 'UNDERLINE', isStrikethrough: 'STRIKETHROUGH', getFontSize: 'FONT_SIZE',
  getFontFamily: 'FONT_FAMILY', getForegroundColor: 'FOREGROUND_COLOR', getBackgroundColor: 'BACKGROUND_COLOR', getLinkUrl: 'LINK_URL',
} as const;

/**
 * A Text element: a paragraph's text, or (editAsText on a container) the text of every paragraph in it,
 * offsets counted as getText() shows it. Offsets are UTF-16 code units; a range is (start, endInclusive).
 * An offset outside the text throws (Google's reference gives no message for it; stricter than leaning on
 * whatever Google does with it).
 */
export class FakeText implements GasShape<GoogleAppsScript.Document.Text> {
  constructor(
    private readonly h: Handle,
    private readonly p: ParaNode | undefined,
    private readonly scope?: AnyNode,
  ) {}
  private use(m: string, write = false) {
    live(this.h, `Text.${m}`, write);
  }
  /** The paragraph this text belongs to (for Paragraph.appendText(Text)). */
  paragraph(): ParaNode | undefined {
    return this.p;
  }
  private pieces(): { p: ParaNode; start: number }[] {
    if (!this.scope) return this.p ? [{ p: this.p, start: 0 }] : [];
    const out: { p: ParaNode; start: number }[] = [];
    layout(this.scope, 0, out);
    return out;
  }
  private length(): number {
    const pieces = this.pieces();
    const last = pieces[pieces.length - 1];
    return this.scope ? textOf(this.scope).length : last ? last.start + last.p.text.length : 0;
  }
  private checkRange(start: number, endInclusive: number): void {
    const len = this.length();
    if (!Number.isInteger(start) || !Number.isInteger(endInclusive) || start < 0 || endInclusive < start || endInclusive >= len) {
      throw this.h.env.k.error(`Invalid argument: offsets (${start}, ${endInclusive}) for a text of ${len} characters`);
    }
  }
  private checkOffset(offset: number): void {
    const len = this.length();
    if (!Number.isInteger(offset) || offset < 0 || offset >= len) throw this.h.env.k.error(`Invalid argument: offset (${offset}) for a text of ${len} characters`);
  }
  /** `patch` over [start, endInclusive]; a paragraph whose end ("\n" in getText) is in the range takes it at its end too. */
  private restyle(start: number, endInclusive: number, patch: Record<string, unknown>): void {
    for (const { p, start: at } of this.pieces()) {
      const from = Math.max(0, start - at);
      const to = Math.min(p.text.length, endInclusive + 1 - at);
      if (to > from) p.runs = runs.restyle(p.runs, from, to, patch);
      const end = at + p.text.length;
      if (this.scope && end >= start && end <= endInclusive && end < this.length()) {
        for (const [k, v] of Object.entries(patch)) {
          if (v === null || v === undefined) delete p.attrs[k];
          else p.attrs[k] = v;
        }
      }
    }
  }
  /** The paragraph and offset in it of a text offset. */
  private locate(offset: number): { p: ParaNode; at: number } | undefined {
    for (const { p, start } of this.pieces()) if (offset >= start && offset < start + p.text.length) return { p, at: offset - start };
    return undefined;
  }
  private attrsAt(offset: number): Record<string, unknown> {
    const hit = this.locate(offset);
    return { ...(hit ? runs.attrsAt(hit.p.runs, hit.at) : undefined) };
  }
  getType() {
    this.use('getType');
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }
  asText() {
    return this;
  }
  editAsText() {
    this.use('editAsText');
    return this;
  }
  getText() {
    this.use('getText');
    return this.scope ? textOf(this.scope) : (this.p?.text ?? '');
  }
  setText(text: string) {
    this.use('setText', true);
    // The new text looks as the old one began (Google does not say; the paragraph's end for an empty one).
    if (this.p) setParaText(this.p, String(text), runs.attrsAt(this.p.runs, 0) ?? runs.textPart(this.p.attrs));
    return this;
  }
  appendText(text: string) {
    this.use('appendText', true);
    if (this.p) spliceParaText(this.p, this.p.text.length, this.p.text.length, String(text));
    return this;
  }
  insertText(offset: number, text: string) {
    this.use('insertText', true);
    const hit = this.pieces().find(({ p, start }) => offset >= start && offset <= start + p.text.length);
    if (!hit) throw this.h.env.k.error(`Invalid argument: offset (${offset}) for a text of ${this.length()} characters`);
    spliceParaText(hit.p, offset - hit.start, offset - hit.start, String(text));
    return this;
  }
  deleteText(startOffset: number, endOffsetInclusive: number) {
    this.use('deleteText', true);
    this.checkRange(startOffset, endOffsetInclusive);
    const hit = this.locate(startOffset);
    if (!hit || hit.at + (endOffsetInclusive - startOffset) >= hit.p.text.length) throw new Error('test runtime: Text.deleteText across paragraphs is not modelled');
    spliceParaText(hit.p, hit.at, hit.at + endOffsetInclusive - startOffset + 1, '');
    return this;
  }
  replaceText(searchPattern: string, replacement: string) {
    this.use('replaceText', true);
    let re: RegExp;
    try {
      re = compileRe2(String(searchPattern), 'g');
    } catch (e) {
      throw this.h.env.k.error(`Invalid argument: searchPattern (${(e as Error).message})`);
    }
    for (const { p } of this.pieces()) Object.assign(p, runs.replaceAll(p.text, p.runs, re, String(replacement)));
    return this;
  }
  /** setX(value) on the whole text, or setX(start, endInclusive, value) on a range. */
  private attr(name: string, key: string, args: unknown[]) {
    this.use(name, true);
    const v = args.length >= 3 ? args[2] : args[0];
    this.styled(args, { [key]: v });
    return this;
  }
  private styled(args: unknown[], patch: Record<string, unknown>) {
    if (args.length >= 3) {
      this.checkRange(args[0] as number, args[1] as number);
      this.restyle(args[0] as number, args[1] as number, patch);
    } else if (this.length() > 0) this.restyle(0, this.length() - 1, patch);
  }
  setBold(...args: unknown[]) {
    return this.attr('setBold', 'BOLD', args);
  }
  setItalic(...args: unknown[]) {
    return this.attr('setItalic', 'ITALIC', args);
  }
  setUnderline(...args: unknown[]) {
    return this.attr('setUnderline', 'UNDERLINE', args);
  }
  setStrikethrough(...args: unknown[]) {
    return this.attr('setStrikethrough', 'STRIKETHROUGH', args);
  }
  setFontSize(...args: unknown[]) {
    return this.attr('setFontSize', 'FONT_SIZE', args);
  }
  setFontFamily(...args: unknown[]) {
    return this.attr('setFontFamily', 'FONT_FAMILY', args);
  }
  setForegroundColor(...args: unknown[]) {
    return this.attr('setForegroundColor', 'FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: unknown[]) {
    return this.attr('setBackgroundColor', 'BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: unknown[]) {
    return this.attr('setLinkUrl', 'LINK_URL', args);
  }
  /** setAttributes(attributes) or setAttributes(start, endInclusive, attributes): the text attributes among them. */
  setAttributes(...args: unknown[]) {
    this.use('setAttributes', true);
    const all = (args.length >= 3 ? args[2] : args[0]) as Record<string, unknown>;
    this.styled(args, Object.fromEntries(Object.entries(all ?? {}).filter(([k]) => runs.TEXT_ATTRIBUTES.includes(k))));
    return this;
  }
  /** The attributes at `offset`, or those of the whole text (null where they differ). */
  getAttributes(...args: unknown[]) {
    this.use('getAttributes');
    if (args.length > 0) {
      this.checkOffset(args[0] as number);
      return this.h.env.k.out(this.attrsAt(args[0] as number));
    }
    const all = this.pieces().flatMap(({ p }) => p.runs);
    const out: Record<string, unknown> = {};
    for (const k of runs.TEXT_ATTRIBUTES) {
      const values = new Set(all.map((r) => r.attrs[k] ?? null));
      if (values.size > 1) out[k] = null;
      else if (values.size === 1 && [...values][0] !== null) out[k] = [...values][0];
    }
    return this.h.env.k.out(out);
  }
  /** isBold() and the like: at `offset`, or over the whole text (null when it differs, as Google documents). */
  private read(name: keyof typeof TEXT_GETTERS, args: unknown[]): unknown {
    this.use(name);
    const key = TEXT_GETTERS[name];
    const flag = name.startsWith('is');
    if (args.length > 0) {
      this.checkOffset(args[0] as number);
      return this.attrsAt(args[0] as number)[key] ?? (flag ? false : null);
    }
    const values = new Set(this.pieces().flatMap(({ p }) => p.runs).map((r) => r.attrs[key] ?? (flag ? false : null)));
    return values.size === 1 ? [...values][0] : values.size === 0 ? (flag ? false : null) : null;
  }
  isBold(...args: unknown[]) {
    return this.read('isBold', args) as boolean;
  }
  isItalic(...args: unknown[]) {
    return this.read('isItalic', args) as boolean;
  }
  isUnderline(...args: unknown[]) {
    return this.read('isUnderline', args) as boolean;
  }
  isStrikethrough(...args: unknown[]) {
    return this.read('isStrikethrough', args) as boolean;
  }
  getFontSize(...args: unknown[]) {
    return this.read('getFontSize', args) as number;
  }
  getFontFamily(...args: unknown[]) {
    return this.read('getFontFamily', args) as string;
  }
  getForegroundColor(...args: unknown[]) {
    return this.read('getForegroundColor', args) as string;
  }
  getBackgroundColor(...args: unknown[]) {
    return this.read('getBackgroundColor', args) as string;
  }
  getLinkUrl(...args: unknown[]) {
    return this.read('getLinkUrl', args) as string;
  }
  /** Where each run of one formatting begins ("the start of distinct text formatting runs"). */
  getTextAttributeIndices() {
    this.use('getTextAttributeIndices');
    const out: number[] = [];
    let prev: TextAttrs | undefined;
    for (const { p, start } of this.pieces()) {
      let at = start;
      for (const r of runs.normalize(p.runs)) {
        if (!prev || !runs.sameAttrs(prev, r.attrs)) out.push(at);
        prev = r.attrs;
        at += r.len;
      }
    }
    return this.h.env.k.out(out.length ? out : [0]);
  }
}

export class FakeTable extends FakeElement implements GasShape<GoogleAppsScript.Document.Table> {
  protected readonly cls = 'Table';
  get t(): TableNode {
    return this.node as TableNode;
  }
  getNumRows() {
    this.use('getNumRows');
    return this.t.rows.length;
  }
  getRow(rowIndex: number) {
    this.use('getRow');
    const r = this.t.rows[rowIndex];
    if (!r) throw this.h.env.k.error(`Child index (${rowIndex}) must be less than the number of child elements (${this.t.rows.length}).`);
    return new FakeTableRow(this.h, r);
  }
  getCell(rowIndex: number, cellIndex: number) {
    this.use('getCell');
    const c = this.t.rows[rowIndex]?.cells[cellIndex];
    if (!c) throw this.h.env.k.error('Child index out of range.');
    return new FakeTableCell(this.h, c);
  }
  appendTableRow() {
    this.use('appendTableRow', true);
    const row: RowNode = { kind: 'TABLE_ROW', cells: [], parent: this.t };
    this.t.rows.push(row);
    return new FakeTableRow(this.h, row);
  }
  getNumChildren() {
    return this.getNumRows();
  }
  getChild(childIndex: number) {
    return this.getRow(childIndex);
  }
  setBorderWidth(_width: number) {
    this.use('setBorderWidth', true);
    return this;
  }
  setColumnWidth(_columnIndex: number, _width: number) {
    this.use('setColumnWidth', true);
    return this;
  }
}

export class FakeTableRow extends FakeElement implements GasShape<GoogleAppsScript.Document.TableRow> {
  protected readonly cls = 'TableRow';
  get r(): RowNode {
    return this.node as RowNode;
  }
  getNumCells() {
    this.use('getNumCells');
    return this.r.cells.length;
  }
  getCell(cellIndex: number) {
    this.use('getCell');
    const c = this.r.cells[cellIndex];
    if (!c) throw this.h.env.k.error('Child index out of range.');
    return new FakeTableCell(this.h, c);
  }
  appendTableCell(textContentsOrCell?: string | GoogleAppsScript.Document.TableCell | null) {
    this.use('appendTableCell', true);
    const c = cellNode(typeof textContentsOrCell === 'string' ? textContentsOrCell : textContentsOrCell ? (textContentsOrCell as unknown as FakeTableCell).getText() : '');
    c.parent = this.r;
    this.r.cells.push(c);
    return new FakeTableCell(this.h, c);
  }
}

/** Containers: Body, HeaderSection, FooterSection, TableCell. */
abstract class FakeContainer extends FakeElement {
  get c(): Container {
    return this.node as Container;
  }
  getNumChildren() {
    this.use('getNumChildren');
    return this.c.children.length;
  }
  getChild(childIndex: number) {
    this.use('getChild');
    const n = this.c.children[childIndex];
    if (!n) throw this.h.env.k.error(`Child index (${childIndex}) must be less than the number of child elements (${this.c.children.length}).`);
    return wrap(this.h, n);
  }
  getChildIndex(child: GoogleAppsScript.Document.Element) {
    this.use('getChildIndex');
    const i = this.c.children.indexOf((child as unknown as FakeElement).node as Block);
    if (i < 0) throw this.h.env.k.error('Element does not contain the specified child element.');
    return i;
  }
  setText(text: string) {
    this.use('setText', true);
    this.c.children = [];
    for (const line of String(text).split('\n')) adopt(this.c, para(line));
    return this;
  }
  clear() {
    this.use('clear', true);
    this.c.children = [];
    adopt(this.c, para(''));
    return this;
  }
  private detached(el: unknown, kind: string): Block {
    const n = (el as FakeElement).node as Block;
    if (!n || (n.kind !== 'TABLE' && n.kind !== 'PARAGRAPH' && n.kind !== 'LIST_ITEM')) throw this.h.env.k.error(`Invalid argument: ${kind}`);
    if (n.parent) throw this.h.env.k.error('Element must be detached.');
    return n;
  }
  private insertAt(index: number | undefined, b: Block) {
    if (index !== undefined && (index < 0 || index > this.c.children.length)) {
      throw this.h.env.k.error(`Index (${index}) must be less than or equal to the number of child elements (${this.c.children.length}).`);
    }
    adopt(this.c, b, index);
    return wrap(this.h, b);
  }
  appendParagraph(textOrParagraph: string | GoogleAppsScript.Document.Paragraph) {
    this.use('appendParagraph', true);
    const b = typeof textOrParagraph === 'string' ? para(textOrParagraph) : this.detached(textOrParagraph, 'paragraph');
    return this.insertAt(undefined, b) as FakeParagraph;
  }
  insertParagraph(childIndex: number, textOrParagraph: string | GoogleAppsScript.Document.Paragraph) {
    this.use('insertParagraph', true);
    const b = typeof textOrParagraph === 'string' ? para(textOrParagraph) : this.detached(textOrParagraph, 'paragraph');
    return this.insertAt(childIndex, b) as FakeParagraph;
  }
  appendListItem(textOrListItem: string | GoogleAppsScript.Document.ListItem) {
    this.use('appendListItem', true);
    const b = typeof textOrListItem === 'string' ? para(textOrListItem, 'LIST_ITEM') : this.detached(textOrListItem, 'listItem');
    return this.insertAt(undefined, b) as FakeListItem;
  }
  insertListItem(childIndex: number, textOrListItem: string | GoogleAppsScript.Document.ListItem) {
    this.use('insertListItem', true);
    const b = typeof textOrListItem === 'string' ? para(textOrListItem, 'LIST_ITEM') : this.detached(textOrListItem, 'listItem');
    return this.insertAt(childIndex, b) as FakeListItem;
  }
  appendTable(cellsOrTable?: string[][] | GoogleAppsScript.Document.Table | null) {
    this.use('appendTable', true);
    let t: TableNode;
    if (cellsOrTable === undefined || cellsOrTable === null || Array.isArray(cellsOrTable)) {
      t = { kind: 'TABLE', rows: [], parent: null };
      for (const r of (cellsOrTable as string[][] | undefined) ?? []) {
        if (!Array.isArray(r)) throw this.h.env.k.error('Invalid argument: cells');
        const row: RowNode = { kind: 'TABLE_ROW', cells: [], parent: t };
        for (const text of r) {
          const c = cellNode(String(text));
          c.parent = row;
          row.cells.push(c);
        }
        t.rows.push(row);
      }
      const widths = new Set(t.rows.map((r) => r.cells.length));
      if (widths.size > 1) throw this.h.env.k.error('Table rows must all have the same number of cells.');
    } else t = this.detached(cellsOrTable, 'table') as TableNode;
    const out = this.insertAt(undefined, t) as FakeTable;
    // Docs always keeps a paragraph after a table at the end of a section.
    if (this.c.kind !== 'TABLE_CELL') adopt(this.c, para(''));
    return out;
  }
  appendPageBreak(pageBreak?: GoogleAppsScript.Document.PageBreak) {
    this.use('appendPageBreak', true);
    void pageBreak;
    const p = para('');
    p.pageBreak = true;
    adopt(this.c, p);
    return new FakePageBreak(this.h, p);
  }
  appendHorizontalRule() {
    this.use('appendHorizontalRule', true);
    const p = para('');
    p.hr = true;
    adopt(this.c, p);
    return new FakeHorizontalRule(this.h, p);
  }
  removeChild(child: GoogleAppsScript.Document.Element) {
    this.use('removeChild', true);
    (child as unknown as FakeElement).removeFromParent();
    return this;
  }
  getParagraphs() {
    this.use('getParagraphs');
    return this.h.env.k.out(paragraphsUnder(this.c).map((p) => wrap(this.h, p)));
  }
  getTables() {
    this.use('getTables');
    return this.h.env.k.out(this.c.children.filter((b): b is TableNode => b.kind === 'TABLE').map((t) => new FakeTable(this.h, t)));
  }
  getListItems() {
    this.use('getListItems');
    return this.h.env.k.out(paragraphsUnder(this.c).filter((p) => p.kind === 'LIST_ITEM').map((p) => new FakeListItem(this.h, p)));
  }
}

export class FakeBody extends FakeContainer implements GasShape<GoogleAppsScript.Document.Body> {
  protected readonly cls = 'Body';
  margins: Record<string, number> = {};
  private margin(name: string, v: number) {
    this.use(name, true);
    this.margins[name] = v;
    return this;
  }
  setMarginTop(marginTop: number) {
    return this.margin('setMarginTop', marginTop);
  }
  setMarginBottom(marginBottom: number) {
    return this.margin('setMarginBottom', marginBottom);
  }
  setMarginLeft(marginLeft: number) {
    return this.margin('setMarginLeft', marginLeft);
  }
  setMarginRight(marginRight: number) {
    return this.margin('setMarginRight', marginRight);
  }
}
export class FakeHeaderSection extends FakeContainer implements GasShape<GoogleAppsScript.Document.HeaderSection> {
  protected readonly cls = 'HeaderSection';
}
export class FakeFooterSection extends FakeContainer implements GasShape<GoogleAppsScript.Document.FooterSection> {
  protected readonly cls = 'FooterSection';
}
export class FakeTableCell extends FakeContainer implements GasShape<GoogleAppsScript.Document.TableCell> {
  protected readonly cls = 'TableCell';
  setBackgroundColor(_color: string) {
    this.use('setBackgroundColor', true);
    return this;
  }
}

export class FakeDocument implements GasShape<GoogleAppsScript.Document.Document> {
  private readonly h: Handle;
  constructor(
    env: Env,
    private readonly store: DocumentStore,
    readonly doc: DocModel,
    private readonly access?: DocAccess,
    readOnly = false,
  ) {
    this.h = { env, doc, gen: doc.gen, readOnly };
  }
  // Sharing (Document.addEditor … getViewers): only an owner or editor may share, as in Docs' default
  // setting "Editors can change permissions and share". The owner is neither an editor nor a viewer here;
  // Google's getEditors() documents no such split, so getEditors lists the owner too (the safer reading
  // for a caller that shares with "everyone who is not an editor yet").
  private shareAs(m: string, emails: readonly (string | GoogleAppsScript.Base.User)[], role: 'writer' | 'reader') {
    this.use(m, true);
    if (!this.access) return this;
    const mine = this.access.role(this.h.env.k.activeUser, this.doc);
    if (mine !== 'owner' && mine !== 'writer') throw this.h.env.k.error('Access denied: DocumentApp.');
    for (const e of emails) {
      const email = typeof e === 'string' ? e : e.getEmail();
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw this.h.env.k.error(`Invalid argument: ${email}`);
      this.access.share(this.doc, email, role);
    }
    return this;
  }
  addEditor(emailAddress: string | GoogleAppsScript.Base.User) {
    return this.shareAs('addEditor', [emailAddress], 'writer');
  }
  addEditors(emailAddresses: string[]) {
    return this.shareAs('addEditors', emailAddresses, 'writer');
  }
  addViewer(emailAddress: string | GoogleAppsScript.Base.User) {
    return this.shareAs('addViewer', [emailAddress], 'reader');
  }
  addViewers(emailAddresses: string[]) {
    return this.shareAs('addViewers', emailAddresses, 'reader');
  }
  getEditors() {
    this.use('getEditors');
    const p = this.access?.people(this.doc) ?? { owner: this.doc.owner, editors: [], viewers: [] };
    return this.h.env.k.out([p.owner, ...p.editors].map((e) => new FakeUser(e)));
  }
  getViewers() {
    this.use('getViewers');
    const p = this.access?.people(this.doc) ?? { owner: this.doc.owner, editors: [], viewers: [] };
    return this.h.env.k.out(p.viewers.map((e) => new FakeUser(e)));
  }

  private use(m: string, write = false) {
    live(this.h, `Document.${m}`, write);
  }
  getId() {
    this.use('getId');
    return this.doc.id;
  }
  getName() {
    this.use('getName');
    return this.doc.name;
  }
  setName(name: string) {
    this.use('setName', true);
    this.doc.name = String(name);
    return this;
  }
  getUrl() {
    this.use('getUrl');
    return `https://docs.google.com/document/d/${this.doc.id}/edit`;
  }
  getBody() {
    this.use('getBody');
    return new FakeBody(this.h, this.doc.live.body);
  }
  getHeader() {
    this.use('getHeader');
    return this.doc.live.header ? new FakeHeaderSection(this.h, this.doc.live.header) : null;
  }
  // A new header or footer section is not empty: like a new document's body it holds one empty paragraph,
  // so text appended to it starts on the second line. Docs keeps at least one paragraph in every section
  // ("Paragraph.removeFromParent … cannot remove the last paragraph of a section",
  // https://developers.google.com/apps-script/reference/document/paragraph#removeFromParent()); the
  // reference of Document.addHeader()/addFooter()
  // (https://developers.google.com/apps-script/reference/document/document#addHeader()) does not say what
  // the new section holds, and on Google it is one empty paragraph (issue 12). Modelled by section().
  addHeader() {
    this.use('addHeader', true);
    if (this.doc.live.header) throw this.h.env.k.error('Document tab already contains a header.');
    this.doc.live.header = section('HEADER_SECTION');
    return new FakeHeaderSection(this.h, this.doc.live.header);
  }
  getFooter() {
    this.use('getFooter');
    return this.doc.live.footer ? new FakeFooterSection(this.h, this.doc.live.footer) : null;
  }
  addFooter() {
    this.use('addFooter', true);
    if (this.doc.live.footer) throw this.h.env.k.error('Document tab already contains a footer.');
    this.doc.live.footer = section('FOOTER_SECTION');
    return new FakeFooterSection(this.h, this.doc.live.footer);
  }
  saveAndClose() {
    this.use('saveAndClose', true);
    this.store.save(this.doc);
    this.doc.gen++;
  }
  getAs(contentType: string) {
    this.use('getAs');
    if (contentType !== 'application/pdf') throw this.h.env.k.error(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    return this.store.pdfBlob(this.doc);
  }
  getBlob() {
    this.use('getBlob');
    return this.store.pdfBlob(this.doc);
  }
}

export interface DocsQuota {
  tryCreate(): boolean;
}

export class FakeDocumentApp implements GasShape<GoogleAppsScript.Document.DocumentApp> {
  readonly ElementType = ElementType as unknown as typeof GoogleAppsScript.Document.ElementType;
  readonly ParagraphHeading = ParagraphHeading as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;
  readonly GlyphType = GlyphType as unknown as typeof GoogleAppsScript.Document.GlyphType;
  readonly Attribute = Attribute as unknown as typeof GoogleAppsScript.Document.Attribute;
  constructor(
    private readonly env: Env,
    private readonly store: DocumentStore,
    private readonly quota: DocsQuota,
    private readonly onCreate: (doc: DocModel) => void,
    private readonly access?: DocAccess,
  ) {}
  /** The document if the acting user may read it (Google's message does not tell "gone" from "not yours"). */
  private open(doc: DocModel | undefined): FakeDocument {
    const role = doc && (this.access ? this.access.role(this.env.k.activeUser, doc) : 'owner');
    if (!doc || !role) throw this.env.k.error("Document is missing (perhaps it was deleted, or you don't have read access?)");
    return new FakeDocument(this.env, this.store, doc, this.access, role === 'reader');
  }
  create(name: string) {
    this.env.k.call('DocumentApp.create', { write: true, args: [name] });
    if (!this.quota.tryCreate()) throw this.env.k.error('Service invoked too many times for one day: document create.');
    const doc = this.store.create(String(name), [], this.env.k.activeUser);
    this.onCreate(doc);
    return new FakeDocument(this.env, this.store, doc, this.access);
  }
  openById(id: string) {
    this.env.k.call('DocumentApp.openById', { args: [id] });
    return this.open(this.store.get(id));
  }
  openByUrl(url: string) {
    this.env.k.call('DocumentApp.openByUrl', { args: [url] });
    const m = /\/d\/([^/]+)/.exec(url);
    return this.open(m ? this.store.get(m[1]) : undefined);
  }
  getActiveDocument() {
    this.env.k.call('DocumentApp.getActiveDocument');
    return null;
  }
  getUi() {
    throw this.env.k.error('Cannot call DocumentApp.getUi() from this context.');
  }
}
