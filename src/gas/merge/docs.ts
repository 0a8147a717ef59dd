import { normalizeFieldName, paragraphFate, re2Escape, tameValue } from '../../core/letters/placeholders';
import { REF_LOOK } from '../../core/docs-api/letter';
import type { BlockStyle, LetterTemplate } from '../../core/letters/templates';
import { shareDocWithTeam } from '../team/share';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Element = GoogleAppsScript.Document.Element;
type Paragraph = GoogleAppsScript.Document.Paragraph;

/**
 * Google Docs for letters: making the template Docs, reading a template once per batch, and copying a
 * filled letter into a document. Placeholders are filled element by element with `replaceText` and an
 * RE2-escaped pattern of the placeholder exactly as written, so `{{ navn }}` and `{{Navn}}` both work.
 */

const RAW_PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

/** One element of a template: the element and the placeholders in it, as written. */
interface TemplatePart {
  element: Element;
  type: string;
  text: string;
  raw: string[];
}

/** What planning and the preview read of a template, by either service. */
export interface TemplateText {
  key: string;
  id: string;
  body: { type: string; text: string }[];
  /** Every placeholder name (trimmed), for the merge plan. */
  placeholders: string[];
  /** Placeholders in the header or footer (combined documents share one header). */
  headerFooterPlaceholders: string[];
}

/** A template read with DocumentApp, its elements ready to copy. */
export interface TemplateDoc extends TemplateText {
  body: TemplatePart[];
  header: TemplatePart[];
  footer: TemplatePart[];
}

function rawPlaceholders(text: string): string[] {
  return [...new Set(text.match(RAW_PLACEHOLDER) ?? [])];
}

function parts(container: Container | null): TemplatePart[] {
  if (!container) return [];
  const out: TemplatePart[] = [];
  const n = container.getNumChildren();
  for (let i = 0; i < n; i++) {
    const element = container.getChild(i);
    const type = String(element.getType());
    const text = 'getText' in element ? String((element as unknown as { getText(): string }).getText()) : '';
    out.push({ element, type, text, raw: rawPlaceholders(text) });
  }
  return out;
}

const names = (list: TemplatePart[]) => list.flatMap((p) => p.raw.map((r) => r.slice(2, -2).trim()));

export function readTemplate(key: string, id: string): TemplateDoc {
  const doc = DocumentApp.openById(id);
  const body = parts(doc.getBody());
  const header = parts(doc.getHeader());
  const footer = parts(doc.getFooter());
  const unique = (xs: string[]) => xs.filter((x, i) => xs.findIndex((y) => normalizeFieldName(y) === normalizeFieldName(x)) === i);
  return {
    key, id, body, header, footer,
    placeholders: unique(names([...body, ...header, ...footer])),
    headerFooterPlaceholders: unique(names([...header, ...footer])),
  };
}

/** Appends a copy of `part` to `target`, then fills its placeholders. Unknown element kinds are skipped. */
function appendPart(target: Container, part: Pick<TemplatePart, 'type' | 'element' | 'raw'>, fields: ReadonlyMap<string, string>): void {
  const appended = appendCopy(target, part.type, part.element);
  if (appended) fillPlaceholders(appended, part.raw, fields);
}

type Block = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.Table | GoogleAppsScript.Document.ListItem;

function appendCopy(target: Container, type: string, element: Element): Block | undefined {
  const copy = element.copy();
  switch (type) {
    case 'PARAGRAPH':
      return target.appendParagraph(copy.asParagraph());
    case 'TABLE':
      return target.appendTable(copy.asTable());
    case 'LIST_ITEM':
      return target.appendListItem(copy.asListItem());
    default:
      return undefined;
  }
}

function fillPlaceholders(el: Block, raw: readonly string[], fields: ReadonlyMap<string, string>): void {
  for (const r of raw) {
    const value = fields.get(normalizeFieldName(r.slice(2, -2)));
    if (value !== undefined) replaceLiteral(el, re2Escape(r), value);
  }
}

/**
 * A template made ready for one execution's letters: each body element copied once (detached) with the
 * placeholders every letter of the run shares (the team's settings, the date) already filled, so a
 * letter costs a copy and an append per element plus one replace per placeholder of its own.
 */
export interface PreparedTemplate {
  template: TemplateDoc;
  body: { type: string; element: Element; raw: string[]; text: string }[];
}

const APPENDABLE = new Set(['PARAGRAPH', 'TABLE', 'LIST_ITEM']);

export function prepareTemplate(template: TemplateDoc, shared: ReadonlyMap<string, string>): PreparedTemplate {
  const body = template.body.filter((p) => APPENDABLE.has(p.type)).map((part) => {
    const own = part.raw.filter((r) => !shared.has(normalizeFieldName(r.slice(2, -2))));
    if (own.length === part.raw.length) return { type: part.type, element: part.element, raw: part.raw, text: part.text };
    const element = part.element.copy();
    fillPlaceholders(element as unknown as Block, part.raw.filter((r) => !own.includes(r)), shared);
    return { type: part.type, element, raw: own, text: (element as unknown as { getText(): string }).getText() };
  });
  return { template, body };
}

/**
 * Appends one filled letter to a document body: a page break when it follows another letter, its
 * template elements, then the reference line, written last: a letter is complete when its line exists.
 * `dropFirst` removes the new document's own empty first paragraph (it would push the window-envelope
 * address down a line). Returns the reference line, for the next letter's page break (`after`).
 */
export function appendLetter(
  body: Body,
  prepared: PreparedTemplate,
  fields: ReadonlyMap<string, string>,
  ref: string,
  opts: { pageBreak: boolean; dropFirst: boolean; after?: Paragraph },
): Paragraph {
  // The previous letter's reference line, when this execution wrote it, takes the break without a search.
  if (opts.pageBreak && opts.after) opts.after.appendPageBreak();
  else if (opts.pageBreak) breakAfterLast(body);
  let first = true;
  const append = (part: Pick<TemplatePart, 'type' | 'element' | 'raw'>, values: ReadonlyMap<string, string>) => {
    appendPart(body, part, values);
    if (first && opts.dropFirst) body.getChild(0).removeFromParent();
    first = false;
  };
  for (const part of prepared.body) {
    // A paragraph of empty optional fields is left out; one field of several paragraphs becomes several.
    const fate = part.type === 'TABLE' ? { kind: 'keep' as const } : paragraphFate(part.text, (key) => fields.get(key));
    if (fate.kind === 'drop') continue;
    if (fate.kind === 'split') {
      const key = normalizeFieldName(fate.placeholder.slice(2, -2));
      for (const chunk of fate.parts) append({ ...part, raw: [fate.placeholder] }, new Map([[key, chunk]]));
    } else {
      append(part, fields);
    }
  }
  // Its style follows the text: a stop between the two leaves a complete letter with a plain line.
  return body.appendParagraph(ref).setAttributes(REF_STYLE);
}

/**
 * The page break between two letters goes at the end of the previous letter's last paragraph (its
 * reference line). `Body.appendPageBreak()` puts it in a paragraph of its own, which leaves an empty line
 * at the top of the next page, so letters 2…N would start one line lower (window envelopes). A resumed run
 * may find the break already there (the next letter was cut off after it): it is never doubled.
 */
function breakAfterLast(body: Body): void {
  const last = body.getChild(body.getNumChildren() - 1);
  if (last.getType() !== DocumentApp.ElementType.PARAGRAPH) {
    body.appendPageBreak();
    return;
  }
  const p = last.asParagraph();
  for (let i = p.getNumChildren() - 1; i >= 0; i--) if (p.getChild(i).getType() === DocumentApp.ElementType.PAGE_BREAK) return;
  p.appendPageBreak();
}

/**
 * `replaceText` for plain values. A value with `$` or `\` takes the slow, exact path (find, insert,
 * delete), so no replacement-string syntax can ever touch a citizen's data. The value goes in after the
 * placeholder's first character, whose look inserted text takes, before the placeholder goes: it looks
 * as replaceText's would (the look of the first character it replaces).
 */
function replaceLiteral(el: Block, pattern: string, raw: string): void {
  const value = tameValue(raw);
  if (!/[$\\]/.test(value)) {
    el.replaceText(pattern, value);
    return;
  }
  for (let found = el.findText(pattern); found; found = el.findText(pattern)) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    const end = found.getEndOffsetInclusive();
    text.insertText(start + 1, value);
    text.deleteText(start + 1 + value.length, end + value.length);
    text.deleteText(start, start);
  }
}

/** Copies the template's header and footer into a new document (once per document). */
export function copyHeaderFooter(doc: Doc, template: TemplateDoc, fields: ReadonlyMap<string, string>): void {
  if (template.header.length) fillNewSection(doc.addHeader(), template.header, fields);
  if (template.footer.length) fillNewSection(doc.addFooter(), template.footer, fields);
}

/**
 * A header or footer that `addHeader()`/`addFooter()` just made already holds one empty paragraph (a
 * section always keeps one: see test/runtime/documents.ts), so appending alone would leave an empty line
 * above the template's first line (the sender would sit a line lower on every page). The template's
 * parts are appended after it and the empty paragraph then goes, when a paragraph of the template has
 * taken its place at the top (a section may not end up empty or start with a table this way).
 */
function fillNewSection(section: Container, parts: readonly TemplatePart[], fields: ReadonlyMap<string, string>): void {
  const made = section.getNumChildren();
  for (const part of parts) appendPart(section, part, fields);
  if (made !== 1 || section.getNumChildren() < 2) return;
  const empty = section.getChild(0);
  const next = section.getChild(1).getType();
  const textBlock = next === DocumentApp.ElementType.PARAGRAPH || next === DocumentApp.ElementType.LIST_ITEM;
  if (textBlock && empty.getType() === DocumentApp.ElementType.PARAGRAPH && empty.asParagraph().getText() === '') empty.removeFromParent();
}

const REF_STYLE: Record<string, unknown> = { FONT_SIZE: REF_LOOK.fontSize, FOREGROUND_COLOR: REF_LOOK.foregroundColor };

/**
 * Removes what follows the last complete letter (a letter cut off mid-way by the time limit or an
 * error): everything after the paragraph whose text is `lastRef`, or, with no letter yet, everything
 * but an empty first paragraph. Body text is read once; the scan runs back from the end.
 */
export function truncateAfter(body: Body, lastRef: string | undefined): void {
  let n = body.getNumChildren();
  let keep = 0; // children to keep
  if (lastRef !== undefined) {
    for (let i = n - 1; i >= 0; i--) {
      const child = body.getChild(i);
      if (child.getType() === DocumentApp.ElementType.PARAGRAPH && child.asParagraph().getText() === lastRef) {
        keep = i + 1;
        break;
      }
    }
  }
  for (let i = n - 1; i >= Math.max(keep, 1); i--) {
    body.removeChild(body.getChild(i));
    n--;
  }
  if (keep === 0 && n === 1) {
    // A body keeps at least one paragraph: empty it instead of removing it.
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() !== '') first.asParagraph().setText('');
  }
}

// ─── Creating the default templates ──────────────────────────────────────────────────────────────────

const left = (p: GoogleAppsScript.Document.Paragraph) =>
  p.setHeading(DocumentApp.ParagraphHeading.NORMAL).setAlignment(DocumentApp.HorizontalAlignment.LEFT);

const STYLE: Record<BlockStyle, (p: GoogleAppsScript.Document.Paragraph) => void> = {
  sender: (p) => left(p).setAlignment(DocumentApp.HorizontalAlignment.RIGHT).setAttributes({ FONT_SIZE: 9 }),
  address: (p) => left(p).setAttributes({ FONT_SIZE: 11 }),
  date: (p) => left(p).setAlignment(DocumentApp.HorizontalAlignment.RIGHT),
  title: (p) => p.setHeading(DocumentApp.ParagraphHeading.HEADING2).setAlignment(DocumentApp.HorizontalAlignment.LEFT),
  normal: (p) => left(p),
  signature: (p) => left(p),
  small: (p) => left(p).setAttributes({ FONT_SIZE: 8, ITALIC: true }),
};

/** A Google Doc made from one of the default letters, one paragraph per line, styled by block; its id. */
export function createTemplateDoc(template: LetterTemplate, title: string, team: readonly string[]): string {
  const doc = DocumentApp.create(title);
  const id = doc.getId();
  shareDocWithTeam(doc, team);
  const body = doc.getBody();
  let first = true;
  for (const block of template.blocks) {
    for (const line of block.text.split('\n')) {
      let p: GoogleAppsScript.Document.Paragraph;
      if (first) {
        p = body.getChild(0).asParagraph();
        p.setText(line);
        first = false;
      } else {
        p = body.appendParagraph(line);
      }
      STYLE[block.style](p);
    }
  }
  doc.saveAndClose();
  return id;
}
