import type { Runtime } from '../../runtime';
import { COMPACT_TEMPLATE, mergeWorld, MergeWorld, SETTINGS, useTemplate } from './fixture';

/**
 * A template's header and footer in the letters (issue 12): on Google, `addHeader()` makes a section that
 * already holds one empty paragraph (the runtime models it, test/runtime/documents.ts). Appending the
 * template's lines after it left an empty line at the top of every page's header; the merge now lets the
 * template's first line take that place.
 */

interface Progress { done: number; finished: boolean; documents: { url: string; title: string }[] }
const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const docId = (url: string) => /\/d\/([^/]+)/.exec(url)![1];

const KEYS = ['ALDER_75', 'ALENE_70', 'ALDER_82'];

function withHeaderTemplates(rt: Runtime): void {
  useTemplate(rt, COMPACT_TEMPLATE, KEYS);
  const ids = JSON.parse(rt.properties.document.get('fhb.merge.templates')!) as Record<string, string>;
  for (const id of Object.values(ids)) {
    rt.documents.setSection(id, 'header', ['{{Underskrift}}', 'Forebyggende hjemmebesøg']);
    rt.documents.setSection(id, 'footer', ['Side 1']);
  }
}

const sectionTexts = (rt: Runtime, id: string, which: 'header' | 'footer') =>
  rt.documents.get(id)!.live[which]!.children.map((b) => (b.kind === 'TABLE' ? '<table>' : b.text));

describe('a template with a header and a footer', () => {
  test('the combined document: the header starts with the template\'s first line, filled, with no empty line above', () => {
    const w = mergeWorld(3, { templates: false });
    withHeaderTemplates(w.rt);
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(p).toMatchObject({ done: 3, finished: true });
    const id = docId(p.documents[0].url);
    expect(sectionTexts(w.rt, id, 'header')).toEqual([SETTINGS.signature, 'Forebyggende hjemmebesøg']);
    expect(sectionTexts(w.rt, id, 'footer')).toEqual(['Side 1']);
  });

  test('one Doc per citizen: each header starts on its first line too', () => {
    const w = mergeWorld(2, { templates: false });
    withHeaderTemplates(w.rt);
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' });
    expect(p).toMatchObject({ done: 2, finished: true });
    const letters = [...w.rt.drive.files.values()].filter((f) => f.mimeType === 'application/vnd.google-apps.document' && /Brevnr/.test(w.rt.drive.nameOf(f)));
    expect(letters).toHaveLength(2);
    for (const f of letters) {
      expect(sectionTexts(w.rt, f.id, 'header')).toEqual([SETTINGS.signature, 'Forebyggende hjemmebesøg']);
      expect(sectionTexts(w.rt, f.id, 'footer')).toEqual(['Side 1']);
    }
  });
});
