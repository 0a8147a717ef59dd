import { mulberry32 as prng } from '../src/core/random';

/** The dice of the sample generators: one seeded stream, drawn in a fixed order, so a seed is a file. */
export interface Gen {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A number in [0, 1), as Math.random gives. */
  next(): number;
}

export function gen(seed: number): Gen {
  const next = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (items) => items[int(0, items.length - 1)], chance: (p) => next() < p, next };
}
