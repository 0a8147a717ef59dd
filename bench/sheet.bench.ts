import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRuntime } from '../test/runtime';

const CITIZENS = 10_000;

/**
 * Set-up and refresh of a team's sheet of 10,000 synthetic citizens in the in-memory runtime with the
 * built bundle (dist/Code.js): service calls (the number must not grow with rows), real milliseconds
 * (including the recalculation of FHB_PLAN/FHB_STATUS/FHB_REASON over every row), and the modelled
 * Apps Script time (50 ms per service call).
 */
export function benchSheet(citizens = CITIZENS): Record<string, { calls: number; ms: number; modelledMs: number }> {
  const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
  const bundle = rt.load(join(__dirname, '..', 'dist', 'Code.js'));
  const sheet = rt.sheet('Sheet1');
  sheet.insertRowsAfter(sheet.getMaxRows(), citizens + 1 - sheet.getMaxRows());
  const headers = ['Navn', 'Fødselsdato', 'Bor alene', 'Telefon', 'Noter'];
  const rows = Array.from({ length: citizens }, (_, i) => [
    `Borger ${i + 1}`,
    new Date(Date.UTC(1930 + (i % 40), i % 12, (i % 28) + 1)),
    i % 3 === 0,
    `4400${i}`,
    '',
  ]);
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);

  const measure = (fn: () => void) => {
    rt.calls.reset();
    const clock = rt.clock.nowMs();
    const started = performance.now();
    fn();
    const ms = Math.round(performance.now() - started);
    return { calls: rt.calls.total(), ms, modelledMs: rt.clock.nowMs() - clock };
  };
  const setup = measure(() => bundle.run('fhbSetup'));
  // Reading a status makes the runtime compute every formula, as Sheets would show it.
  const firstCalculation = measure(() => rt.sheet('Borgere').valuesOf('A2:A2'));
  const refresh = measure(() => bundle.run('fhbRefresh'));
  const setupAgain = measure(() => bundle.run('fhbSetup'));
  const daily = measure(() => rt.triggers.fire('fhbDailyUpdate'));
  return { setup, firstCalculation, refresh, setupAgain, daily };
}

