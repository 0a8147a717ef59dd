import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { HISTORY_HEADERS } from '../src/core/history/text';
import { createRuntime } from '../test/runtime';

const CITIZENS = 10_000;

/**
 * The daily trigger with a history of 0, 5,000 and 50,000 rows, on a sheet of 10,000 synthetic citizens
 * of whom every fifth has records (the trigger appends what the history lacks, and at New Year closes the
 * year): service calls must be the same for every history size; real milliseconds and the modelled
 * Apps Script time (50 ms per service call) are shown beside them.
 */
export function benchHistory(): Record<string, { historyRows: number; calls: number; ms: number; modelledMs: number; appended: number }> {
  const out: Record<string, { historyRows: number; calls: number; ms: number; modelledMs: number; appended: number }> = {};
  for (const historyRows of [0, 5_000, 50_000]) {
    for (const when of ['an ordinary day', 'New Year'] as const) {
      const now = when === 'New Year' ? '2025-12-31T23:30:00Z' : '2025-06-02T09:00:00Z';
      const rt = createRuntime({ now: new Date(now) });
      const bundle = rt.load(join(__dirname, '..', 'dist', 'Code.js'), { realTimeoutMs: 600_000 });
      const sheet = rt.sheet('Sheet1');
      sheet.insertRowsAfter(sheet.getMaxRows(), CITIZENS + 1 - sheet.getMaxRows());
      const headers = ['Navn', 'Fødselsdato', 'Bor alene', 'Inviteret', 'Gennemført'];
      const rows = Array.from({ length: CITIZENS }, (_, i) => [
        `Borger ${i + 1}`,
        new Date(Date.UTC(1930 + (i % 40), i % 12, (i % 28) + 1)),
        i % 3 === 0,
        i % 5 === 0 ? new Date(Date.UTC(2025, i % 5, 3)) : '',
        i % 10 === 0 ? new Date(Date.UTC(2025, 4, 12)) : '',
      ]);
      sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
      sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);
      bundle.run('fhbSetup');
      // The sheet's formulas computed once, as Sheets has them (the sheet bench times that on its own).
      rt.sheet('Borgere').valuesOf('A2:A2');
      if (historyRows > 0) {
        const history = rt.addSheet('Historik');
        history.insertRowsAfter(history.getMaxRows(), historyRows + 1 - history.getMaxRows());
        history.getRange(1, 1, 1, HISTORY_HEADERS.length).setValues([[...HISTORY_HEADERS]]);
        const filler = Array.from({ length: historyRows }, (_, i) => [
          new Date(Date.UTC(2020 + (i % 5), 2, 1)), 'konsulent1@kommune.dk', `cold${i}`, `Tidligere borger ${i}`, 2020 + (i % 5), 'ALDER_82', 'Gennemført',
          new Date(Date.UTC(2020 + (i % 5), 2, 1)), '', 'Sidepanel',
        ]);
        history.getRange(2, 1, historyRows, HISTORY_HEADERS.length).setValues(filler);
      }
      const before = rt.spreadsheet.findSheet('Historik')?.getLastRow() ?? 0;
      rt.calls.reset();
      const clock = rt.clock.nowMs();
      const started = performance.now();
      rt.triggers.fire('fhbDailyUpdate');
      const ms = Math.round(performance.now() - started);
      const appended = (rt.spreadsheet.findSheet('Historik')?.getLastRow() ?? 1) - Math.max(before, 1);
      out[`${historyRows} history rows, ${when}`] = { historyRows, calls: rt.calls.total(), ms, modelledMs: rt.clock.nowMs() - clock, appended };
    }
  }
  return out;
}
