/**
 * A team's or a profile's text made fit to stand inside one of our sentences: a legal basis, a referrer or a
 * meeting place may be typed as a sentence of its own ("Aftalt ved besøget.", "Rådhuset. "), and spliced as it
 * is it reads "besøget., som" or "Rådhuset.." in a letter. Leading and trailing spaces and the final full stops,
 * commas and semicolons go; the text inside is kept as typed. Walked by hand from the end: a pattern such as
 * `[\s.]+$` rescans a long run of spaces from each of its characters (issue 22).
 */
export function inSentence(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s.,;]/.test(text[end - 1])) end--;
  return text.slice(0, end).trimStart();
}
