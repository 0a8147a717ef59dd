import { createRuntime } from './index';
import { writeBundle } from './helpers';

/** The advanced Docs service fake (advanced-docs.ts) against Google's documented behaviour. */

const BUNDLE = `
function get(id) { return Docs.Documents.get(id); }
function batch(id, requests) { return Docs.Documents.batchUpdate({ requests: requests }, id); }
function unsaved(id) {
  DocumentApp.openById(id).getBody().appendParagraph('ikke gemt');
  return Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'a' } }] }, id);
}
function savedFirst(id) {
  var d = DocumentApp.openById(id);
  d.getBody().appendParagraph('gemt');
  d.saveAndClose();
  Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'a' } }] }, id);
  return DocumentApp.openById(id).getBody().getText();
}
`;
const MANIFEST = JSON.stringify({
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] },
});

function setup(paragraphs: string[]) {
  const rt = createRuntime();
  const bc = rt.load(writeBundle(BUNDLE, { 'appsscript.json': MANIFEST }));
  const doc = rt.documents.create('Brev', paragraphs);
  return { rt, bc, id: doc.id, body: () => doc.live.body.children as { text: string; pageBreak: boolean; heading: string; alignment: string | null; attrs: Record<string, unknown> }[] };
}
type Doc = GoogleAppsScript.Docs.Schema.Document;
type Req = GoogleAppsScript.Docs.Schema.Request;

describe('Docs.Documents.get', () => {
  test('indexes count UTF-16 code units; a section break first; each paragraph ends with its newline', () => {
    const { bc, id } = setup(['Kære Søren 😀', '', 'Hilsen']);
    const content = bc.run<Doc>('get', id).body!.content!;
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    // "Kære Søren 😀" is 13 UTF-16 units ("😀" is two) and its newline one more.
    expect(content.slice(1).map((e) => [e.startIndex, e.endIndex])).toEqual([[1, 15], [15, 16], [16, 23]]);
    expect(content[1].paragraph!.elements![0].textRun!.content).toBe('Kære Søren 😀\n');
  });
});

describe('Docs.Documents.batchUpdate', () => {
  test('each request sees the indexes the ones before it left: insertText shifts what follows', () => {
    const { bc, id, body } = setup(['ac']);
    bc.run('batch', id, [{ insertText: { location: { index: 2 }, text: 'b' } }, { insertText: { location: { index: 4 }, text: 'd' } }] as Req[]);
    expect(body().map((p) => p.text)).toEqual(['abcd']);
  });

  test('a batch at the end of a long body leaves the paragraphs before it as they were', () => {
    const { bc, id, body } = setup(['a', 'b', 'c']);
    const look = () => body().slice(0, 2).map((p) => ({ text: p.text, heading: p.heading, alignment: p.alignment, attrs: p.attrs, pageBreak: p.pageBreak }));
    const before = look();
    bc.run('batch', id, [{ insertText: { location: { index: 5 }, text: 'x' } }, { insertText: { endOfSegmentLocation: {}, text: 'y' } }] as Req[]);
    expect(body().map((p) => p.text)).toEqual(['a', 'b', 'xcy']);
    expect(look()).toEqual(before);
  });

  test('a newline starts a paragraph with the same paragraph style; control characters are stripped', () => {
    const { rt, bc, id, body } = setup(['Overskrift']);
    rt.documents.get(id)!.live.body.children[0] = { ...body()[0], heading: 'HEADING2' } as never;
    rt.documents.save(rt.documents.get(id)!);
    bc.run('batch', id, [{ insertText: { location: { index: 11 }, text: '\nto\u0001\nt\u000bre' } }] as Req[]);
    expect(body().map((p) => [p.text, p.heading])).toEqual([['Overskrift', 'HEADING2'], ['to', 'HEADING2'], ['t\u000bre', 'HEADING2']]);
  });

  test('an index at the end of the segment is refused with Google\'s words, and nothing of the batch is applied', () => {
    const { bc, id, body } = setup(['ab']);
    expect(() => bc.run('batch', id, [{ insertText: { location: { index: 1 }, text: 'x' } }, { insertText: { location: { index: 5 }, text: 'y' } }] as Req[])).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[1].insertText: Index 5 must be less than the end index of the referenced segment, 5.',
    );
    expect(body().map((p) => p.text)).toEqual(['ab']);
    expect(() => bc.run('batch', id, [{ insertText: { location: { index: 0 }, text: 'x' } }] as Req[])).toThrow(/inside the bounds of an existing paragraph/);
  });

  test('the last newline of the body cannot be deleted; deleting a paragraph\'s newline joins it with the next', () => {
    const { bc, id, body } = setup(['ab', 'cd']);
    expect(() => bc.run('batch', id, [{ deleteContentRange: { range: { startIndex: 4, endIndex: 7 } } }] as Req[])).toThrow(/cannot include the newline character at the end of the segment/);
    bc.run('batch', id, [{ deleteContentRange: { range: { startIndex: 3, endIndex: 4 } } }] as Req[]);
    expect(body().map((p) => p.text)).toEqual(['abcd']);
  });

  test('a page break comes with a newline of its own; get shows it as one index inside its paragraph', () => {
    const { bc, id, body } = setup(['Brevnr. 1']);
    bc.run('batch', id, [{ insertText: { location: { index: 10 }, text: 'Næste brev' } }, { insertPageBreak: { location: { index: 10 } } }] as Req[]);
    expect(body().map((p) => [p.text, p.pageBreak])).toEqual([['Brevnr. 1', true], ['Næste brev', false]]);
    const p = bc.run<Doc>('get', id).body!.content![1];
    expect(p.paragraph!.elements!.map((e) => [e.startIndex, e.endIndex, e.pageBreak ? 'pageBreak' : e.textRun!.content])).toEqual([[1, 10, 'Brevnr. 1'], [10, 11, 'pageBreak'], [11, 12, '\n']]);
  });

  test('styles take a field mask: a field named but not given is reset (text styles on part of a paragraph: text-runs.test.ts)', () => {
    const { bc, id, body } = setup(['Afsender', 'Tekst']);
    bc.run('batch', id, [
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 2 }, paragraphStyle: { namedStyleType: 'HEADING_2', alignment: 'END' }, fields: 'namedStyleType,alignment' } },
      { updateTextStyle: { range: { startIndex: 1, endIndex: 16 }, textStyle: { italic: true, fontSize: { magnitude: 8, unit: 'PT' }, foregroundColor: { color: { rgbColor: { red: 0.4, green: 0.4, blue: 0.4 } } } }, fields: 'italic,fontSize,foregroundColor' } },
      { updateTextStyle: { range: { startIndex: 10, endIndex: 16 }, textStyle: {}, fields: 'italic' } },
    ] as Req[]);
    expect(body().map((p) => [p.heading, p.alignment, p.attrs])).toEqual([
      ['HEADING2', 'RIGHT', { ITALIC: true, FONT_SIZE: 8, FOREGROUND_COLOR: '#666666' }],
      ['NORMAL', null, { FONT_SIZE: 8, FOREGROUND_COLOR: '#666666' }],
    ]);
    const style = bc.run<Doc>('get', id).body!.content![1].paragraph!;
    expect(style.paragraphStyle).toEqual({ namedStyleType: 'HEADING_2', alignment: 'END', direction: 'LEFT_TO_RIGHT' });
    expect(style.elements![0].textRun!.textStyle).toEqual({ italic: true, fontSize: { magnitude: 8, unit: 'PT' }, foregroundColor: { color: { rgbColor: { red: 0.4, green: 0.4, blue: 0.4 } } } });
  });

  test('the API sees saved documents only: unsaved DocumentApp changes first are refused, saved ones are built on', () => {
    const { bc, id } = setup(['Kære']);
    expect(() => bc.run('unsaved', id)).toThrow(/unsaved DocumentApp changes/);
    expect(bc.run('savedFirst', id)).toBe('aKære\nikke gemt\ngemt');
  });

  test('a document the user cannot see, or that does not exist, is not found', () => {
    const { rt, bc } = setup([]);
    const other = rt.documents.create('Kollegas', ['x'], 'kollega@kommune.dk');
    expect(() => bc.run('get', other.id)).toThrow('API call to docs.documents.get failed with error: Requested entity was not found.');
    expect(() => bc.run('get', 'nope')).toThrow(/Requested entity was not found/);
  });
});
