/**
 * Glitches in text a user reads: a value spliced into a sentence so its punctuation collides with the
 * sentence's («vurdering., som»), an empty value leaving a gap («på  ,»), a JavaScript value printed as
 * text («undefined», «NaN», «[object Object]», «Invalid Date», «${»), and English words slipped into the
 * Danish. Pure, for the guard tests only (never in the product bundle). Every rule is precise rather than
 * clever: a rule that false-alarms gets switched off, and then guards nothing.
 */

export interface Glitch {
  rule: string;
  /** The text around the glitch, on one line. */
  at: string;
}

export interface GlitchOptions {
  /**
   * Text laid out in columns with runs of spaces (the terminal's tables, a help text's options): the
   * double-space rule is off there.
   */
  columns?: boolean;
}

/**
 * Abbreviations a Danish sentence goes on after, lowercase: «kl. 10», «bl.a. at», «f.eks. en», «nr. 3».
 * The lowercase-after-a-full-stop rule passes any word that is one of these or holds a full stop itself.
 */
const ABBREVIATIONS = new Set([
  'kl', 'nr', 'postnr', 'stk', 'jf', 'ca', 'evt', 'mv', 'pr', 'tlf', 'bl', 'inkl', 'ekskl', 'hhv', 'mht', 'vedr', 'dvs', 'osv', 'mm',
  'ang', 'bek', 'lbk', 'lov', 'kap', 'pkt', 'gl', 'obs', 'fx', 'mfl', 'st', 'sek', 'min', 'ff', 'jan', 'feb', 'aug', 'sep',
  'sept', 'okt', 'nov', 'dec', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn', 'ref', 'bilag', 'afs', 'modt',
]);

/** English that must not appear as a word in Danish text (case-insensitive, whole words). */
const ENGLISH = ['error', 'true', 'false', 'row', 'column'];

interface Rule { name: string; pattern: RegExp; columnsOff?: boolean; pass?: (m: RegExpExecArray, text: string) => boolean }

const RULES: Rule[] = [
  { name: 'punktum før komma', pattern: /\.,/g },
  // «..» but not an ellipsis «...» on purpose.
  { name: 'to punktummer', pattern: /(?<!\.)\.\.(?!\.)/g },
  { name: 'mellemrum før komma', pattern: / ,/g },
  // « .» ending a sentence, not « .docx» or a line's lone «.».
  { name: 'mellemrum før punktum', pattern: /\S[ \t]+\.(?=\s|$)/g },
  { name: 'to kommaer', pattern: /,\s*,/g },
  { name: 'kolon uden indhold', pattern: /:\s*[.,;]/g },
  { name: 'komma før punktum', pattern: /,\s*\./g },
  { name: 'dobbelt mellemrum', pattern: /\S {2,}\S/g, columnsOff: true },
  { name: 'mellemrum sidst i linjen', pattern: /\S[ \t]+(?=\n)/g, columnsOff: true },
  { name: 'JavaScript-værdi', pattern: /\b(?:undefined|NaN|null)\b|\[object \w+\]|Invalid Date|\$\{|\bInfinity\b/g },
  {
    // «… vurdering. som …»: a sentence's full stop, then the sentence goes on in lowercase.
    name: 'lille bogstav efter punktum',
    pattern: /(\S+)\. (?=[a-zæøå])/g,
    pass: (m) => {
      const word = m[1].replace(/^[«("'[]+/, '');
      return word.includes('.') || ABBREVIATIONS.has(word.toLowerCase()) || /^\d+$/.test(word);
    },
  },
  // «dig dig», «at at»: a value that repeats the word the sentence puts beside it, on one line. Numbers
  // repeat legitimately, and so does a code beside its label in a table («UNDTAGET Undtaget»).
  { name: 'samme ord to gange', pattern: /(?<![\p{L}\p{N}])(\p{L}+)[ \t]+\1(?![\p{L}\p{N}])/gu },
  // «Udskrevet fra hospital: Udskrevet fra hospital»: a label and a value that only repeats it, on one line.
  // The whole line: «Undtaget: Undtaget 16» is a chart's offer, status and count.
  { name: 'samme tekst to gange', pattern: /^[ \t•-]*([^\n:]{6,}): \1[ \t]*$/gmu },
  // A hjemmebesøg is at home already; the one tautology a spliced offer name made (wording.ts).
  { name: 'siger det samme to gange', pattern: /hjemmebesøg hjemme hos/gi },
  { name: 'engelsk ord', pattern: new RegExp(`\\b(?:${ENGLISH.join('|')})\\b`, 'gi') },
];

/** Each glitch in `text`, with the text around it. */
export function textGlitches(text: string, options: GlitchOptions = {}): Glitch[] {
  const out: Glitch[] = [];
  for (const rule of RULES) {
    if (rule.columnsOff && options.columns) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      if (rule.pass?.(m, text)) continue;
      const from = Math.max(0, m.index - 40);
      out.push({ rule: rule.name, at: text.slice(from, m.index + m[0].length + 40).replace(/\s+/g, ' ') });
    }
  }
  return out;
}


/**
 * Every glitch in many texts, each named by where it was found (a file, a sheet's cell, a letter kind),
 * as lines for a failing test to show: `where: rule: «…text…»`.
 */
export function glitchReport(texts: Iterable<[where: string, text: string]>, options: GlitchOptions = {}): string[] {
  const out: string[] = [];
  for (const [where, text] of texts) for (const g of textGlitches(text, options)) out.push(`${where}: ${g.rule}: «${g.at}»`);
  return out;
}
