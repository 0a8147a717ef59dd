import { re2Escape } from '../../core/letters/placeholders';
import type { BlockStyle, LetterTemplate } from '../../core/letters/templates';
import { normalizeFieldName } from '../../core/letters/placeholders';

type Doc = GoogleAppsScript.Document.Document;
type Body = GoogleAppsScript.Document.Body;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Element = GoogleAppsScript.Document.Element;

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

export interface TemplateDoc {
  key: string;
  id: string;
  body: TemplatePart[];
  header: TemplatePart[];
  footer: TemplatePart[];
  /** Every placeholder name (trimmed), for the merge plan. */
  placeholders: string[];
  /** Placeholders in the header or footer (combined documents share one header). */
  headerFooterPlaceholders: string[];
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
function appendPart(target: Container, part: TemplatePart, fields: ReadonlyMap<string, string>): void {
  const copy = part.element.copy();
  let appended: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.Table | GoogleAppsScript.Document.ListItem;
  switch (part.type) {
    case 'PARAGRAPH':
      appended = target.appendParagraph(copy.asParagraph());
      break;
    case 'TABLE':
      appended = target.appendTable(copy.asTable());
      break;
    case 'LIST_ITEM':
      appended = target.appendListItem(copy.asListItem());
      break;
    default:
      return;
  }
  for (const raw of part.raw) {
    const value = fields.get(normalizeFieldName(raw.slice(2, -2)));
    if (value !== undefined) replaceLiteral(appended, re2Escape(raw), value);
  }
}

/** A value never becomes a placeholder of its own (a name typed with braces). */
const tame = (value: string) => value.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

/**
 * `replaceText` for plain values. A value with `$` or `\` takes the slow, exact path (find, delete,
 * insert), so no replacement-string syntax can ever touch a citizen's data.
 */
function replaceLiteral(el: GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.Table | GoogleAppsScript.Document.ListItem, pattern: string, raw: string): void {
  const value = tame(raw);
  if (!/[$\\]/.test(value)) {
    el.replaceText(pattern, value);
    return;
  }
  for (let found = el.findText(pattern); found; found = el.findText(pattern)) {
    const text = found.getElement().asText();
    const start = found.getStartOffset();
    text.deleteText(start, found.getEndOffsetInclusive());
    text.insertText(start, value);
  }
}

/** Appends one filled letter to a document body: its template elements, then the reference line. */
export function appendLetter(body: Body, template: TemplateDoc, fields: ReadonlyMap<string, string>, ref: string, pageBreak: boolean): void {
  if (pageBreak) body.appendPageBreak();
  for (const part of template.body) appendPart(body, part, fields);
  // The reference is written last and only as the final step: a letter is complete when its line exists.
  const line = body.appendParagraph('');
  line.setAttributes(REF_STYLE);
  line.setText(ref);
}

/** Copies the template's header and footer into a new document (once per document). */
export function copyHeaderFooter(doc: Doc, template: TemplateDoc, fields: ReadonlyMap<string, string>): void {
  if (template.header.length) {
    const header = doc.addHeader();
    for (const part of template.header) appendPart(header, part, fields);
  }
  if (template.footer.length) {
    const footer = doc.addFooter();
    for (const part of template.footer) appendPart(footer, part, fields);
  }
}

const REF_STYLE: Record<string, unknown> = { FONT_SIZE: 7, FOREGROUND_COLOR: '#666666' };

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

/** The new document's own empty first paragraph would push the window-envelope address down a line. */
export function dropLeadingBlank(body: Body): void {
  if (body.getNumChildren() < 2) return;
  const first = body.getChild(0);
  if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') body.removeChild(first);
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
export function createTemplateDoc(template: LetterTemplate, title: string): string {
  const doc = DocumentApp.create(title);
  const id = doc.getId();
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
