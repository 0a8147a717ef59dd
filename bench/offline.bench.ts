import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromIso } from '../src/core/day';
import { resolveProfile } from '../src/core/profiles/registry';
import { offerCatalog, yearReport } from '../src/core/report/year-report';
import { Settings } from '../src/core/settings/schema';
import { tableFromCsv } from '../src/offline/input';
import { writeLetters } from '../src/offline/letters';
import { planTable } from '../src/offline/plan-table';
import { writePlanXlsx } from '../src/offline/plan-xlsx';
import { SAMPLE_AS_OF, sampleCsv } from '../scripts/generate-sample';

const CITIZENS = 100_000;
const LETTERS = 1_000;

export interface OfflineBench {
  citizens: number;
  /** CSV text → table. */
  readMs: number;
  /** Coercion and rules for every row. */
  planMs: number;
  /** plan.xlsx with Plan, Oversigt and Fejl, streamed to disk. */
  xlsxMs: number;
  xlsxMb: number;
  /** Highest resident set and heap seen during the run (sampled every 50 ms and at each progress step). */
  peakRssMb: number;
  peakHeapMb: number;
  letters: number;
  lettersMs: number;
}

/**
 * 100,000 seeded citizens (the sample's generator) planned and written to plan.xlsx, then the letters of
 * the first 1,000 letter-due citizens as .docx. Run with `node --expose-gc` to start from a collected heap.
 */
export async function benchOffline(): Promise<OfflineBench> {
  const dir = mkdtempSync(join(tmpdir(), 'fhb-bench-'));
  const csv = sampleCsv(7, CITIZENS);
  (globalThis as { gc?: () => void }).gc?.();
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 50);
  try {
    const profile = resolveProfile('glostrup-2025');
    const asOf = fromIso(SAMPLE_AS_OF)!;

    let t = performance.now();
    const table = tableFromCsv(csv);
    const readMs = performance.now() - t;

    t = performance.now();
    const plan = planTable(table, asOf, profile, { onProgress: sample });
    const planMs = performance.now() - t;

    t = performance.now();
    const report = yearReport(
      { year: 2025, rows: plan.planned.map((p) => ({ code: p.plan.code, status: p.status })), errors: plan.bad.length, source: 'data' },
      offerCatalog(profile),
    );
    const xlsxPath = join(dir, 'plan.xlsx');
    await writePlanXlsx(xlsxPath, plan, report, { onProgress: sample });
    const xlsxMs = performance.now() - t;
    const { size } = statSync(xlsxPath);

    const settings = Settings.parse({
      municipality: 'Eksempel Kommune', department: 'Forebyggende hjemmebesøg', address: 'Eksempelvej 1', postcodeCity: '2600 Egelund',
      phone: '12 34 56 78', phoneHours: 'kl. 8-9', email: 'a@eksempel.invalid', signature: 'Konsulenterne',
    });
    // The first rows that get a letter without a booked time (ALDER_80's fixed time needs a Besøg).
    const due = plan.planned.filter((p) => p.status === 'due' && p.plan.offers[0]?.booking !== 'fixedTime' && p.plan.offers[0]?.booking !== 'phone');
    const subset = { ...plan, planned: due.slice(0, LETTERS), bad: [] };
    t = performance.now();
    const letters = writeLetters(subset, { outDir: dir, combined: false, settings, today: asOf, onProgress: (n) => n % 100 === 0 && sample() });
    const lettersMs = performance.now() - t;
    sample();
    return {
      citizens: table.rows.length,
      readMs: Math.round(readMs),
      planMs: Math.round(planMs),
      xlsxMs: Math.round(xlsxMs),
      xlsxMb: round1(size / 1e6),
      peakRssMb: round1(peakRss / 1e6),
      peakHeapMb: round1(peakHeap / 1e6),
      letters: letters.letters,
      lettersMs: Math.round(lettersMs),
    };
  } finally {
    clearInterval(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;
