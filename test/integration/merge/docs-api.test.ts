import { COMPACT_TEMPLATE, driveToEnd, dueCitizens, exactlyOnceViolations, formatInside, lettersIn, MergeWorld, mergeWorld, MIXED_TEMPLATE, nameOf, SETTINGS, useStyledTemplate, useTemplate, writeSettings } from './fixture';
import type { ParaNode } from '../../runtime/documents';

/**
 * Issue 17: the combined document through the advanced Docs service (Docs API batchUpdate), the same
 * document the DocumentApp path makes.
 */

const TEMPLATE_KEYS = ['ALENE_70', 'ALDER_75', 'ALDER_80', 'ALDER_82', 'EFTERLADT', 'AEGTEFAELLE_FLYTTET', 'RISIKO'];
const DUE_KEYS = ['ALDER_75', 'ALENE_70', 'ALDER_82'];

const shown = (attrs: Record<string, unknown>) => Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined && v !== false));

/** A paragraph's text runs as a reader sees them: [text, attributes set], neighbours that look the same joined. */
const runsSeen = (p: ParaNode) => {
  const out: [string, Record<string, unknown>][] = [];
  let at = 0;
  for (const r of p.runs) {
    const text = p.text.slice(at, at + r.len).replace(/\u000b/g, '\n');
    at += r.len;
    const attrs = shown(r.attrs);
    const last = out[out.length - 1];
    if (last && JSON.stringify(last[1]) === JSON.stringify(attrs)) last[0] += text;
    else out.push([text, attrs]);
  }
  return out;
};

/** A paragraph as a reader sees it: text (a line break inside a paragraph either way), its runs, style, page break. */
const seen = (p: ParaNode) => ({
  kind: p.kind,
  // The run's tag in the reference lines is random.
  text: p.text.replace(/\u000b/g, '\n').replace(/^Brevnr\. [A-Z0-9]+-/, 'Brevnr. TAG-'),
  heading: p.heading,
  alignment: p.alignment,
  pageBreak: p.pageBreak,
  runs: runsSeen(p).map(([text, attrs]) => [text.replace(/^Brevnr\. [A-Z0-9]+-/, 'Brevnr. TAG-'), attrs]),
  attrs: shown(p.attrs),
});

/** `n` due citizens whose letters all take the default template `template`, calls counted from here. */
function worldWith(template: string, n: number, documentApp: boolean) {
  const w = mergeWorld(n, { documentApp });
  const ids = JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!);
  for (const k of DUE_KEYS) ids[k] = ids[template];
  w.rt.properties.document.set('fhb.merge.templates', JSON.stringify(ids));
  w.rt.calls.reset();
  return w;
}

const combinedWith = (template: string, documentApp = false) => combinedIn(worldWith(template, 6, documentApp));

/** The combined document of a world's 6 due citizens, paragraph by paragraph. */
function combinedIn(w: MergeWorld) {
  const end = driveToEnd(w, { scope: 'due' });
  expect(end).toMatchObject({ done: 6, finished: true });
  const id = /\/d\/([^/]+)/.exec(end.documents[0].url)![1];
  return { w, paragraphs: w.rt.documents.get(id)!.live.body.children.map((b) => seen(b as ParaNode)), batches: w.rt.calls.count('Docs.Documents.batchUpdate') };
}

test.each(TEMPLATE_KEYS)('default template %s: the Docs API builds the same document as DocumentApp (text, styles, page breaks)', (key) => {
  const fast = combinedWith(key);
  const slow = combinedWith(key, true);
  expect(fast.batches).toBeGreaterThan(0);
  expect(slow.batches).toBe(0);
  expect(fast.paragraphs.filter((p) => p.pageBreak)).toHaveLength(5);
  expect(fast.paragraphs.length).toBeGreaterThan(6 * 10);
  expect(fast.paragraphs).toEqual(slow.paragraphs);
});

/** One Doc per citizen: each letter's paragraphs, in the order of the reference numbers. */
const perCitizenWith = (template: string, documentApp = false) => perCitizenIn(worldWith(template, 3, documentApp));

/** Each of a world's 3 due citizens' own Doc, paragraph by paragraph, in the order of the reference numbers. */
function perCitizenIn(w: MergeWorld) {
  expect(driveToEnd(w, { scope: 'due', mode: 'perCitizen' })).toMatchObject({ done: 3, finished: true });
  const number = (name: string) => Number(/-(\d+)\)$/.exec(name)![1]);
  const letters = [...w.rt.documents.docs.values()].filter((d) => d.name.includes('Brevnr.')).sort((a, b) => number(a.name) - number(b.name));
  expect(letters).toHaveLength(3);
  return { letters: letters.map((d) => d.live.body.children.map((b) => seen(b as ParaNode))), batches: w.rt.calls.count('Docs.Documents.batchUpdate') };
}

test.each(TEMPLATE_KEYS)('default template %s, one Doc per citizen: each Doc the Docs API fills is the one DocumentApp makes', (key) => {
  const fast = perCitizenWith(key);
  const slow = perCitizenWith(key, true);
  expect([fast.batches, slow.batches]).toEqual([3, 0]);
  expect(fast.letters[0].length).toBeGreaterThan(10);
  expect(fast.letters).toEqual(slow.letters);
});

test('a run of many letters takes a few batchUpdate calls, and every letter is whole and marked once', () => {
  const w = mergeWorld(120, { templates: false });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  w.rt.calls.reset();
  driveToEnd(w, { scope: 'due' });
  expect(exactlyOnceViolations(w, Array.from({ length: 120 }, (_, i) => nameOf(i + 1)), templates)).toEqual([]);
  // A generous bound, not a measurement (bench/merge.bench.ts measures): DocumentApp made ~20 calls a letter.
  expect(w.rt.calls.total()).toBeLessThan(250);
  expect(w.rt.calls.count('Body.appendParagraph')).toBe(0);
});

test('a batch holds at most 500 requests: letters with words formatted inside sentences fill batches up to the limit, each letter whole and marked once', () => {
  const w = mergeWorld(400);
  // The fixture's meeting seats 200: room for every 70- and 75-year-old, as in the bench.
  writeSettings(w.rt, { ...SETTINGS, meetings: SETTINGS.meetings.map((m) => ({ ...m, capacity: 400 })) });
  formatInside(w.rt);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  // A spy on each batchUpdate's requests (the predicate never fails the call).
  const sizes: number[] = [];
  w.rt.faults.failWhen('Docs.Documents.batchUpdate', (call) => {
    sizes.push((call.args[0] as { requests: unknown[] }).requests.length);
    return false;
  });
  expect(driveToEnd(w, { scope: 'due' })).toMatchObject({ done: 400, finished: true });
  expect(exactlyOnceViolations(w, Array.from({ length: 400 }, (_, i) => nameOf(i + 1)), templates)).toEqual([]);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(500);
  // The limit, not the marks (every 250 letters a batch is sent early), ends most batches: within a letter's requests of it.
  expect(sizes.filter((n) => n > 490).length).toBeGreaterThan(sizes.length / 2);
});

test('a template with a table takes the DocumentApp path, and the preview says so in Danish', () => {
  const w = mergeWorld(3, { templates: false });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const ids = JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!);
  const doc = w.rt.documents.get(ids.ALDER_82)!;
  const cell = (text: string) => ({ kind: 'TABLE_CELL', children: [{ ...(doc.live.body.children[0] as ParaNode), text, runs: [{ len: text.length, attrs: {} }], parent: null }], parent: null });
  doc.live.body.children.push({ kind: 'TABLE', rows: [{ kind: 'TABLE_ROW', cells: [cell('Dato'), cell('{{Dato}}')], parent: null }], parent: doc.live.body } as never);
  w.rt.documents.save(doc);
  const preview = w.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { warnings: string[] };
  expect(preview.warnings.join('\n')).toMatch(/Brevskabelonen «Årligt tilbud fra 82 år» indeholder en tabel\. Brevene laves derfor afsnit for afsnit/);
  w.rt.calls.reset();
  const end = driveToEnd(w, { scope: 'due' });
  expect(end.finished).toBe(true);
  expect(w.rt.calls.count('Docs.Documents.batchUpdate')).toBe(0);
  const id = /\/d\/([^/]+)/.exec(end.documents[0].url)![1];
  expect(lettersIn(w.rt.documents.bodyText(id))).toHaveLength(3);
});

// ─── Templates with runs inside their paragraphs ─────────────────────────────────────────────────────────

/** `n` due citizens (one named with `$&`, which the DocumentApp path fills by find and insert) and MIXED_TEMPLATE behind every due key. */
function mixedWorld(n: number, documentApp: boolean) {
  const citizens = dueCitizens(n);
  citizens[1] = { ...citizens[1], Navn: 'Borger $& 002 Testesen' };
  const w = mergeWorld(n, { templates: false, documentApp, citizens });
  useStyledTemplate(w.rt, MIXED_TEMPLATE);
  w.rt.calls.reset();
  return w;
}

test('a template with a bold word, an italic field and a link inside sentences takes the fast path and builds the combined document DocumentApp builds', () => {
  const fast = combinedIn(mixedWorld(6, false));
  const slow = combinedIn(mixedWorld(6, true));
  expect(fast.batches).toBeGreaterThan(0);
  expect(fast.w.rt.calls.count('Body.appendParagraph')).toBe(0);
  expect(slow.batches).toBe(0);
  // The runs are there after the filling: the bold name after the emoji (two UTF-16 units), the italic date.
  expect(fast.paragraphs[0].runs).toEqual([['😀 Kære ', {}], ['Borger 001 Testesen', { BOLD: true }], [', velkommen', {}]]);
  expect(fast.paragraphs[1].runs).toEqual([['Mødet er ', {}], ['4. marts 2025', { ITALIC: true }], [' på ', {}], ['Rådhuset', { BOLD: true }], [', Prøvevej 1.', {}]]);
  expect(fast.paragraphs.filter((p) => p.pageBreak)).toHaveLength(5);
  expect(fast.paragraphs).toEqual(slow.paragraphs);
});

test('the same template, one Doc per citizen: each Doc the Docs API fills is the one DocumentApp makes, a value with $& too', () => {
  const fast = perCitizenIn(mixedWorld(3, false));
  const slow = perCitizenIn(mixedWorld(3, true));
  expect([fast.batches, slow.batches]).toEqual([3, 0]);
  expect(fast.letters[1][0].runs).toEqual([['😀 Kære ', {}], ['Borger $& 002 Testesen', { BOLD: true }], [', velkommen', {}]]);
  expect(fast.letters).toEqual(slow.letters);
});

test('the preview names no slow path for a template with runs inside its paragraphs', () => {
  const w = mixedWorld(3, false);
  const preview = w.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { warnings: string[] };
  expect(Array.isArray(preview.warnings)).toBe(true);
  expect(preview.warnings.join('\n')).not.toMatch(/afsnit for afsnit/);
});

test.each(['ALDER_82', 'EFTERLADT'])('default template %s with words formatted inside its sentences (as the bench formats them): the same documents on both paths, in both modes', (key) => {
  const formatted = (n: number, documentApp: boolean) => {
    const w = worldWith(key, n, documentApp);
    formatInside(w.rt);
    return w;
  };
  const fast = combinedIn(formatted(6, false));
  const slow = combinedIn(formatted(6, true));
  expect([fast.batches > 0, slow.batches]).toEqual([true, 0]);
  const bold = fast.paragraphs.flatMap((p) => p.runs).filter(([, attrs]) => (attrs as Record<string, unknown>).BOLD);
  expect(bold.map(([text]) => text)).toEqual(expect.arrayContaining(['Borger 001 Testesen', '11 22 33 44']));
  expect(fast.paragraphs).toEqual(slow.paragraphs);
  const fastDocs = perCitizenIn(formatted(3, false));
  const slowDocs = perCitizenIn(formatted(3, true));
  expect(fastDocs.batches).toBe(3);
  expect(fastDocs.letters).toEqual(slowDocs.letters);
});
