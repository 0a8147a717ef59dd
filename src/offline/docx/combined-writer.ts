import { closeSync, unlinkSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type PizZip from 'pizzip';
import { openPrivateFile } from '../private-files';

/**
 * One template's letters as one .docx, one letter per page (`--samlet`), written as the letters come: the
 * first letter's package (styles, headers, images, section: shared by every letter of the template) is
 * copied, and its word/document.xml is streamed, each letter's body joined to the last by a page break.
 * Only the letter being added is in memory, never the run's letters (100,000 citizens' letters held and
 * joined at the end took 1.7 GB). The .docx is a ZIP written with fflate's streaming Zip straight to the file.
 */

const DOCUMENT = 'word/document.xml';
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
const BODY = /<w:body>([\s\S]*)<\/w:body>/;
const SECTION = /<w:sectPr[\s\S]*<\/w:sectPr>\s*$/;

/** A filled letter's document.xml in three parts: before the body's content, the content, and the rest (section and closing tags). */
export function documentParts(xml: string): { head: string; content: string; tail: string } {
  const body = BODY.exec(xml);
  if (!body) throw new Error('word/document.xml har ingen <w:body>');
  const start = body.index + '<w:body>'.length;
  const inner = body[1];
  const section = SECTION.exec(inner);
  const content = section ? inner.slice(0, section.index) : inner;
  return { head: xml.slice(0, start), content, tail: xml.slice(start + content.length) };
}

export class CombinedDocxWriter {
  private fd: number | undefined;
  private zip: Zip | undefined;
  private document: ZipDeflate | undefined;
  private tail = '';
  private failure: Error | undefined;
  letters = 0;

  constructor(readonly path: string) {}

  /** Adds one filled letter (its package as docxtemplater left it). */
  add(letter: PizZip): void {
    const { head, content, tail } = documentParts(letter.file(DOCUMENT)!.asText());
    if (!this.document) {
      this.start(letter);
      this.tail = tail;
      this.push(head);
    } else {
      this.push(PAGE_BREAK);
    }
    this.push(content);
    this.letters++;
  }

  /** Ends the document and the ZIP, and closes the file. */
  close(): void {
    if (!this.document || !this.zip) return;
    this.document.push(strToU8(this.tail), true);
    this.zip.end();
    this.closeFile();
    if (this.failure) throw this.failure;
  }

  /** After a failed run: closes and removes the half-written file (a cut-off .docx would not open). */
  abort(): void {
    if (this.fd === undefined) return;
    this.closeFile();
    try {
      unlinkSync(this.path);
    } catch {
      // already gone
    }
  }

  private start(first: PizZip): void {
    const fd = openPrivateFile(this.path);
    this.fd = fd;
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure ??= error;
      else writeSync(fd, chunk);
    });
    // Every part but the document, as the first letter has it; the document goes last, streamed.
    for (const file of Object.values(first.files)) {
      if (file.dir || file.name === DOCUMENT) continue;
      const part = new ZipDeflate(file.name, { level: 6 });
      this.zip.add(part);
      part.push(file.asUint8Array(), true);
    }
    this.document = new ZipDeflate(DOCUMENT, { level: 6 });
    this.zip.add(this.document);
  }

  private push(xml: string): void {
    this.document!.push(strToU8(xml));
  }

  private closeFile(): void {
    closeSync(this.fd!);
    this.fd = undefined;
  }
}
