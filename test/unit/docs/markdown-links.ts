/**
 * Relative links in the repository's Markdown, and the heading anchors GitHub gives a page, so a test
 * can say that every link a reader follows lands somewhere.
 */

export interface MarkdownLink {
  line: number;
  target: string;
}

/** Fenced code blocks hold commands, not links. */
function withoutCode(markdown: string): string[] {
  let fenced = false;
  return markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line.replace(/`[^`]*`/g, '');
  });
}

/** Every `[text](target)` link (images too), with its 1-based line; angle-bracket autolinks are not relative. */
export function linksOf(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  withoutCode(markdown).forEach((text, i) => {
    for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ line: i + 1, target: m[1] });
  });
  return links;
}

/** A link to another site or to mail: not checked here. */
export const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target);

/**
 * GitHub's anchor for a heading (github-slugger): the text as shown, lower-cased, without punctuation
 * and symbols (letters, digits, marks, `-` and `_` stay), spaces to hyphens; a repeated heading gets -1, -2 ….
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const shown = m[1].replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = shown.toLowerCase().replace(/[^\p{L}\p{N}\p{M}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}
