import { fillText, paragraphFate, tameValue } from '../letters/placeholders';
import type { ShapedParagraph, TextLook } from './shape';

/** The reference line's look under each letter (Brevnr.), the same on both paths. */
export const REF_LOOK: Readonly<TextLook> = { fontSize: 7, foregroundColor: '#666666' };

/**
 * One letter's paragraphs from a template's shape and the letter's fields, as the DocumentApp path makes
 * them: a paragraph of empty optional fields is left out, one field of several paragraphs becomes several,
 * values never become placeholders, and the reference line comes last. A line break inside a value is a
 * line break inside its paragraph (U+000B, Docs' Shift+Enter): a newline would start a paragraph.
 */
export function letterParagraphs(body: readonly ShapedParagraph[], lookup: (key: string) => string | undefined, ref: string): ShapedParagraph[] {
  const out: ShapedParagraph[] = [];
  const tamed = (key: string) => {
    const v = lookup(key);
    return v === undefined ? undefined : tameValue(v);
  };
  const lines = (text: string) => text.replace(/\r?\n/g, '\u000b');
  for (const p of body) {
    const fate = paragraphFate(p.text, lookup);
    if (fate.kind === 'drop') continue;
    if (fate.kind === 'split') {
      for (const chunk of fate.parts) out.push({ ...p, text: lines(p.text.replace(fate.placeholder, () => tameValue(chunk))) });
    } else {
      out.push({ ...p, text: lines(fillText(p.text, tamed).text) });
    }
  }
  out.push({ text: ref, paragraph: { namedStyleType: 'NORMAL_TEXT' }, look: { ...REF_LOOK }, pageBreak: false });
  return out;
}
