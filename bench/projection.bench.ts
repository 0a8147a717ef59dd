import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_AS_OF, sampleCsv } from '../scripts/generate-sample';
import { measuredCliRun, writeSampler } from './offline-run.bench';

const CITIZENS = 100_000;

export interface ProjectionBench {
  mode: string;
  citizens: number;
  wallS: number;
  peakRssMb: number;
  peakHeapMb: number;
  docxKb: number;
}

/**
 * The projection as a team leader runs it (`npm start -- big.csv --fremskriv 2027 [--forslag ballerup]`):
 * 100,000 seeded citizens, once with the profile in use alone and once beside a proposal (two profiles
 * planned, compared citizen by citizen), writing fremskrivning.xlsx, .docx and .csv. Each run is a child
 * process of its own (wall time, its own peak RSS), as the offline planner run's bench measures the CLI.
 */
export function benchProjection(): ProjectionBench[] {
  const dir = mkdtempSync(join(tmpdir(), 'fhb-bench-projection-'));
  try {
    const input = join(dir, 'borgere.csv');
    writeFileSync(input, sampleCsv(7, CITIZENS));
    writeFileSync(join(dir, 'indstillinger.json'), JSON.stringify({ asOf: SAMPLE_AS_OF, profile: 'glostrup-2025', consultants: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }] }));
    const sampler = writeSampler(dir);
    return [
      { mode: 'én profil (glostrup-2025)', args: [] },
      { mode: 'to profiler (--forslag ballerup)', args: ['--forslag', 'ballerup'] },
    ].map(({ mode, args }, i) => {
      const out = join(dir, `ud-${i}`);
      const run = measuredCliRun(dir, sampler, [input, '--fremskriv', '2027', '--out', out, ...args], mode);
      const docxKb = Math.round(statSync(join(out, 'fremskrivning.docx')).size / 1024);
      rmSync(out, { recursive: true, force: true });
      return { mode, citizens: CITIZENS, ...run, docxKb };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
