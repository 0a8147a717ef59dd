import { paragraphFate } from '../../core/letters/placeholders';
import { xmlEscape } from './default-template';

/**
 * The Word side of `paragraphFate`, so Word letters lose and split paragraphs exactly as Google Docs
 * letters do: a paragraph of empty optional fields is removed, and a paragraph that is one field with
 * paragraph breaks becomes one paragraph per part (same paragraph style, the first run's formatting).
 * Runs before docxtemplater fills the rest; works on the paragraph's joined text, so a placeholder Word
 * has split across runs is still seen whole.
 */

/** A paragraph with content (a self-closing `<w:p/>` is empty and left alone). */
const PARAGRAPH = /<w:p(?:\s[^>]*?)?(?<!\/)>[\s\S]*?<\/w:p>/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const PPR = /<w:pPr>[\s\S]*?<\/w:pPr>/;
const RPR = /<w:rPr>[\s\S]*?<\/w:rPr>/;

const xmlUnescape = (t: string) =>
  t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** A value never becomes a placeholder of its own (a text typed with braces), as in the Google merge. */
const tame = (value: string) => value.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

export function settleParagraphs(documentXml: string, lookup: (key: string) => string | undefined): string {
  return documentXml.replace(PARAGRAPH, (p) => {
    const text = [...p.matchAll(TEXT)].map((m) => xmlUnescape(m[1])).join('');
    const fate = paragraphFate(text, lookup);
    if (fate.kind === 'drop') return '';
    if (fate.kind === 'keep') return p;
    const pPr = PPR.exec(p)?.[0] ?? '';
    const runs = p.slice(pPr ? p.indexOf(pPr) + pPr.length : 0);
    const rPr = RPR.exec(runs)?.[0] ?? '';
    const open = p.slice(0, p.indexOf('>') + 1);
    return fate.parts.map((part) => `${open}${pPr}<w:r>${rPr}<w:t xml:space="preserve">${xmlEscape(tame(part))}</w:t></w:r></w:p>`).join('');
  });
}

/** The reference line at the letter's foot (small, grey), as the Google merge writes it. */
export function appendReference(documentXml: string, ref: string): string {
  const line = `<w:p><w:r><w:rPr><w:color w:val="666666"/><w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr><w:t xml:space="preserve">${xmlEscape(ref)}</w:t></w:r></w:p>`;
  const end = documentXml.lastIndexOf('</w:body>');
  if (end < 0) return documentXml;
  // Before the body's own section properties (the last <w:sectPr> when no paragraph follows it).
  const section = documentXml.lastIndexOf('<w:sectPr', end);
  const at = section >= 0 && !documentXml.slice(section, end).includes('</w:p>') ? section : end;
  return documentXml.slice(0, at) + line + documentXml.slice(at);
}
