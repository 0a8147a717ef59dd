import PizZip from 'pizzip';

/**
 * Several letters filled from the same template as one .docx, one letter per page (`--samlet`): the
 * bodies are joined with page breaks inside the first letter's package, so its styles, headers, images
 * and section (all shared by every letter of that template) carry over.
 */

const BODY = /<w:body>([\s\S]*)<\/w:body>/;
const SECTION = /<w:sectPr[\s\S]*<\/w:sectPr>\s*$/;
const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

function bodyParts(xml: string): { content: string; section: string } {
  const body = BODY.exec(xml);
  if (!body) throw new Error('word/document.xml har ingen <w:body>');
  const section = SECTION.exec(body[1]);
  return section
    ? { content: body[1].slice(0, section.index), section: section[0] }
    : { content: body[1], section: '' };
}

export function combineDocx(letters: readonly Buffer[]): Buffer {
  if (letters.length === 0) throw new Error('combineDocx: ingen breve');
  const first = new PizZip(letters[0]);
  const firstXml = first.file('word/document.xml')!.asText();
  const { section } = bodyParts(firstXml);
  const contents = letters.map((letter, i) =>
    bodyParts(i === 0 ? firstXml : new PizZip(letter).file('word/document.xml')!.asText()).content);
  const joined = contents.join(PAGE_BREAK);
  const xml = firstXml.replace(BODY, () => `<w:body>${joined}${section}</w:body>`);
  first.file('word/document.xml', xml);
  return first.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
