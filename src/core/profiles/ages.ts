import type { AgeBand } from './schema';

export const MAX_AGE = 130;

/** Age bands as a lookup table by calendar-year age, with excluded ages taken out. */
export function agesTable(bands: readonly AgeBand[], exclude: readonly number[] = []): Uint8Array {
  const table = new Uint8Array(MAX_AGE + 1);
  for (const band of bands) {
    for (let a = band.from; a <= (band.to ?? MAX_AGE); a++) table[a] = 1;
  }
  for (const a of exclude) if (a >= 0 && a <= MAX_AGE) table[a] = 0;
  return table;
}

/** A table back as Danish bands: "65-79 år, 81 år", "82 år og ældre", "alle aldre" (an event rule with no age limit). */
export function describeAges(table: Uint8Array): string {
  const parts: string[] = [];
  for (let a = 0; a <= MAX_AGE; a++) {
    if (!table[a]) continue;
    let b = a;
    while (b < MAX_AGE && table[b + 1]) b++;
    parts.push(b === MAX_AGE ? (a ? `${a} år og ældre` : 'alle aldre') : a === b ? `${a} år` : `${a}-${b} år`);
    a = b;
  }
  return parts.join(', ');
}
