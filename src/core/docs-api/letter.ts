import { fillSpans, FilledSpan, paragraphFate, tameValue } from '../letters/placeholders';
import { lookKey, LookRun, ShapedParagraph, TextLook } from './shape';

/** The reference line's look under each letter (Brevnr.), the same on both paths. */
export const REF_LOOK: Readonly<TextLook> = { fontSize: 7, foregroundColor: '#666666' };

/**
 * Runs after filling: literal text keeps its looks, moved by the values before it; a value takes the look
 * of its placeholder's first character, as Google's replaceText gives it on the DocumentApp path (a field
 * inside a bold run stays bold; a run that ends at a field ends there still).
 */
export function filledRuns(text: string, runs: readonly LookRun[], spans: readonly FilledSpan[]): LookRun[] {
  const pieces: { len: number; look: TextLook }[] = [];
  const endOf = (k: number) => (k + 1 < runs.length ? runs[k + 1].start : text.length);
  const literal = (from: number, to: number) => {
    runs.forEach((r, k) => {
      const len = Math.min(to, endOf(k)) - Math.max(from, r.start);
      if (len > 0) pieces.push({ len, look: r.look });
    });
  };
  const lookAt = (offset: number): TextLook => {
    let look: TextLook = runs[0]?.look ?? {};
    for (const r of runs) if (r.start <= offset) look = r.look;
    return look;
  };
  let last = 0;
  for (const s of spans) {
    literal(last, s.start);
    pieces.push({ len: s.value.length, look: lookAt(s.start) });
    last = s.end;
  }
  literal(last, text.length);
  const out: LookRun[] = [];
  let at = 0;
  for (const p of pieces) {
    if (p.len === 0) continue;
    if (out.length === 0 || lookKey(out[out.length - 1].look) !== lookKey(p.look)) out.push({ start: at, look: p.look });
    at += p.len;
  }
  return out;
}

/** A paragraph with its placeholders filled by `value` (undefined: left as written), runs and all. */
function filled(p: ShapedParagraph, value: (key: string) => string | undefined): ShapedParagraph {
  const { spans } = fillSpans(p.text, value);
  let text = '';
  let last = 0;
  for (const s of spans) {
    text += p.text.slice(last, s.start) + s.value;
    last = s.end;
  }
  return { ...p, text: text + p.text.slice(last), runs: filledRuns(p.text, p.runs, spans) };
}

/**
 * One letter's paragraphs from a template's shape and the letter's fields, as the DocumentApp path makes
 * them: a paragraph of empty optional fields is left out, one field of several paragraphs becomes several,
 * values never become placeholders, and the reference line comes last. A line break inside a value is a
 * line break inside its paragraph (U+000B, Docs' Shift+Enter): a newline would start a paragraph.
 */
export function letterParagraphs(body: readonly ShapedParagraph[], lookup: (key: string) => string | undefined, ref: string): ShapedParagraph[] {
  const out: ShapedParagraph[] = [];
  const value = (v: string) => tameValue(v).replace(/\r?\n/g, '\u000b');
  const tamed = (key: string) => {
    const v = lookup(key);
    return v === undefined ? undefined : value(v);
  };
  for (const p of body) {
    const fate = paragraphFate(p.text, lookup);
    if (fate.kind === 'drop') continue;
    if (fate.kind === 'split') {
      for (const chunk of fate.parts) out.push(filled(p, () => value(chunk)));
    } else {
      out.push(filled(p, tamed));
    }
  }
  out.push({ text: ref, paragraph: { namedStyleType: 'NORMAL_TEXT' }, runs: ref ? [{ start: 0, look: { ...REF_LOOK } }] : [], look: { ...REF_LOOK }, pageBreak: false });
  return out;
}
