import { appendLettersRequests, Letter } from '../../../src/core/docs-api/render';
import { RequestCount } from '../../../src/core/docs-api/request-count';
import { LookRun, ShapedParagraph, TextLook } from '../../../src/core/docs-api/shape';
import { mulberry32 } from '../../../src/core/random';

/**
 * The merge checks each batch against its request limit with RequestCount instead of rendering the batch
 * again for every letter added: the count must be the renderer's, exactly, for any letters.
 */

const LOOKS: TextLook[] = [{}, { bold: true }, { fontSize: 9 }, { fontSize: 9, bold: true }, { italic: true, foregroundColor: '#666666' }];
const PARAGRAPHS = [{ namedStyleType: 'NORMAL_TEXT' }, { namedStyleType: 'NORMAL_TEXT', alignment: 'END' }, { namedStyleType: 'HEADING_2' }];

function randomLetter(next: () => number): Letter {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  return Array.from({ length: 1 + Math.floor(next() * 6) }, (): ShapedParagraph => {
    const text = 'x'.repeat(Math.floor(next() * 4) * 3);
    // Runs at increasing offsets; two at one offset stand for a field filled with nothing.
    const runs: LookRun[] = [];
    for (let at = 0; text !== '' && at < text.length; at += Math.floor(next() * 3)) runs.push({ start: at, look: pick(LOOKS) });
    return { text, paragraph: pick(PARAGRAPHS), runs, look: pick(LOOKS), pageBreak: next() < 0.15 };
  });
}

describe('RequestCount: the renderer\'s request count, kept letter by letter', () => {
  test.each([1, 2, 3, 4])('seed %i: 25 batches of up to 16 random letters (looks, empty texts, page breaks), after every letter', (seed) => {
    const next = mulberry32(seed);
    let checked = 0;
    for (let batch = 0; batch < 25; batch++) {
      const breakFirst = next() < 0.5;
      const letters: Letter[] = [];
      const count = new RequestCount();
      for (let k = 0, n = 1 + Math.floor(next() * 16); k < n; k++) {
        const letter = randomLetter(next);
        letters.push(letter);
        count.add(letter, k > 0 || breakFirst);
        expect(count.total).toBe(appendLettersRequests(1, letters, breakFirst).requests.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  test('the default kind of letter: one look a paragraph, a sender line in 9 pt, a bold name', () => {
    const p = (text: string, look: TextLook, runs?: LookRun[]): ShapedParagraph => ({ text, paragraph: PARAGRAPHS[0], runs: runs ?? [{ start: 0, look }], look, pageBreak: false });
    const letter = [p('Afsender', { fontSize: 9 }), p('Kære Bo', {}, [{ start: 0, look: {} }, { start: 5, look: { bold: true } }]), p('Tekst', {})];
    const count = new RequestCount();
    const letters = Array.from({ length: 100 }, () => letter);
    letters.forEach((l, k) => count.add(l, k > 0));
    expect(count.total).toBe(appendLettersRequests(1, letters, false).requests.length);
  });

  test('no letters, or letters with no paragraphs: no requests', () => {
    const count = new RequestCount();
    count.add([], false);
    expect(count.total).toBe(0);
    expect(appendLettersRequests(1, [[]], false).requests).toHaveLength(0);
  });
});
