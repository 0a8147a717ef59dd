import { normalizeFieldName } from '../../core/letters/placeholders';
import { FAIL } from '../../core/selftest/text';
import { appendLetter, copyHeaderFooter, prepareTemplate, readTemplate } from '../merge/docs';
import { createDoc, createFile, createFolder, openFolder } from '../merge/drive';
import { shareDocWithTeam, shareFolderWithTeam } from '../team/share';
import { createLooseFile, moveInto, sharedWith } from './drive';
import type { Scratch } from './scratch';

/**
 * Drive and Docs the way the merge uses them, on made-up text (no citizen): a folder by the Drive API
 * under `drive.file`, Docs made by the Drive API in it and filled with DocumentApp, a letter from a
 * template with placeholders (the merge's own functions), a page break between two letters, the
 * template's header, a PDF into the folder, a file moved into the folder, and sharing with a colleague.
 */

const PDF = 'application/pdf';
const SENDER = 'Forebyggelsesteamet';
const FIELDS = new Map([
  [normalizeFieldName('Navn'), 'Selvtest Testesen'],
  [normalizeFieldName('Telefontid'), '9-12'],
  [normalizeFieldName('Afsender'), SENDER],
]);

const need = <T>(v: T | undefined): T => {
  if (v === undefined) throw new Error('selvtest: forudsætning mangler');
  return v;
};

export function checkFolder(s: Scratch): void {
  const folder = createFolder(s.folderName);
  s.folderId = folder.id;
  if (!openFolder(folder.id)) throw new Error(FAIL.folder);
}

export function checkLetter(s: Scratch): void {
  const folderId = need(s.folderId);
  const template = createDoc(`${s.folderName}: skabelon`, folderId);
  s.files.push(template.id);
  s.templateId = template.id;
  const t = DocumentApp.openById(template.id);
  t.getBody().getChild(0).asParagraph().setText('Kære {{Navn}}');
  t.getBody().appendParagraph('Telefontid: {{ telefontid }}');
  t.saveAndClose();
  const letter = createDoc(`${s.folderName}: brev`, folderId);
  s.files.push(letter.id);
  s.letterId = letter.id;
  s.prepared = prepareTemplate(readTemplate('selvtest', template.id), new Map());
  s.letterDoc = DocumentApp.openById(letter.id);
  appendLetter(s.letterDoc.getBody(), s.prepared, FIELDS, 'Selvtest 1', { pageBreak: false, dropFirst: true });
  const body = s.letterDoc.getBody().getText();
  if (body !== 'Kære Selvtest Testesen\nTelefontid: 9-12\nSelvtest 1') throw new Error(FAIL.placeholders(body));
}

export function checkPageBreak(s: Scratch): void {
  const body = need(s.letterDoc).getBody();
  appendLetter(body, need(s.prepared), FIELDS, 'Selvtest 2', { pageBreak: true, dropFirst: false });
  let breaks = 0;
  for (let i = 0; i < body.getNumChildren(); i++) {
    const child = body.getChild(i);
    if (child.getType() === DocumentApp.ElementType.PAGE_BREAK) breaks++;
    if (child.getType() !== DocumentApp.ElementType.PARAGRAPH) continue;
    const p = child.asParagraph();
    for (let j = 0; j < p.getNumChildren(); j++) if (p.getChild(j).getType() === DocumentApp.ElementType.PAGE_BREAK) breaks++;
  }
  if (breaks !== 1) throw new Error(FAIL.pageBreak);
}

/** The template gets a header with a placeholder; the letter gets it filled, starting on its first line. */
export function checkHeader(s: Scratch): void {
  const t = DocumentApp.openById(need(s.templateId));
  const header = t.addHeader();
  const first = header.getNumChildren() > 0 ? header.getChild(0) : null;
  if (first && first.getType() === DocumentApp.ElementType.PARAGRAPH) first.asParagraph().setText('{{Afsender}}');
  else header.appendParagraph('{{Afsender}}');
  t.saveAndClose();
  const doc = need(s.letterDoc);
  copyHeaderFooter(doc, readTemplate('selvtest', need(s.templateId)), FIELDS);
  const got = doc.getHeader();
  const line = got && got.getNumChildren() > 0 && got.getChild(0).getType() === DocumentApp.ElementType.PARAGRAPH ? got.getChild(0).asParagraph().getText() : '';
  if (line === '') throw new Error(FAIL.headerEmptyFirst);
  if (line !== SENDER) throw new Error(FAIL.header(line));
}

/** The letter saved, exported as PDF (what the merge does) and stored in the folder. */
export function checkPdf(s: Scratch): void {
  const letterId = need(s.letterId);
  const open = s.letterDoc;
  s.letterDoc = undefined;
  open?.saveAndClose();
  const blob = DocumentApp.openById(letterId).getAs(PDF);
  if (blob.getBytes().length === 0) throw new Error(FAIL.pdf);
  s.files.push(createFile(`${s.folderName}: brev.pdf`, blob, PDF, need(s.folderId)).id);
}

export function checkMove(s: Scratch): void {
  const folderId = need(s.folderId);
  const file = createLooseFile(`${s.folderName}: flyttet.txt`, 'fhb selvtest');
  s.files.push(file.id);
  const parents = moveInto(file.id, file.parents, folderId);
  if (parents.length !== 1 || parents[0] !== folderId) throw new Error(FAIL.move);
}

/** The folder as the merge shares it (Drive permissions) and the letter as templates are shared (DocumentApp). */
export function checkShare(s: Scratch): void {
  const email = s.colleague;
  shareFolderWithTeam(need(s.folderId), [email]);
  const doc = DocumentApp.openById(need(s.letterId));
  shareDocWithTeam(doc, [email]);
  const lower = email.toLowerCase();
  if (!sharedWith(need(s.folderId)).includes(lower)) throw new Error(FAIL.share(email));
  if (!doc.getEditors().some((u) => u.getEmail().toLowerCase() === lower)) throw new Error(FAIL.share(email));
}
