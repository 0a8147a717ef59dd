/**
 * Text runs: the formatting of a paragraph's text, as Docs keeps it. A run is a stretch of text (its length
 * in UTF-16 code units, as Apps Script's offsets and the Docs API's indexes count) with one set of text
 * attributes, by DocumentApp's names (`BOLD`, `FONT_SIZE`, ...). Runs are values: every function returns
 * new ones and never changes its input, so a copied paragraph may share them.
 *
 * Both services work on these (documents.ts for DocumentApp, advanced-docs.ts for the Docs API), so a
 * document built through either is compared run by run.
 */

/** The attributes of a stretch of text: only those set (a null or undefined value is no attribute). */
export type TextAttrs = Readonly<Record<string, unknown>>;
export interface Run {
  readonly len: number;
  readonly attrs: TextAttrs;
}
export type Runs = readonly Run[];

/** DocumentApp's attributes that belong to text (the others, such as HORIZONTAL_ALIGNMENT, to the paragraph). */
export const TEXT_ATTRIBUTES: readonly string[] = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_SIZE', 'FONT_FAMILY', 'FOREGROUND_COLOR', 'BACKGROUND_COLOR', 'LINK_URL',
];
const isTextAttribute = (k: string) => TEXT_ATTRIBUTES.includes(k);

const isSet = (v: unknown) => v !== null && v !== undefined;

/** The text attributes among `attrs` (those set). */
export function textPart(attrs: Readonly<Record<string, unknown>>): TextAttrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k, v]) => isTextAttribute(k) && isSet(v)));
}
/** The attributes among `attrs` that are not text attributes. */
export function paragraphPart(attrs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => !isTextAttribute(k)));
}

export function sameAttrs(a: TextAttrs, b: TextAttrs): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
}

/** Neighbouring runs of the same attributes as one, and no empty run. */
export function normalize(runs: Runs): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.len <= 0) continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, r.attrs)) out[out.length - 1] = { len: last.len + r.len, attrs: last.attrs };
    else out.push(r);
  }
  return out;
}

export const plain = (len: number, attrs: TextAttrs = {}): Run[] => (len > 0 ? [{ len, attrs }] : []);

export const lengthOf = (runs: Runs): number => runs.reduce((n, r) => n + r.len, 0);

/** The runs of [start, end). */
export function slice(runs: Runs, start: number, end: number): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const r of runs) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + r.len);
    if (to > from) out.push({ len: to - from, attrs: r.attrs });
    at += r.len;
    if (at >= end) break;
  }
  return out;
}

/** [start, end) replaced by `len` units of `attrs`. */
export function splice(runs: Runs, start: number, end: number, len: number, attrs: TextAttrs): Run[] {
  return normalize([...slice(runs, 0, start), ...plain(len, attrs), ...slice(runs, end, Infinity)]);
}

/** The attributes of the unit at `offset`, or undefined outside the runs. */
export function attrsAt(runs: Runs, offset: number): TextAttrs | undefined {
  if (offset < 0) return undefined;
  let at = 0;
  for (const r of runs) {
    if (offset < at + r.len) return r.attrs;
    at += r.len;
  }
  return undefined;
}

/** `patch` applied over [start, end): a key with a null or undefined value is removed, others are set. */
export function restyle(runs: Runs, start: number, end: number, patch: Readonly<Record<string, unknown>>): Run[] {
  const apply = (a: TextAttrs): TextAttrs => {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(patch)) {
      if (isSet(v)) out[k] = v;
      else delete out[k];
    }
    return out;
  };
  const mid = slice(runs, start, end).map((r) => ({ len: r.len, attrs: apply(r.attrs) }));
  return normalize([...slice(runs, 0, start), ...mid, ...slice(runs, end, Infinity)]);
}

/** Where each run begins (Text.getTextAttributeIndices). */
export function starts(runs: Runs): number[] {
  const out: number[] = [];
  let at = 0;
  for (const r of normalize(runs)) {
    out.push(at);
    at += r.len;
  }
  return out;
}

/**
 * Every match of `re` (global) in `text` replaced by `replacement`, which takes the attributes of the
 * first unit it replaces (an empty match: those of the unit before it, else after it).
 */
export function replaceAll(text: string, runs: Runs, re: RegExp, replacement: string): { text: string; runs: Run[] } {
  let out = '';
  const outRuns: Run[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const attrs = attrsAt(runs, m[0].length > 0 ? start : start - 1) ?? attrsAt(runs, start) ?? {};
    out += text.slice(last, start) + replacement;
    outRuns.push(...slice(runs, last, start), ...plain(replacement.length, attrs));
    last = end;
    if (m[0].length === 0) re.lastIndex++;
  }
  out += text.slice(last);
  outRuns.push(...slice(runs, last, text.length));
  return { text: out, runs: normalize(outRuns) };
}
