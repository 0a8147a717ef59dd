import { dayFromYmd, Day } from '../src/core/day';
import { getProfile } from '../src/core/profiles/registry';
import { evaluate } from '../src/core/rules/engine';
import type { Citizen } from '../src/core/rules/types';
import { mulberry32 } from '../src/core/random';

/** Synthetic citizens aged 60 to 100 in 2025, with the flags spread as a real sheet might have them. */
export function syntheticCitizens(count: number, seed = 1): Citizen[] {
  const random = mulberry32(seed);
  const start = dayFromYmd(1925, 1, 1);
  const span = dayFromYmd(1965, 12, 31) - start;
  return Array.from({ length: count }, () => {
    const birth = (start + Math.floor(random() * span)) as Day;
    const died = random() < 0.03 ? ((dayFromYmd(2024, 10, 1) + Math.floor(random() * 150)) as Day) : undefined;
    return {
      birth,
      livesAlone: random() < 0.4,
      atRisk: random() < 0.05,
      exempt: random() < 0.04,
      exemptReason: random() < 0.5 ? 'plejebolig' : undefined,
      spouseDied: died,
    };
  });
}

export function benchEngine(count = 100_000): { citizens: number; evaluationsPerSecond: number; ms: number; peakHeapMB: number } {
  const citizens = syntheticCitizens(count);
  const profile = getProfile('glostrup-2025');
  const asOf = dayFromYmd(2025, 3, 1);
  for (let i = 0; i < 2000; i++) evaluate(citizens[i % citizens.length], asOf, profile); // warm up
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const started = performance.now();
  let offers = 0;
  for (let i = 0; i < citizens.length; i++) {
    offers += evaluate(citizens[i], asOf, profile).offers.length;
    if ((i & 8191) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const ms = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  if (offers === 0) throw new Error('the bench evaluated nothing');
  return { citizens: count, evaluationsPerSecond: Math.round(count / (ms / 1000)), ms: Math.round(ms), peakHeapMB: Math.round(peak / 1048576) };
}
