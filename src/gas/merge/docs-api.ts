import { appendLettersRequests, DocsRequest, Letter } from '../../core/docs-api/render';
import { RequestCount } from '../../core/docs-api/request-count';
import { DocsDocument, DocsStructuralElement, ShapedParagraph, templateShape, TemplateShape } from '../../core/docs-api/shape';
import { normalizeFieldName } from '../../core/letters/placeholders';
import type { TemplateText } from './docs';
import { isQuotaError } from '../service-errors';

/**
 * The fast path of the combined document: the advanced Docs service (Docs API v1, enabled in
 * appsscript.json, under the `documents` scope fhb already has). A template is read with one
 * `Documents.get`; letters go in with one `Documents.batchUpdate` per few dozen letters (see
 * core/docs-api/render.ts), instead of a copy and an append per paragraph per letter with DocumentApp.
 */

type DocsApi = GoogleAppsScript.Docs;

/** The advanced Docs service, or undefined when the manifest does not enable it. */
export function docsApi(): DocsApi | undefined {
  return typeof Docs === 'undefined' ? undefined : Docs;
}

/**
 * Requests in one batchUpdate, at most. Google documents no maximum; 500 is the figure API users report
 * as the cap, so a batch never depends on more.
 */
export const MAX_REQUESTS = 500;
/** Characters of letter text in one batchUpdate, at most (a request body of well under a megabyte). */
export const MAX_TEXT = 200_000;

/**
 * The Docs API's write quota (developers.google.com/workspace/docs/api/limits): 60 write requests a minute per
 * user (and 600 per project, shared by every user of the add-on). Every batchUpdate is one write request.
 */
export const WRITES_PER_MINUTE = 60;
const MINUTE = 60_000;
/** Google's example backoff doubles from 1 s and stops growing at 32 or 64 s. */
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 32_000;
const PACE_MARGIN_MS = 1_000;


/**
 * The write quota stayed spent until the batch's time box: the letter being written was not made (a refused
 * batchUpdate applies nothing), and the run hands over to its resume trigger.
 */
export class WritesPaused extends Error {
  constructor() {
    super('Docs API write quota: paused until the next batch');
    this.name = 'WritesPaused';
  }
}

/**
 * Every batchUpdate of one execution goes through here. It keeps to the per-user quota it can see (its own
 * writes of the last minute: it waits for the oldest to leave the minute rather than be refused), and when
 * Google refuses one anyway (writes of another execution or another script of the same user, or the project's
 * quota), it retries with truncated exponential backoff, as Google asks. A refused batch is applied not at all,
 * so a retry makes nothing twice. A wait that would run past `deadlineMs` (the batch's time box) throws
 * WritesPaused instead.
 */
export class DocsWriter {
  private recent: number[] = [];
  /** Refusals for the quota, and the time spent waiting (pacing and backoff), in this execution. */
  refused = 0;
  waitedMs = 0;

  constructor(
    private readonly api: DocsApi,
    private readonly deadlineMs: number,
  ) {}

  batchUpdate(requests: DocsRequest[], documentId: string): void {
    this.pace();
    for (let attempt = 0; ; attempt++) {
      this.recent.push(Date.now());
      try {
        this.api.Documents.batchUpdate({ requests } as GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId);
        return;
      } catch (e) {
        if (!isQuotaError(e)) throw e;
        this.refused++;
        // 1, 2, 4 … 32 s, and up to a second more (Google's random milliseconds; the clock's own, so a run replays the same).
        this.wait(Math.min(FIRST_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS) + (Date.now() % 1000));
      }
    }
  }

  /**
   * Waits, when this execution's own writes of the last minute already fill the quota, until the oldest is a
   * minute old and a second more: Google counts a write when it arrives, a little after the time kept here.
   */
  private pace(): void {
    const now = Date.now();
    this.recent = this.recent.filter((t) => t > now - MINUTE - PACE_MARGIN_MS);
    if (this.recent.length >= WRITES_PER_MINUTE) this.wait(this.recent[this.recent.length - WRITES_PER_MINUTE] + MINUTE + PACE_MARGIN_MS - now);
  }

  private wait(ms: number): void {
    if (Date.now() + ms > this.deadlineMs) throw new WritesPaused();
    Utilities.sleep(ms);
    this.waitedMs += ms;
  }
}

const RAW_PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

/** The text of structural elements as DocumentApp's getText gives it (a table: rows by newline, cells by tab). */
function textOf(el: DocsStructuralElement): string {
  if (el.paragraph) return (el.paragraph.elements ?? []).map((e) => e.textRun?.content ?? '').join('').replace(/\n$/, '');
  const table = el.table as { tableRows?: { tableCells?: { content?: DocsStructuralElement[] }[] }[] } | undefined;
  if (table) return (table.tableRows ?? []).map((r) => (r.tableCells ?? []).map((c) => (c.content ?? []).map(textOf).join('\n')).join('\t')).join('\n');
  return '';
}

function segmentParts(content: DocsStructuralElement[] | undefined): { type: string; text: string }[] {
  return (content ?? [])
    .filter((el) => el.sectionBreak === undefined)
    .map((el) => ({ type: el.table ? 'TABLE' : el.paragraph?.bullet ? 'LIST_ITEM' : 'PARAGRAPH', text: textOf(el) }));
}

const segments = (map: object | undefined) => Object.values(map ?? {}).flatMap((s: { content?: DocsStructuralElement[] }) => segmentParts(s.content));

/** A template read through the Docs API: its text for planning, and its shape for the fast path. */
export interface ApiTemplate extends TemplateText {
  shape: TemplateShape;
  hasHeaderOrFooter: boolean;
}

export function readApiTemplate(api: DocsApi, key: string, id: string): ApiTemplate {
  const doc = api.Documents.get(id) as DocsDocument;
  const body = segmentParts(doc.body?.content);
  const header = segments(doc.headers);
  const footer = segments(doc.footers);
  const names = (parts: { text: string }[]) => parts.flatMap((p) => (p.text.match(RAW_PLACEHOLDER) ?? []).map((r) => r.slice(2, -2).trim()));
  const unique = (xs: string[]) => xs.filter((x, i) => xs.findIndex((y) => normalizeFieldName(y) === normalizeFieldName(x)) === i);
  return {
    key, id, body,
    placeholders: unique(names([...body, ...header, ...footer])),
    headerFooterPlaceholders: unique(names([...header, ...footer])),
    shape: templateShape(doc),
    hasHeaderOrFooter: header.length + footer.length > 0,
  };
}

/** The paragraphs of a shaped template (for a letter), when the fast path can rebuild it. */
export const shapedBody = (t: ApiTemplate): readonly ShapedParagraph[] | undefined => (t.shape.ok ? t.shape.body : undefined);

/**
 * Letters appended to a combined document through batchUpdate. The document must hold no unsaved
 * DocumentApp change (the caller saves and closes it first). `flush` sends what is pending; a letter is in
 * the document only then, so the run writes its marks after a flush. One batch is applied whole or not at
 * all, so a stop never leaves half a letter.
 */
export class BatchedLetters {
  private pending: Letter[] = [];
  /** The pending letters' requests and characters, counted as they come (see RequestCount). */
  private count = new RequestCount();
  private text = 0;
  private lastNewline: number;
  private breakFirst: boolean;
  /** A page break already ends the body (a letter cut off after it by the DocumentApp path): removed first. */
  private strayBreak: number | undefined;
  /** The document has a header or footer already (copied from the template by an earlier execution). */
  readonly hasHeaderOrFooter: boolean;

  constructor(
    api: DocsApi,
    private readonly writer: DocsWriter,
    private readonly docId: string,
    hasLetters: boolean,
  ) {
    const doc = api.Documents.get(docId) as DocsDocument;
    this.hasHeaderOrFooter = Object.keys(doc.headers ?? {}).length + Object.keys(doc.footers ?? {}).length > 0;
    const content = doc.body?.content ?? [];
    const last = content[content.length - 1];
    this.lastNewline = (last?.endIndex ?? 2) - 1;
    this.breakFirst = hasLetters;
    const elements = last?.paragraph?.elements ?? [];
    const breakEl = elements.find((e) => e.pageBreak !== undefined);
    if (breakEl?.startIndex !== undefined) this.strayBreak = breakEl.startIndex;
  }

  get size(): number {
    return this.pending.length;
  }

  add(letter: Letter): void {
    const text = letter.reduce((n, p) => n + p.text.length + 1, 0);
    if (this.pending.length > 0) {
      this.count.add(letter, true);
      if (this.text + text > MAX_TEXT || this.count.total + (this.strayBreak === undefined ? 0 : 1) > MAX_REQUESTS) this.flush();
    }
    if (this.pending.length === 0) {
      this.count = new RequestCount();
      this.count.add(letter, this.breakFirst);
    }
    this.pending.push(letter);
    this.text += text;
  }

  private requests(letters: Letter[]): { requests: DocsRequest[]; lastNewline: number } {
    const lead: DocsRequest[] = this.strayBreak === undefined ? [] : [{ deleteContentRange: { range: { startIndex: this.strayBreak, endIndex: this.strayBreak + 1 } } }];
    const at = this.strayBreak === undefined ? this.lastNewline : this.lastNewline - 1;
    const out = appendLettersRequests(at, letters, this.breakFirst);
    return { requests: [...lead, ...out.requests], lastNewline: out.lastNewline };
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const { requests, lastNewline } = this.requests(this.pending);
    this.writer.batchUpdate(requests, this.docId);
    this.pending = [];
    this.text = 0;
    this.lastNewline = lastNewline;
    this.breakFirst = true;
    this.strayBreak = undefined;
  }
}
