import { layout, differingInside, Letter, stretches, withBreaks } from './render';
import { lookKey } from './shape';

/**
 * How many requests appendLettersRequests makes for the letters added so far, kept letter by letter: the
 * batch limit is checked against it in time linear in the letters (working the whole batch's requests out
 * again for each letter added was quadratic in the batch). It follows the renderer's choices: the text
 * insert, a page break each, the commonest paragraph look and a request per run of others, and the text
 * looks the flat or the layered way, whichever takes fewer.
 */
export class RequestCount {
  private paragraphs = 0;
  private hasText = false;
  private breaks = 0;
  private readonly paragraphLooks = new KeyRuns();
  /** Each paragraph's own look (its end's), as the layered way sets them. */
  private readonly blockLooks = new KeyRuns();
  /** The stretches of one look, as the flat way sets them. */
  private readonly stretchLooks = new KeyRuns();
  /** Layered: the stretches inside paragraphs that differ from their paragraph's look. */
  private inside = 0;

  /** `breakFirst`: the letter starts on a new page (it follows another, or the document's letters). */
  add(letter: Letter, breakFirst: boolean): void {
    if (letter.length === 0) return;
    const paragraphs = withBreaks(letter, breakFirst);
    // Where each paragraph lands does not change how many requests style it: the letter is laid out alone.
    const { text, breaks, placed } = layout(0, paragraphs);
    // A first paragraph without a page break is joined to the text before it by a newline.
    this.hasText ||= text !== '' || (this.paragraphs > 0 && !paragraphs[0].breakBefore);
    this.paragraphs += paragraphs.length;
    this.breaks += breaks.length;
    for (const p of placed) {
      this.paragraphLooks.push(lookKey(p.paragraph));
      this.blockLooks.push(lookKey(p.look));
      this.inside += differingInside(p).length;
    }
    for (const s of stretches(placed)) this.stretchLooks.push(lookKey(s.look));
  }

  get total(): number {
    if (this.paragraphs === 0) return 0;
    const flat = 1 + this.stretchLooks.runs - this.stretchLooks.mostRuns();
    const layered = 1 + this.blockLooks.runsBesideCommonest() + this.inside;
    return (this.hasText ? 1 : 0) + this.breaks + 1 + this.paragraphLooks.runsBesideCommonest() + Math.min(flat, layered);
  }
}

/** A sequence of keys as runs of neighbours alike: how many runs, and per key its items and its runs. */
class KeyRuns {
  runs = 0;
  /** Items per key, in the order the keys first came (the renderer's tie-break for the commonest). */
  private readonly items = new Map<string, number>();
  private readonly runsOf = new Map<string, number>();
  private last: string | undefined;

  push(key: string): void {
    this.items.set(key, (this.items.get(key) ?? 0) + 1);
    if (key === this.last) return;
    this.runs++;
    this.runsOf.set(key, (this.runsOf.get(key) ?? 0) + 1);
    this.last = key;
  }

  /** Runs of keys other than the commonest (most items; the first to come of those tied). */
  runsBesideCommonest(): number {
    let best: string | undefined;
    let most = 0;
    for (const [key, n] of this.items) if (n > most) [best, most] = [key, n];
    return best === undefined ? 0 : this.runs - (this.runsOf.get(best) ?? 0);
  }

  /** The runs of the key with the most runs. */
  mostRuns(): number {
    let most = 0;
    for (const n of this.runsOf.values()) most = Math.max(most, n);
    return most;
  }
}
