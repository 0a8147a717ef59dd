import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportConfirmResult, ImportPreviewResult } from '../src/core/import/request';
import { createRuntime } from '../test/runtime';

const CITIZENS = 10_000;

/** A synthetic CPR number (ddmmåå-ssss) for citizen i: born 1930-1959, unique serials. */
function cpr(i: number): string {
  const d = String((i % 28) + 1).padStart(2, '0');
  const m = String((i % 12) + 1).padStart(2, '0');
  const y = String(30 + (i % 30)).padStart(2, '0');
  return `${d}${m}${y}-${String(1000 + Math.floor(i / 12)).padStart(4, '0')}`;
}

/**
 * Import of a 10,000-row citizen list into a 10,000-row sheet on the built bundle (dist/Code.js) in the
 * in-memory runtime: the preview and the confirmed write, with service calls (they must not grow with
 * rows), real milliseconds and the modelled Apps Script time. The list keeps 8,000 citizens as they are,
 * changes the address of 1,000, brings 1,000 new ones, and leaves out 1,000 of the sheet's (missing).
 */
export function benchImport(citizens = CITIZENS): Record<string, { calls: number; ms: number; modelledMs: number; result: string }> {
  const rt = createRuntime({ now: new Date('2025-03-01T09:00:00Z') });
  const bundle = rt.load(join(__dirname, '..', 'dist', 'Code.js'));
  const sheet = rt.sheet('Sheet1');
  sheet.insertRowsAfter(sheet.getMaxRows(), citizens + 1 - sheet.getMaxRows());
  const headers = ['Navn', 'CPR', 'Adresse', 'Postnr', 'By', 'Telefon', 'Bor alene', 'Noter'];
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  sheet.getRange(2, 2, citizens, 1).setNumberFormat('@');
  sheet.getRange(2, 1, citizens, headers.length).setValues(
    Array.from({ length: citizens }, (_, i) => [`Borger ${i}`, cpr(i), `Prøvevej ${i}`, '2600', 'Glostrup', `4400${i}`, i % 3 === 0, '']),
  );
  bundle.run('fhbSetup');

  const lines = ['CPR-nummer;Navn;Adresse;Postnummer;By;Telefon;Enlig'];
  for (let i = citizens / 10; i < citizens + citizens / 10; i++) {
    const address = i < citizens / 5 ? `Nyvej ${i}` : `Prøvevej ${i}`;
    lines.push(`${cpr(i)};Borger ${i};${address};2600;Glostrup;4400${i};${i % 3 === 0 ? 'ja' : 'nej'}`);
  }
  const text = lines.join('\r\n');
  const request = { fileName: 'borgerliste.csv', encoding: 'windows-1252', text, mode: 'full' };

  const measure = <T>(fn: () => T, describe: (r: T) => string) => {
    rt.calls.reset();
    const clock = rt.clock.nowMs();
    const started = performance.now();
    const r = fn();
    const ms = Math.round(performance.now() - started);
    if (process.env.FHB_BENCH_CALLS) console.log(JSON.stringify(rt.calls.byName));
    return { calls: rt.calls.total(), ms, modelledMs: rt.clock.nowMs() - clock, result: describe(r) };
  };
  let fingerprint = '';
  const preview = measure(
    () => bundle.googleScriptRun('fhbImportPreview', request) as ImportPreviewResult,
    (r) => {
      if (r.kind !== 'preview') return r.message;
      fingerprint = r.fingerprint;
      return JSON.stringify(r.counts);
    },
  );
  const confirm = measure(
    () => bundle.googleScriptRun('fhbImportConfirm', { ...request, fingerprint }) as ImportConfirmResult,
    (r) => r.message,
  );
  const again = measure(
    () => bundle.googleScriptRun('fhbImportPreview', request) as ImportPreviewResult,
    (r) => (r.kind === 'preview' ? JSON.stringify(r.counts) : r.message),
  );
  return { preview, confirm, previewAgain: again };
}
