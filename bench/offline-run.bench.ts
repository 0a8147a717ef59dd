import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_AS_OF, sampleCsv } from '../scripts/generate-sample';

const CITIZENS = 100_000;

export interface OfflineRunBench {
  mode: string;
  citizens: number;
  /** Letters in forsendelser.csv. */
  letters: number;
  wallS: number;
  /** The kernel's peak resident set of the run (process.resourceUsage().maxRSS at exit): exact. */
  peakRssMb: number;
  /** Heap in use, sampled every 50 ms: a lower bound (the letters are written in one synchronous loop). */
  peakHeapMb: number;
  /** CPU time in user and kernel mode, and minor page faults (process.resourceUsage() at exit). */
  userS: number;
  kernelS: number;
  minorFaults: number;
}

/** Loaded into the child with --require: reports its own peaks to the file FHB_BENCH_PEAK names. */
const SAMPLER = `
let heap = 0;
const sample = () => { heap = Math.max(heap, process.memoryUsage().heapUsed); };
setInterval(sample, 50).unref();
process.on('exit', () => {
  sample();
  const use = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.FHB_BENCH_PEAK, JSON.stringify({ maxRssKb: use.maxRSS, heap, userUs: use.userCPUTime, kernelUs: use.systemCPUTime, minorFaults: use.minorPageFault }));
});
`;

/**
 * The offline planner as a team runs it (`npm start -- big.csv`): 100,000 seeded citizens (the sample's
 * generator), plan.xlsx, the report and every letter that is due, once one .docx per citizen, once
 * `--samlet` (one .docx per template), once planning only (`--ingen-breve`), and once with no settings file
 * (no sender: every letter is stopped, said before planning, issue 22 item 10). Each run is a child process
 * of its own, so its peak is its own. The target (issue 15): every peak under 1 GB.
 */
export function benchOfflineRun(): OfflineRunBench[] {
  const dir = mkdtempSync(join(tmpdir(), 'fhb-bench-run-'));
  try {
    const input = join(dir, 'borgere.csv');
    writeFileSync(input, sampleCsv(7, CITIZENS));
    // The municipality's details for the letters (without them every letter lacks its sender and none is written).
    writeFileSync(join(dir, 'indstillinger.json'), JSON.stringify({
      municipality: 'Eksempel Kommune', department: 'Forebyggende hjemmebesøg', address: 'Eksempelvej 1', postcodeCity: '2600 Egelund',
      phone: '12 34 56 78', phoneHours: 'kl. 8-9', email: 'a@eksempel.invalid', signature: 'Konsulenterne',
    }));
    // The same file with no indstillinger.json beside it.
    const bare = join(dir, 'uden-indstillinger');
    mkdirSync(bare);
    copyFileSync(input, join(bare, 'borgere.csv'));
    const sampler = writeSampler(dir);
    return [
      { mode: 'ét brev pr. borger', args: [] },
      { mode: '--samlet', args: ['--samlet'] },
      { mode: '--ingen-breve (kun plan.xlsx og rapport)', args: ['--ingen-breve'] },
      { mode: 'uden indstillinger (intet brev kan laves)', args: [], from: join(bare, 'borgere.csv') },
    ].map(({ mode, args, from }, i) => {
      const out = join(dir, `ud-${i}`);
      const run = measuredCliRun(dir, sampler, [from ?? input, '--dato', SAMPLE_AS_OF, '--out', out, ...args], mode);
      const manifest = join(out, 'breve', 'forsendelser.csv');
      const letters = existsSync(manifest) ? readFileSync(manifest, 'utf8').trim().split('\n').length - 1 : 0;
      rmSync(out, { recursive: true, force: true });
      return { mode, citizens: CITIZENS, letters, ...run };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The peak sampler, written into the bench's folder; its path goes to measuredCliRun. */
export function writeSampler(dir: string): string {
  const sampler = join(dir, 'sampler.cjs');
  writeFileSync(sampler, SAMPLER);
  return sampler;
}

/** One `npm start` run (build/cli.cjs) in a child process of its own: wall time and its own peaks. */
export function measuredCliRun(dir: string, sampler: string, args: readonly string[], label: string): { wallS: number; peakRssMb: number; peakHeapMb: number; userS: number; kernelS: number; minorFaults: number } {
  const peakFile = join(dir, `peak-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', sampler, join(__dirname, 'cli.cjs'), ...args], {
    env: { ...process.env, FHB_BENCH_PEAK: peakFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallS = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`offline run (${label}) exited ${run.status}: ${String(run.stderr).slice(-2000)}`);
  const peak = JSON.parse(readFileSync(peakFile, 'utf8')) as { maxRssKb: number; heap: number; userUs: number; kernelUs: number; minorFaults: number };
  return {
    wallS: round1(wallS), peakRssMb: Math.round((peak.maxRssKb * 1024) / 1e6), peakHeapMb: Math.round(peak.heap / 1e6),
    userS: round1(peak.userUs / 1e6), kernelS: round1(peak.kernelUs / 1e6), minorFaults: peak.minorFaults,
  };
}
