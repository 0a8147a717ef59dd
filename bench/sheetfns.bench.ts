import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { syntheticCitizens } from './engine.bench';
import { dayToUtcDate } from '../src/core/day';

const BUNDLE = join(__dirname, '..', 'dist', 'Code.js');

/** A context with only what a custom function may touch: the spreadsheet's time zone. */
function freshContext(): vm.Context {
  return vm.createContext({
    SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => 'Europe/Copenhagen' }) },
  });
}

/**
 * Sheets loads the whole script for every custom-function call: the cold load is compiling and running
 * the bundle's top level in a fresh context, then the first small call.
 */
export function benchSheetFunctions(rows = 100_000) {
  const code = readFileSync(BUNDLE, 'utf8');
  const coldRuns: number[] = [];
  // CPU time too: on a shared, busy machine the wall time of a 10 ms load mostly measures the neighbours.
  const coldCpu: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const context = freshContext();
    new vm.Script(code).runInContext(context);
    context.FHB_OFFER('12-05-1945', '', '01-03-2025', '', '', '', '', 'glostrup-2025');
    const used = process.cpuUsage(cpu);
    coldRuns.push(performance.now() - started);
    coldCpu.push((used.user + used.system) / 1000);
  }
  coldRuns.sort((a, b) => a - b);
  coldCpu.sort((a, b) => a - b);

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
  run(); // warm up, as a sheet recalculating a second time
  const started = performance.now();
  const result = run();
  const ms = performance.now() - started;
  if (result.length !== rows) throw new Error('FHB_PLAN returned the wrong number of rows');

  // FHB_STOLETEST over the same rows: a count per row (0-25, an empty cell now and then: no test), the
  // sex from a column, the test day one value, as the sheet's formula would pass them.
  const counts = column((i) => (i % 17 === 0 ? '' : (i * 7) % 26));
  const sexes = column((i) => (i % 2 ? 'mand' : 'kvinde'));
  const chairStand = () => context.FHB_STOLETEST(counts, birth, sexes, asOf) as unknown[][];
  chairStand();
  const chairStarted = performance.now();
  const readings = chairStand();
  const chairMs = performance.now() - chairStarted;
  if (readings.length !== rows) throw new Error('FHB_STOLETEST returned the wrong number of rows');
  return {
    rows,
    planMs: Math.round(ms),
    rowsPerSecond: Math.round(rows / (ms / 1000)),
    stoletestMs: Math.round(chairMs),
    stoletestRowsPerSecond: Math.round(rows / (chairMs / 1000)),
    coldLoadMedianMs: +coldRuns[Math.floor(coldRuns.length / 2)].toFixed(1),
    coldLoadCpuMedianMs: +coldCpu[Math.floor(coldCpu.length / 2)].toFixed(1),
    bundleKB: +(code.length / 1024).toFixed(1),
  };
}
