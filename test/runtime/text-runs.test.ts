import { createRuntime } from './index';
import { writeBundle } from './helpers';
import type { ParaNode } from './documents';

/**
 * Text runs in both document services (text-runs.ts, documents.ts, advanced-docs.ts): a bold word inside a
 * sentence, as Google's references describe Text (DocumentApp) and textRun / updateTextStyle (Docs API).
 */

const BUNDLE = `
function para(id, i) { return DocumentApp.openById(id).getBody().getChild(i).asParagraph(); }
function boldWord(id) {
  var doc = DocumentApp.openById(id);
  var t = doc.getBody().getChild(0).asParagraph().editAsText();
  t.setBold(5, 9, true);
  var out = [t.getTextAttributeIndices(), t.isBold(), t.isBold(6), t.isBold(0), t.getAttributes(6).BOLD, t.getAttributes().BOLD];
  doc.saveAndClose();
  return out;
}
function styleRange(id, i, start, end, attrs) {
  var doc = DocumentApp.openById(id);
  doc.getBody().getChild(i).asParagraph().editAsText().setAttributes(start, end, attrs);
  doc.saveAndClose();
}
function replace(id, pattern, value) {
  var doc = DocumentApp.openById(id);
  doc.getBody().replaceText(pattern, value);
  var t = doc.getBody().getChild(0).asParagraph().editAsText();
  var out = [t.getText(), t.getTextAttributeIndices()];
  doc.saveAndClose();
  return out;
}
function insertAt(id, offset, text) {
  var doc = DocumentApp.openById(id);
  var t = doc.getBody().getChild(0).asParagraph().editAsText();
  t.insertText(offset, text);
  var out = [t.getText(), t.getTextAttributeIndices(), t.isBold(offset)];
  doc.saveAndClose();
  return out;
}
function copyTwice(id) {
  var doc = DocumentApp.openById(id);
  var body = doc.getBody();
  body.appendParagraph(body.getChild(0).copy().asParagraph());
  var t = body.getChild(1).asParagraph().editAsText();
  var out = [t.getText(), t.getTextAttributeIndices(), t.getForegroundColor(5), t.getLinkUrl(5), t.getFontSize(0)];
  doc.saveAndClose();
  return out;
}
function bodyText(id) {
  var doc = DocumentApp.openById(id);
  var body = doc.getBody();
  var t = body.editAsText();
  t.setBold(1, 3, true);
  body.getChild(0).asParagraph().setAttributes({ FONT_SIZE: 9 });
  var second = body.getChild(1).asParagraph();
  var out = [t.getText(), t.getTextAttributeIndices(), second.getAttributes().BOLD, second.editAsText().isBold(), second.editAsText().isBold(0)];
  doc.saveAndClose();
  return out;
}
function badRange(id) { DocumentApp.openById(id).getBody().getChild(0).asParagraph().editAsText().setItalic(3, 99, true); }
function get(id) { return Docs.Documents.get(id); }
function batch(id, requests) { return Docs.Documents.batchUpdate({ requests: requests }, id); }
`;
const MANIFEST = JSON.stringify({
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] },
});
type Doc = GoogleAppsScript.Docs.Schema.Document;
type Req = GoogleAppsScript.Docs.Schema.Request;

function setup(paragraphs: string[]) {
  const rt = createRuntime();
  const bc = rt.load(writeBundle(BUNDLE, { 'appsscript.json': MANIFEST }));
  const doc = rt.documents.create('Brev', paragraphs);
  const body = () => doc.live.body.children as ParaNode[];
  const runsOf = (i: number) => body()[i].runs.map((r) => [r.len, r.attrs]);
  const elements = (i: number) => bc.run<Doc>('get', doc.id).body!.content![i + 1].paragraph!.elements!.map((e) => [e.startIndex, e.endIndex, e.textRun ? e.textRun.content : 'pageBreak', (e.textRun ?? e.pageBreak)!.textStyle]);
  return { rt, bc, id: doc.id, body, runsOf, elements };
}

describe('DocumentApp Text', () => {
  test('setBold over (start, endInclusive) makes a run; the indices, isBold and getAttributes read it (null where it differs)', () => {
    const { bc, id, runsOf } = setup(['Kære Karen, velkommen']);
    expect(bc.run('boldWord', id)).toEqual([[0, 5, 10], null, true, false, true, null]);
    expect(runsOf(0)).toEqual([[5, {}], [5, { BOLD: true }], [11, {}]]);
  });

  test('replaceText: the new text takes the attributes of the first character it replaces, and later runs move with it', () => {
    const { bc, id, runsOf } = setup(['Kære {{navn}}, se {{dato}}']);
    bc.run('styleRange', id, 0, 5, 12, { BOLD: true }); // {{navn}}
    bc.run('styleRange', id, 0, 18, 19, { ITALIC: true }); // "{{" of {{dato}}: the rest of it plain
    expect(bc.run('replace', id, '\\{\\{navn\\}\\}', 'Karen Margrethe')).toEqual(['Kære Karen Margrethe, se {{dato}}', [0, 5, 20, 25, 27]]);
    expect(bc.run('replace', id, '\\{\\{dato\\}\\}', '1. marts')).toEqual(['Kære Karen Margrethe, se 1. marts', [0, 5, 20, 25]]);
    expect(runsOf(0)).toEqual([[5, {}], [15, { BOLD: true }], [5, {}], [8, { ITALIC: true }]]);
  });

  test('insertText takes the attributes of the character before it (at offset 0, of the first)', () => {
    const { bc, id } = setup(['ab cd']);
    bc.run('styleRange', id, 0, 0, 1, { BOLD: true });
    expect(bc.run('insertAt', id, 2, 'X')).toEqual(['abX cd', [0, 3], true]);
    expect(bc.run('insertAt', id, 0, 'Y')).toEqual(['YabX cd', [0, 4], true]);
  });

  test('copy() and appendParagraph keep the runs: colour, link and size by range', () => {
    const { bc, id } = setup(['Ring 11 22 33 44 i dag']);
    bc.run('styleRange', id, 0, 5, 15, { FOREGROUND_COLOR: '#1155cc', LINK_URL: 'tel:11223344' });
    bc.run('styleRange', id, 0, 0, 21, { FONT_SIZE: 9 });
    expect(bc.run('copyTwice', id)).toEqual(['Ring 11 22 33 44 i dag', [0, 5, 16], '#1155cc', 'tel:11223344', 9]);
  });

  test('editAsText on the body counts a paragraph end as getText shows it ("\\n"); a range over it styles that end; Paragraph.setAttributes keeps the runs', () => {
    const { bc, id, body } = setup(['ab', 'cd']);
    // Offsets 1 to 3: "b", the first paragraph's end, "c"; the size, set after on the first paragraph only, parts "b" from "c".
    expect(bc.run('bodyText', id)).toEqual(['ab\ncd', [0, 1, 3, 4], null, null, true]);
    expect(body().map((p) => [p.runs.map((r) => [r.len, r.attrs]), p.attrs])).toEqual([
      [[[1, { FONT_SIZE: 9 }], [1, { BOLD: true, FONT_SIZE: 9 }]], { BOLD: true, FONT_SIZE: 9 }],
      [[[1, { BOLD: true }], [1, {}]], {}],
    ]);
  });

  test('an offset outside the text is refused', () => {
    const { bc, id } = setup(['kort']);
    expect(() => bc.run('badRange', id)).toThrow(/Invalid argument: offsets \(3, 99\)/);
  });
});

describe('Docs API text runs', () => {
  test('get gives one textRun per run, indexes in UTF-16 units after an emoji, the newline in the last run when it looks the same', () => {
    const { bc, id, elements } = setup(['😀 Kære Karen', 'Hilsen']);
    bc.run('styleRange', id, 0, 8, 12, { BOLD: true }); // "Karen", after the two units of 😀
    bc.run('styleRange', id, 1, 0, 5, { ITALIC: true });
    expect(elements(0)).toEqual([
      [1, 9, '😀 Kære ', {}],
      [9, 14, 'Karen', { bold: true }],
      [14, 15, '\n', {}],
    ]);
    // Text.setItalic on the whole text leaves the newline as it was: a run of its own.
    expect(elements(1)).toEqual([[15, 21, 'Hilsen', { italic: true }], [21, 22, '\n', {}]]);
  });

  test('updateTextStyle styles any range, and its field mask resets a named field that is not given', () => {
    const { bc, id, body, elements } = setup(['Kære Karen, velkommen']);
    bc.run('batch', id, [
      { updateTextStyle: { range: { startIndex: 6, endIndex: 11 }, textStyle: { bold: true, foregroundColor: { color: { rgbColor: { red: 1 } } } }, fields: 'bold,foregroundColor' } },
      { updateTextStyle: { range: { startIndex: 9, endIndex: 23 }, textStyle: {}, fields: 'foregroundColor' } },
    ] as Req[]);
    expect(body()[0].runs).toEqual([
      { len: 5, attrs: {} },
      { len: 3, attrs: { BOLD: true, FOREGROUND_COLOR: '#ff0000' } },
      { len: 2, attrs: { BOLD: true } },
      { len: 11, attrs: {} },
    ]);
    expect(elements(0).map((e) => e[2])).toEqual(['Kære ', 'Kar', 'en', ', velkommen\n']);
  });

  test('insertText takes the style of the character before it, a newline at a paragraph start included', () => {
    const { bc, id, body } = setup(['ab', 'cd']);
    bc.run('batch', id, [{ updateTextStyle: { range: { startIndex: 2, endIndex: 4 }, textStyle: { bold: true }, fields: 'bold' } }] as Req[]);
    // "b" and the first newline are bold: text after "b" and at the start of "cd" is bold too; after "a", not.
    bc.run('batch', id, [
      { insertText: { location: { index: 4 }, text: 'X' } },
      { insertText: { location: { index: 3 }, text: 'Y' } },
      { insertText: { location: { index: 2 }, text: 'Z' } },
    ] as Req[]);
    expect(body().map((p) => [p.text, p.runs.map((r) => [r.len, r.attrs])])).toEqual([
      ['aZbY', [[2, {}], [2, { BOLD: true }]]],
      ['Xcd', [[1, { BOLD: true }], [2, {}]]],
    ]);
    expect(body()[0].attrs).toEqual({ BOLD: true });
  });

  test('the runs DocumentApp made are the runs the API reads, and the ones it writes DocumentApp reads', () => {
    const { bc, id } = setup(['Dato: {{Dato}}']);
    bc.run('batch', id, [{ updateTextStyle: { range: { startIndex: 7, endIndex: 15 }, textStyle: { bold: true }, fields: 'bold' } }] as Req[]);
    expect(bc.run('replace', id, '\\{\\{Dato\\}\\}', '4. marts 2025')).toEqual(['Dato: 4. marts 2025', [0, 6]]);
    expect(bc.run<Doc>('get', id).body!.content![1].paragraph!.elements!.map((e) => [e.textRun!.content, e.textRun!.textStyle])).toEqual([
      ['Dato: ', {}],
      ['4. marts 2025', { bold: true }],
      ['\n', {}],
    ]);
  });
});
