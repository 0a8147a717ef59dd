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

interface Timed { ms: number; cpuMs: number }

/** Wall and CPU time of one call (CPU: this process's, so a busy neighbour on a shared machine does not count). */
function timed<T>(f: () => T): Timed & { result: T } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = f();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * Sheets loads the whole script for every custom-function call: compiling and running the top level in a
 * fresh context, then one small call. V8 keeps a compiled script for the same text, so after the first
 * round this times the top level and the call; `uncached` makes each text new (a comment with a counter),
 * so the whole parse, which grows with the bundle's size, is timed too.
 */
let uncachedRun = 0;
function coldLoad(code: string, uncached = false): Timed {
  const source = uncached ? `${code}\n// ${++uncachedRun}\n` : code;
  return timed(() => {
    const context = freshContext();
    new vm.Script(source).runInContext(context);
    context.FHB_OFFER('12-05-1945', '', '01-03-2025', '', '', '', '', 'glostrup-2025');
  });
}

/**
 * FHB_PLAN over `rows` rows in one call, ready to be timed after a first call (a sheet recalculating a
 * second time); and, where the bundle has it, FHB_STOLETEST over the same rows (a count per row, 0-25, an
 * empty cell now and then: no test; the sex from a column; the test day one value, as the sheet's formula
 * passes them).
 */
function planRuns(code: string, rows: number): { plan: () => Timed; status: () => Timed; stoletest?: () => Timed } {
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
  const checked = (name: string, f: () => unknown[][]) => () => {
    // A clean heap first (npm run bench exposes gc): the other bundle's garbage is not charged to this call.
    global.gc?.();
    const t = timed(f);
    if (t.result.length !== rows) throw new Error(`${name} returned the wrong number of rows`);
    return { ms: t.ms, cpuMs: t.cpuMs };
  };
  const plan = checked('FHB_PLAN', () => context.FHB_PLAN(birth, alone, asOf, died, '', risk, exempt, 'glostrup-2025') as unknown[][]);
  plan();
  // FHB_STATUS as Borgere calls it: the plan's code and window, an invitation on every fifth row, a visit
  // held on every eleventh, the other records empty.
  const planned = context.FHB_PLAN(birth, alone, asOf, died, '', risk, exempt, 'glostrup-2025') as unknown[][];
  const from = planned.map((p) => [p[4]]);
  const to = planned.map((p) => [p[5]]);
  const codes = planned.map((p) => [p[0]]);
  const invited = column((i) => (i % 5 === 0 ? toContextDate(Date.UTC(2025, 0, 2 + (i % 50)) - 3_600_000) : ''));
  const done = column((i) => (i % 11 === 0 ? toContextDate(Date.UTC(2025, 1, 1 + (i % 20)) - 3_600_000) : ''));
  const empty = column(() => '');
  const status = checked('FHB_STATUS', () => context.FHB_STATUS(codes, from, to, invited, empty, done, empty, asOf) as unknown[][]);
  status();
  if (typeof context.FHB_STOLETEST !== 'function') return { plan, status };
  const counts = column((i) => (i % 17 === 0 ? '' : (i * 7) % 26));
  const sexes = column((i) => (i % 2 ? 'mand' : 'kvinde'));
  const stoletest = checked('FHB_STOLETEST', () => context.FHB_STOLETEST(counts, birth, sexes, asOf) as unknown[][]);
  stoletest();
  return { plan, status, stoletest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (code: string) => +(Buffer.byteLength(code, 'utf8') / 1024).toFixed(1);

/**
 * dist/Code.js beside the baseline, in the same run: size (KB of UTF-8), the cold load (median of 15,
 * the two bundles taking turns so a busy neighbour slows both alike; wall and CPU time, and CPU time with
 * the parse uncached), FHB_PLAN over 100,000 rows (median of 3, taking turns; wall and CPU) and FHB_STATUS over its output (CPU). The last
 * row is the ratio now ÷ baseline: the figures to hold, CPU above all, since these machines are noisy.
 * The process runs in the script's zone (appsscript.json), as the script does on Google.
 */
export function benchSheetFunctions(rows = 100_000) {
  // On Google the script runs in appsscript.json's zone, which a Danish sheet shares: so does the bench.
  const savedZone = process.env.TZ;
  process.env.TZ = JSON.parse(readFileSync(join(ROOT, 'appsscript.json'), 'utf8')).timeZone;
  try {
    return benchInScriptZone(rows);
  } finally {
    if (savedZone === undefined) delete process.env.TZ;
    else process.env.TZ = savedZone;
  }
}

function benchInScriptZone(rows: number) {
  const code = readFileSync(BUNDLE, 'utf8');
  const baseline = baselineBundle();
  const old = 'path' in baseline ? readFileSync(baseline.path, 'utf8') : undefined;
  const cold: Timed[] = [];
  const oldCold: Timed[] = [];
  const parsed: Timed[] = [];
  const oldParsed: Timed[] = [];
  for (let i = 0; i < 15; i++) {
    cold.push(coldLoad(code));
    parsed.push(coldLoad(code, true));
    if (old) oldCold.push(coldLoad(old));
    if (old) oldParsed.push(coldLoad(old, true));
  }
  // FHB_PLAN three times each, the two bundles taking turns; the medians.
  const runs = planRuns(code, rows);
  const oldRuns = old ? planRuns(old, rows) : undefined;
  const plans: Timed[] = [];
  const oldPlans: Timed[] = [];
  const statuses: Timed[] = [];
  const oldStatuses: Timed[] = [];
  for (let i = 0; i < 3; i++) {
    plans.push(runs.plan());
    if (oldRuns) oldPlans.push(oldRuns.plan());
    statuses.push(runs.status());
    if (oldRuns) oldStatuses.push(oldRuns.status());
  }
  const chairStand = runs.stoletest?.();
  const now = {
    bundle: 'dist/Code.js',
    bundleKB: kb(code),
    coldLoadMedianMs: +median(cold.map((c) => c.ms)).toFixed(1),
    coldLoadCpuMedianMs: +median(cold.map((c) => c.cpuMs)).toFixed(1),
    uncachedCpuMedianMs: +median(parsed.map((c) => c.cpuMs)).toFixed(1),
    planMs: Math.round(median(plans.map((p) => p.ms))),
    planCpuMs: Math.round(median(plans.map((p) => p.cpuMs))),
    statusCpuMs: Math.round(median(statuses.map((p) => p.cpuMs))),
  };
  const extra = chairStand ? { stoletestMs: Math.round(chairStand.ms), stoletestCpuMs: Math.round(chairStand.cpuMs) } : {};
  if (!old) return [{ ...now, rows, ...extra }, { bundle: (baseline as { missing: string }).missing }];
  const then = {
    bundle: BASELINE_COMMIT,
    bundleKB: kb(old),
    coldLoadMedianMs: +median(oldCold.map((c) => c.ms)).toFixed(1),
    coldLoadCpuMedianMs: +median(oldCold.map((c) => c.cpuMs)).toFixed(1),
    uncachedCpuMedianMs: +median(oldParsed.map((c) => c.cpuMs)).toFixed(1),
    planMs: Math.round(median(oldPlans.map((p) => p.ms))),
    planCpuMs: Math.round(median(oldPlans.map((p) => p.cpuMs))),
    statusCpuMs: Math.round(median(oldStatuses.map((p) => p.cpuMs))),
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
      uncachedCpuMedianMs: ratio(now.uncachedCpuMedianMs, then.uncachedCpuMedianMs),
      planMs: ratio(now.planMs, then.planMs),
      planCpuMs: ratio(now.planCpuMs, then.planCpuMs),
      statusCpuMs: ratio(now.statusCpuMs, then.statusCpuMs),
      rows,
    },
  ];
}
