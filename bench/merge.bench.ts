import { performance } from 'node:perf_hooks';
import { createRuntime, type Runtime } from '../test/runtime';
import { join } from 'node:path';
import { dueCitizens, formatInside, SETTINGS, writeCitizens, writeSettings } from '../test/integration/merge/fixture';

// Resolved from this file (build/bench.cjs once bundled), not the fixture's folder.
const BUNDLE = join(__dirname, '..', 'dist', 'Code.js');

const LETTERS = 1_000;

interface MergeBench {
  letters: number;
  serviceCalls: number;
  callsPerLetter: number;
  /** Modelled time inside executions (runtime clock: 50 ms a call, more for creates and exports). */
  executionMinutes: number;
  /** From the click to the last letter, including the minutes between trigger runs. */
  elapsedMinutes: number;
  /** Executions that did work: the first click, then the resume trigger's runs. */
  batches: number;
  /** Docs API writes Google refused for its per-minute quota (60 a user), and the modelled time spent waiting (pacing and backoff). */
  quotaRefused: number;
  waitedMinutes: number;
  documentsCreated: number;
  realMs: number;
  /** This process's CPU time for the merge (the bundle and the in-memory runtime around it), in ms per 1,000 letters. */
  cpuMsPer1000: number;
}

/**
 * 1,000 letters with the default templates through the built bundle (dist/Code.js) in the in-memory
 * runtime, in each output mode: how many service calls, how much modelled time and how many documents
 * (the daily quota is 250 for consumer accounts, 1,500 for Workspace) one merge costs. `combinedRuns`:
 * the combined mode with words formatted inside sentences of the templates (formatInside).
 */
export function benchMerge(letters = LETTERS): Record<'combined' | 'combinedRuns' | 'perCitizen' | 'perCitizenPdf', MergeBench> {
  return {
    combined: run(letters, { scope: 'due' }),
    combinedRuns: run(letters, { scope: 'due' }, formatInside),
    perCitizen: run(letters, { scope: 'due', mode: 'perCitizen' }),
    perCitizenPdf: run(letters, { scope: 'due', mode: 'perCitizen', pdf: true }),
  };
}

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function run(letters: number, start: Record<string, unknown>, templates?: (rt: Runtime) => void): MergeBench {
  const rt = createRuntime({ now: new Date('2025-03-04T08:00:00Z'), accountType: 'workspace' });
  const bundle = rt.load(BUNDLE, { realTimeoutMs: 600_000 });
  writeCitizens(rt, dueCitizens(letters));
  // The fixture's meeting seats 200: a thousand letters need room for every 70- and 75-year-old.
  writeSettings(rt, { ...SETTINGS, meetings: SETTINGS.meetings.map((m) => ({ ...m, capacity: letters })) });
  bundle.run('fhbCreateTemplates');
  templates?.(rt);
  const docsBefore = rt.documents.docs.size;
  rt.calls.reset();
  const t0 = rt.clock.nowMs();
  const slept0 = rt.kernel.sleptMs;
  const real0 = performance.now();
  const cpu0 = process.cpuUsage();
  let batches = 1;
  let idleMs = 0;
  let progress = bundle.googleScriptRun('fhbMergeStart', start) as { finished: boolean };
  while (!progress.finished) {
    rt.clock.advance(60_000);
    idleMs += 60_000;
    if (rt.triggers.runDue() > 0) batches++;
    progress = bundle.googleScriptRun('fhbMergeStatus') as { finished: boolean };
  }
  return {
    letters,
    serviceCalls: rt.calls.total(),
    callsPerLetter: Math.round((rt.calls.total() / letters) * 100) / 100,
    executionMinutes: Math.round((rt.clock.nowMs() - t0 - idleMs) / 600) / 100,
    elapsedMinutes: Math.round((rt.clock.nowMs() - t0) / 600) / 100,
    batches,
    quotaRefused: rt.docsQuota.refusedTotal,
    waitedMinutes: Math.round((rt.kernel.sleptMs - slept0) / 600) / 100,
    documentsCreated: rt.documents.docs.size - docsBefore,
    realMs: Math.round(performance.now() - real0),
    cpuMsPer1000: Math.round(cpuMs(process.cpuUsage(cpu0)) * (1000 / letters)),
  };
}
