import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { syntheticCitizens } from './engine.bench';
import { dayToUtcDate } from '../src/core/day';

const ROOT = join(__dirname, '..');
const BUNDLE = join(ROOT, 'dist', 'Code.js');
/**
 * The bundle the issue measures against (issue 26: 345 KB, before date-fns' parse and zod grew it). It is
 * built from that commit's own source at bench time, with today's node_modules (the same date-fns 4.4.0
 * and zod 4.6.7 it pinned), into build/baseline-<commit>/, and kept there for the next bench.
 */
const BASELINE_COMMIT = '546a670';

/** The baseline's dist/Code.js, built once; or why it could not be (a checkout without git history). */
function baselineBundle(): { path: string } | { missing: string } {
  const dir = join(ROOT, 'build', `baseline-${BASELINE_COMMIT}`);
  const path = join(dir, 'dist', 'Code.js');
  if (existsSync(path)) return { path };
  try {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${BASELINE_COMMIT} | tar -x -C "${dir}"`, { cwd: ROOT, stdio: 'pipe' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execSync('node scripts/build.mjs --only gas --quiet', { cwd: dir, stdio: 'pipe' });
    return { path };
  } catch (e) {
    return { missing: `${BASELINE_COMMIT} not built: ${(e as Error).message.split('\n')[0]}` };
  }
}

/** A context with only what a custom function may touch: the spreadsheet's time zone. */
function freshContext(): vm.Context {
  return vm.createContext({
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => 'Europe/Copenhagen' }) },
  });
}

/** Sheets loads the whole script for every custom-function call: compiling and running the top level in a fresh context, then one small call. */
function coldLoad(code: string): { ms: number; cpuMs: number } {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const context = freshContext();
  new vm.Script(code).runInContext(context);
  context.FHB_OFFER('12-05-1945', '', '01-03-2025', '', '', '', '', 'glostrup-2025');
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * FHB_PLAN over `rows` rows in one call, after a first call (a sheet recalculating a second time); and,
 * where the bundle has it, FHB_STOLETEST over the same rows (a count per row, 0-25, an empty cell now and
 * then: no test; the sex from a column; the test day one value, as the sheet's formula passes them).
 */
function planMs(code: string, rows: number): { planMs: number; stoletestMs?: number } {
  const context = freshContext();
  new vm.Script(code).runInContext(context);
  // Values as Sheets hands them over: Dates at midnight Copenhagen, made in the context's own realm.
  const toContextDate = vm.runInContext('(t) => new Date(t)', context) as (t: number) => Date;
  const citizens = syntheticCitizens(rows, 7);
  const column = (f: (i: number) => unknown) => citizens.map((_, i) => [f(i)]);
  const birth = column((i) => toContextDate(dayToUtcDate(citizens[i].birth).getTime() - 3_600_000));
  const alone = column((i) => citizens[i].livesAlone);
  const died = column((i) => (citizens[i].spouseDied ? toContextDate(dayToUtcDate(citizens[i].spouseDied!).getTime() - 3_600_000) : ''));
  const risk = column((i) => (citizens[i].atRisk ? 'x' : ''));
  const exempt = column((i) => (citizens[i].exempt ? citizens[i].exemptReason ?? true : ''));
  const asOf = toContextDate(Date.UTC(2025, 2, 1) - 3_600_000);
  const run = () => context.FHB_PLAN(birth, alone, asOf, died, '', risk, exempt, 'glostrup-2025') as unknown[][];
  run();
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (result.length !== rows) throw new Error('FHB_PLAN returned the wrong number of rows');
  if (typeof context.FHB_STOLETEST !== 'function') return { planMs: ms };
  const counts = column((i) => (i % 17 === 0 ? '' : (i * 7) % 26));
  const sexes = column((i) => (i % 2 ? 'mand' : 'kvinde'));
  const chairStand = () => context.FHB_STOLETEST(counts, birth, sexes, asOf) as unknown[][];
  chairStand();
  const chairStarted = performance.now();
  const readings = chairStand();
  const stoletestMs = performance.now() - chairStarted;
  if (readings.length !== rows) throw new Error('FHB_STOLETEST returned the wrong number of rows');
  return { planMs: ms, stoletestMs };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (code: string) => +(Buffer.byteLength(code, 'utf8') / 1024).toFixed(1);

/**
 * dist/Code.js beside the baseline, in the same run: size (KB of UTF-8), the cold load (median of 15,
 * the two bundles taking turns so a busy neighbour slows both alike; wall and CPU time), and FHB_PLAN over
 * 100,000 rows. The last row is the ratio now ÷ baseline: the figures to hold, since these machines are noisy.
 */
export function benchSheetFunctions(rows = 100_000) {
  const code = readFileSync(BUNDLE, 'utf8');
  const baseline = baselineBundle();
  const old = 'path' in baseline ? readFileSync(baseline.path, 'utf8') : undefined;
  const cold: { ms: number; cpuMs: number }[] = [];
  const oldCold: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < 15; i++) {
    cold.push(coldLoad(code));
    if (old) oldCold.push(coldLoad(old));
  }
  const timed = planMs(code, rows);
  const now = {
    bundle: 'dist/Code.js',
    bundleKB: kb(code),
    coldLoadMedianMs: +median(cold.map((c) => c.ms)).toFixed(1),
    coldLoadCpuMedianMs: +median(cold.map((c) => c.cpuMs)).toFixed(1),
    planMs: Math.round(timed.planMs),
  };
  const extra = timed.stoletestMs === undefined ? {} : { stoletestMs: Math.round(timed.stoletestMs) };
  if (!old) return [{ ...now, rows, ...extra }, { bundle: (baseline as { missing: string }).missing }];
  const then = {
    bundle: BASELINE_COMMIT,
    bundleKB: kb(old),
    coldLoadMedianMs: +median(oldCold.map((c) => c.ms)).toFixed(1),
    coldLoadCpuMedianMs: +median(oldCold.map((c) => c.cpuMs)).toFixed(1),
    planMs: Math.round(planMs(old, rows).planMs),
  };
  const ratio = (a: number, b: number) => +(a / b).toFixed(2);
  return [
    { ...now, rows, ...extra },
    { ...then, rows },
    {
      bundle: `ratio ${now.bundle} ÷ ${BASELINE_COMMIT}`,
      bundleKB: ratio(now.bundleKB, then.bundleKB),
      coldLoadMedianMs: ratio(now.coldLoadMedianMs, then.coldLoadMedianMs),
      coldLoadCpuMedianMs: ratio(now.coldLoadCpuMedianMs, then.coldLoadCpuMedianMs),
      planMs: ratio(now.planMs, then.planMs),
      rows,
    },
  ];
}
