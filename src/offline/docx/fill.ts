import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { normalizeFieldName, placeholdersIn } from '../../core/letters/placeholders';
import { appendReference, settleParagraphs } from './paragraphs';

/**
 * Fills `{{placeholders}}` in a .docx with docxtemplater, which joins a placeholder Word has split across
 * runs (a spell-check mark or a bold letter splits `{{Navn}}` into three runs). Names are matched like the
 * Google merge matches them: case, spaces and Danish letters forgiven (`normalizeFieldName`).
 */

const DELIMITERS = { start: '{{', end: '}}' };

/** A template that cannot be read (not a .docx, a broken placeholder): the message says why, in Danish. */
export class TemplateError extends Error {}

const DOCUMENT = 'word/document.xml';

function open(template: Buffer, lookup: (key: string) => string | undefined, edit?: (documentXml: string) => string): Docxtemplater {
  let zip: PizZip;
  try {
    zip = new PizZip(template);
  } catch {
    throw new TemplateError('filen er ikke en Word-fil (.docx)');
  }
  const main = zip.file(DOCUMENT);
  if (edit && main) zip.file(DOCUMENT, edit(main.asText()));
  try {
    return new Docxtemplater(zip, {
      delimiters: DELIMITERS,
      paragraphLoop: true,
      linebreaks: true,
      parser: (tag: string) => ({ get: () => lookup(normalizeFieldName(tag)) }),
      nullGetter: (part) => `{{${(part as { value?: string }).value ?? ''}}}`,
    });
  } catch (e) {
    throw new TemplateError(describeTemplateError(e));
  }
}

function describeTemplateError(e: unknown): string {
  const errors = (e as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors;
  const first = errors?.[0]?.properties?.explanation ?? (e as Error).message;
  return `en pladsholder er skrevet forkert (${first}). Skriv pladsholdere som {{Navn}}.`;
}

/** The placeholders of a .docx template, as written, each once (for the merge plan's completeness check). */
export function docxPlaceholders(template: Buffer): string[] {
  const doc = open(template, () => undefined);
  return placeholdersIn(doc.getFullText());
}

/**
 * The filled letter's bytes. `fields` is keyed by `normalizeFieldName` (as `letterFields` gives it).
 * Paragraphs of empty optional fields are left out, and `ref` (the letter's number) ends the letter.
 */
export function fillDocx(template: Buffer, fields: ReadonlyMap<string, string>, ref?: string): Buffer {
  return fillDocxZip(template, fields, ref).generate({ type: 'nodebuffer', compression: 'DEFLATE' }) as Buffer;
}

/** The filled letter as docxtemplater leaves it (not zipped again): `--samlet` streams its document on. */
export function fillDocxZip(template: Buffer, fields: ReadonlyMap<string, string>, ref?: string): PizZip {
  const lookup = (key: string) => fields.get(key);
  const doc = open(template, lookup, (xml) => {
    const settled = settleParagraphs(xml, lookup);
    return ref === undefined ? settled : appendReference(settled, ref);
  });
  try {
    doc.render({});
  } catch (e) {
    throw new TemplateError(describeTemplateError(e));
  }
  return doc.getZip();
}
