import { createRuntime } from './index';
import { writeBundle } from './helpers';

const BUNDLE = `
function merge(templateId, folderId, name) {
  var folder = DriveApp.getFolderById(folderId);
  var copy = DriveApp.getFileById(templateId).makeCopy(name, folder);
  var doc = DocumentApp.openById(copy.getId());
  var body = doc.getBody();
  body.replaceText('\\\\{\\\\{navn\\\\}\\\\}', 'Karen $1 Hansen');
  body.replaceText('\\\\{\\\\{dato\\\\}\\\\}', '1. marts 2025');
  doc.saveAndClose();
  var pdf = DriveApp.getFileById(copy.getId()).getAs('application/pdf');
  pdf.setName(name + '.pdf');
  var f = folder.createFile(pdf);
  return [copy.getId(), f.getName(), f.getMimeType(), pdf.getDataAsString()];
}
function makeDoc(name) { var d = DocumentApp.create(name); d.getBody().appendParagraph('Kære Karen'); var id = d.getId(); d.saveAndClose(); return id; }
function readDoc(id) { return DocumentApp.openById(id).getBody().getText(); }
function writeDoc(id) { DocumentApp.openById(id).getBody().appendParagraph('mere'); }
function shareDoc(id, editors, viewers) { var d = DocumentApp.openById(id); d.addEditors(editors); d.addViewers(viewers); return [d.getEditors().map(String), d.getViewers().map(String)]; }
function unescaped(id) { DocumentApp.openById(id).getBody().replaceText('{{navn}}', 'x'); }
function lookahead(id) { DocumentApp.openById(id).getBody().replaceText('a(?=b)', 'x'); }
function dotMatchesAny(id) { var b = DocumentApp.openById(id).getBody(); b.replaceText('1.5', 'X'); return b.getText(); }
function pdfBeforeSave() {
  var doc = DocumentApp.create('Brev');
  doc.getBody().appendParagraph('Kære Karen');
  var id = doc.getId();
  var early = DriveApp.getFileById(id).getBlob().getDataAsString();
  doc.saveAndClose();
  var late = DriveApp.getFileById(id).getBlob().getDataAsString();
  var closed;
  try { doc.getBody(); } catch (e) { closed = e.message; }
  return [early, late, closed];
}
function sections() {
  var doc = DocumentApp.create('Sidehoved');
  var header = doc.addHeader();
  var footer = doc.addFooter();
  var before = [header.getNumChildren(), header.getChild(0).asParagraph().getText(), footer.getNumChildren()];
  header.appendParagraph('Afsender');
  return before.concat([header.getNumChildren(), header.getChild(0).asParagraph().getText()]);
}
function structure() {
  var doc = DocumentApp.create('Struktur');
  var body = doc.getBody();
  var n0 = body.getNumChildren();
  var p = body.appendParagraph('Overskrift').setHeading(DocumentApp.ParagraphHeading.HEADING1);
  body.appendListItem('punkt');
  body.appendTable([['a', 'b'], ['c', 'd']]);
  body.appendPageBreak();
  var attached;
  try { body.appendParagraph(p); } catch (e) { attached = e.message; }
  body.appendParagraph(p.copy());
  var last;
  try { doc.addHeader(); doc.getHeader().getChild(0).removeFromParent(); } catch (e) { last = e.message; }
  return [n0, body.getNumChildren(), body.getChild(1).getType() == DocumentApp.ElementType.PARAGRAPH,
          body.getChild(1).asParagraph().getHeading() == DocumentApp.ParagraphHeading.HEADING1,
          body.getChild(2).getType() + '', attached, last, body.getText()];
}
`;

function setup() {
  const rt = createRuntime();
  const bc = rt.load(writeBundle(BUNDLE));
  return { rt, bc };
}

describe('DocumentApp and DriveApp', () => {
  test('merge: copy template, replace escaped placeholders, save, export PDF into a folder', () => {
    const { rt, bc } = setup();
    const tpl = rt.drive.addGoogleDoc('Skabelon', ['Kære {{navn}}', 'Dato: {{dato}}', '{{navn}} igen']);
    const folder = rt.drive.addFolder('Breve');
    const [copyId, pdfName, mime, content] = bc.run<string[]>('merge', tpl.id, folder.id, 'Brev til Karen');
    expect(rt.documents.bodyText(copyId)).toBe('Kære Karen $1 Hansen\nDato: 1. marts 2025\nKaren $1 Hansen igen');
    expect(rt.documents.bodyText(tpl.id)).toBe('Kære {{navn}}\nDato: {{dato}}\n{{navn}} igen'); // template untouched
    expect(pdfName).toBe('Brev til Karen.pdf');
    expect(mime).toBe('application/pdf');
    expect(content).toContain('Kære Karen $1 Hansen');
    expect(rt.drive.filesIn(folder.id).map((f) => f.name).sort()).toEqual(['Brev til Karen', 'Brev til Karen.pdf']);
  });

  test('replaceText treats the pattern as RE2: unescaped braces and look-arounds throw, . matches anything', () => {
    const { rt, bc } = setup();
    const doc = rt.documents.create('d', ['1,5 og 1.5 og 105']);
    expect(() => bc.run('unescaped', doc.id)).toThrow(/Invalid argument: searchPattern/);
    expect(() => bc.run('lookahead', doc.id)).toThrow(/Invalid argument: searchPattern/);
    expect(bc.run('dotMatchesAny', doc.id)).toBe('X og X og X');
  });

  test('PDF exports see the saved state only; a closed document cannot be used', () => {
    const { bc } = setup();
    const [early, late, closed] = bc.run<string[]>('pdfBeforeSave');
    expect(early).not.toContain('Kære Karen');
    expect(late).toContain('Kære Karen');
    expect(closed).toBe('Document is closed, its contents cannot be updated.');
  });

  test('a new header or footer holds one empty paragraph, so an appended line is the second (issue 12)', () => {
    const { bc } = setup();
    expect(bc.run<unknown[]>('sections')).toEqual([1, '', 1, 2, '']);
  });

  test('body structure follows Docs: one empty paragraph to start, detached elements, last paragraph kept', () => {
    const { bc } = setup();
    const [n0, n, isPara, isH1, type2, attached, last, text] = bc.run<unknown[]>('structure');
    expect(n0).toBe(1);
    // '' + Overskrift + listitem + table + paragraph after table + page-break paragraph + copy
    expect(n).toBe(7);
    expect(isPara).toBe(true);
    expect(isH1).toBe(true);
    expect(type2).toBe('LIST_ITEM');
    expect(attached).toBe('Element must be detached.');
    expect(last).toBe("Can't remove the last paragraph in a document section.");
    expect(text).toBe('\nOverskrift\npunkt\na\tb\nc\td\n\n\nOverskrift');
  });

  test('DocumentApp, DriveApp and triggers are refused in custom functions', () => {
    const { bc } = setup();
    expect(() => bc.callCustomFunction('pdfBeforeSave')).toThrow(/^You do not have permission to call DocumentApp.create/);
  });

  test('unknown ids throw Google\'s messages', () => {
    const { bc } = setup();
    expect(() => bc.run('unescaped', 'nope')).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    expect(() => bc.run('merge', 'nope', 'nope', 'x')).toThrow('No item with the given ID could be found.');
  });
});

describe('users and access (DocumentApp)', () => {
  const A = 'konsulent1@kommune.dk';
  const B = 'konsulent2@kommune.dk';
  const C = 'konsulent3@kommune.dk';
  test("a Doc is its creator's: a colleague cannot open it until it is shared; a viewer may read, not change it", () => {
    const rt = createRuntime({ user: A });
    const bc = rt.load(writeBundle(BUNDLE));
    const id = bc.run<string>('makeDoc', 'Skabelon');
    rt.setUser(B);
    expect(() => bc.run('readDoc', id)).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    expect(() => bc.run('shareDoc', id, [B], [])).toThrow("Document is missing");
    rt.setUser(A);
    expect(bc.run('shareDoc', id, [B], [C])).toEqual([[A, B], [C]]);
    rt.setUser(B);
    expect(bc.run<string>('readDoc', id)).toContain('Kære Karen');
    bc.run('writeDoc', id);
    rt.setUser(C);
    expect(bc.run<string>('readDoc', id)).toContain('mere');
    expect(() => bc.run('writeDoc', id)).toThrow('Access denied: DocumentApp.');
    expect(() => bc.run('shareDoc', id, [C], [])).toThrow('Access denied: DocumentApp.');
  });
});
