import { normalizeHeader } from '../sheet/columns';

/**
 * `{{Header}}` placeholders in letter templates. Teams type them by hand in Google Docs and Word, so
 * case, spaces and Danish letters are forgiven: `{{ navn }}`, `{{NAVN}}` and `{{Navn}}` are one field,
 * matched the same way the citizen sheet matches its headers.
 */

/** `{{` then anything but braces (no line breaks) then `}}`. A fresh RegExp per call: `g` keeps state. */
const placeholderPattern = () => /\{\{([^{}\r\n]*)\}\}/g;

/** The key a field name is looked up by: the same folding as the sheet's headers (`Ægtefælle død` → `aegtefaelledoed`). */
export function normalizeFieldName(name: string): string {
  return normalizeHeader(name);
}

/** The placeholders in a text, as written (trimmed), each once, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of text.matchAll(placeholderPattern())) {
    const name = m[1].trim();
    const key = normalizeFieldName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * Fills every placeholder with `lookup(normalizedName)`. A placeholder without a value stays as written
 * and is listed in `missing` (as written, each once), so the caller can refuse the letter.
 */
export function fillText(text: string, lookup: (normalizedName: string) => string | undefined): { text: string; missing: string[] } {
  const { spans, missing } = fillSpans(text, lookup);
  let filled = '';
  let last = 0;
  for (const s of spans) {
    filled += text.slice(last, s.start) + s.value;
    last = s.end;
  }
  return { text: filled + text.slice(last), missing };
}

/** A placeholder with a value: where it stands in the text ([start, end), UTF-16 units) and what replaces it. */
export interface FilledSpan {
  start: number;
  end: number;
  value: string;
}

/** fillText's work with the places kept: the placeholders with a value, in order, and those without. */
export function fillSpans(text: string, lookup: (normalizedName: string) => string | undefined): { spans: FilledSpan[]; missing: string[] } {
  const missing: string[] = [];
  const spans: FilledSpan[] = [];
  for (const m of text.matchAll(placeholderPattern())) {
    const name = m[1].trim();
    const key = normalizeFieldName(name);
    const value = key ? lookup(key) : undefined;
    if (value === undefined) {
      if (!missing.includes(name)) missing.push(name);
    } else spans.push({ start: m.index!, end: m.index! + m[0].length, value });
  }
  return { spans, missing };
}

/** Escapes text for an RE2 pattern (Body.replaceText): `{ } . $ ( ) [ ] * + ? ^ | \` each get a backslash. */
/** A value never becomes a placeholder of its own (a name typed with braces). */
export const tameValue = (value: string): string => value.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');

export function re2Escape(text: string): string {
  return text.replace(/[{}.$()[\]*+?^|\\]/g, '\\$&');
}

/** A paragraph break inside a field's value: the merge makes one paragraph of each part. */
export const PARAGRAPH_BREAK = /\n{2,}/;

/**
 * What becomes of one template paragraph, for Google Docs and Word alike: `drop` when it holds
 * placeholders and nothing else once filled (an optional field left empty: no blank paragraph);
 * `split` when it is exactly one placeholder whose value has paragraph breaks (one paragraph per part);
 * else `keep` (fill as usual). Placeholders without a value are never dropped: the merge reports them.
 */
export type ParagraphFate = { kind: 'keep' } | { kind: 'drop' } | { kind: 'split'; placeholder: string; parts: string[] };

export function paragraphFate(text: string, lookup: (normalizedName: string) => string | undefined): ParagraphFate {
  const found = [...text.matchAll(placeholderPattern())];
  if (found.length === 0) return { kind: 'keep' };
  const values = found.map((m) => lookup(normalizeFieldName(m[1].trim())));
  if (values.some((v) => v === undefined)) return { kind: 'keep' };
  const rest = text.replace(placeholderPattern(), '');
  if (rest.trim() === '' && values.every((v) => v!.trim() === '')) return { kind: 'drop' };
  if (found.length === 1 && rest.trim() === '' && PARAGRAPH_BREAK.test(values[0]!)) {
    const parts = values[0]!.split(PARAGRAPH_BREAK).map((p) => p.trim()).filter(Boolean);
    return { kind: 'split', placeholder: found[0][0], parts };
  }
  return { kind: 'keep' };
}
