import { fillText, paragraphFate } from './placeholders';
import type { LetterTemplate } from './templates';

/**
 * A letter as plain text, paragraph by paragraph, the way the Google and Word merges lay it out: a
 * paragraph of empty optional fields is left out, a field with paragraph breaks becomes several
 * paragraphs. For the sidebar's preview, the acceptance tests and the rendered examples in docs/breve.
 */
export function renderLetter(template: LetterTemplate, fields: ReadonlyMap<string, string>): { paragraphs: string[]; missing: string[] } {
  const lookup = (key: string) => fields.get(key);
  const paragraphs: string[] = [];
  const missing: string[] = [];
  // A block is one paragraph here (its lines are line breaks, as in the Word letter).
  for (const block of template.blocks) {
    const fate = paragraphFate(block.text, lookup);
    if (fate.kind === 'drop') continue;
    if (fate.kind === 'split') {
      paragraphs.push(...fate.parts);
      continue;
    }
    const filled = fillText(block.text, lookup);
    for (const m of filled.missing) if (!missing.includes(m)) missing.push(m);
    paragraphs.push(filled.text);
  }
  return { paragraphs, missing };
}
