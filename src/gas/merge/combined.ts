import { InputError } from '../../core/coerce/errors';
import { appendLetter, copyHeaderFooter, PreparedTemplate, readTemplate, TemplateText, truncateAfter } from './docs';
import { ApiTemplate, BatchedLetters, DocsWriter, docsApi, readApiTemplate, shapedBody } from './docs-api';
import { letterParagraphs } from '../../core/docs-api/letter';
import { RunJob, RunState, saveRun } from './state';
import { myEmail } from '../team/people';
import { shareDocWithTeam } from '../team/share';
import * as text from './text';

/** The combined document: one letter per page, written through DocumentApp or through the Docs API. */

type TemplateOf = (key: string, fields: ReadonlyMap<string, string>) => PreparedTemplate;

/**
 * The combined document, opened (or made and shared) with DocumentApp, with what follows its last whole
 * letter removed: the letters already in it are counted by their reference lines, and what follows the
 * last is a letter cut off mid-way.
 */
function openCombined(state: RunState): { doc: GoogleAppsScript.Document.Document; body: GoogleAppsScript.Document.Body; made: number } {
  let doc: GoogleAppsScript.Document.Document;
  if (state.docId) {
    try {
      doc = DocumentApp.openById(state.docId);
    } catch (e) {
      // Shared with the editors there were when it was made: a colleague who joined later cannot open it.
      const me = myEmail();
      if (state.owner && me.toLowerCase() !== state.owner.toLowerCase()) throw new InputError(text.runDocNotShared(state.owner, state.done, state.total));
      throw e;
    }
    state.docUrl ??= doc.getUrl();
  } else {
    doc = DocumentApp.create(text.combinedTitle(state.tag, state.today));
    shareDocWithTeam(doc);
    // Both read before either is kept: a run never holds a document without its link.
    const id = doc.getId();
    const url = doc.getUrl();
    state.docId = id;
    state.docUrl = url;
    saveRun(state);
  }
  const body = doc.getBody();
  let made = 0;
  for (const m of body.getText().matchAll(text.LETTER_REF_PATTERN)) {
    if (m[1] === state.tag) made = Math.max(made, Number(m[2]));
  }
  truncateAfter(body, made ? text.letterRef(state.tag, made) : undefined);
  return { doc, body, made };
}

/** The combined document through DocumentApp: letters one after another, a page break between them. */
export function combinedSink(state: RunState, templateOf: TemplateOf) {
  const { doc, body, made: found } = openCombined(state);
  let made = found;
  let headerDone = doc.getHeader() !== null || doc.getFooter() !== null;
  let lastRef: GoogleAppsScript.Document.Paragraph | undefined;
  return {
    ensure(n: number, ref: string, key: string, fields: ReadonlyMap<string, string>): string {
      if (n > made) {
        const t = templateOf(key, fields);
        lastRef = appendLetter(body, t, fields, ref, { pageBreak: made > 0, dropFirst: made === 0, after: lastRef });
        if (!headerDone) {
          copyHeaderFooter(doc, t.template, fields);
          headerDone = true;
        }
        made = n;
      }
      return state.docUrl!;
    },
    /** Each letter is in the document as soon as it is appended. */
    flush() {},
    close() {
      doc.saveAndClose();
    },
  };
}

/**
 * The templates of the letters still to make, read through the Docs API, when every one of them can take
 * the fast path; else undefined (the whole run takes DocumentApp's, and the preview said why).
 */
export function fastTemplates(state: RunState, jobs: readonly RunJob[], known?: ReadonlyMap<string, TemplateText>) {
  const api = docsApi();
  if (!api) return undefined;
  const templates = new Map<string, ApiTemplate>();
  for (const key of new Set(jobs.slice(state.done).map((j) => j.template))) {
    const read = known?.get(key);
    const t = read && 'shape' in read ? (read as ApiTemplate) : readApiTemplate(api, key, state.templates[key]);
    if (!shapedBody(t)) return undefined;
    templates.set(key, t);
  }
  return { api, templates };
}

/** The combined document through the Docs API: letters gathered and sent a batch at a time (docs-api.ts). */
export function fastCombinedSink(state: RunState, api: GoogleAppsScript.Docs, writer: DocsWriter, templates: ReadonlyMap<string, ApiTemplate>) {
  const { doc, made: found } = openCombined(state);
  let made = found;
  // The Docs API sees saved documents only.
  doc.saveAndClose();
  const letters = new BatchedLetters(api, writer, state.docId!, made > 0);
  let headerDone = letters.hasHeaderOrFooter;
  return {
    ensure(n: number, ref: string, key: string, fields: ReadonlyMap<string, string>): string {
      if (n > made) {
        const t = templates.get(key)!;
        if (!headerDone) {
          if (t.hasHeaderOrFooter) {
            const withHeader = DocumentApp.openById(state.docId!);
            copyHeaderFooter(withHeader, readTemplate(key, t.id), fields);
            withHeader.saveAndClose();
          }
          headerDone = true;
        }
        letters.add(letterParagraphs(shapedBody(t)!, (k) => fields.get(k), ref));
        made = n;
      }
      return state.docUrl!;
    },
    flush: () => letters.flush(),
    close: () => letters.flush(),
  };
}
