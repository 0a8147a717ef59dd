import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import * as cliText from '../../../src/cli/text';
import { runOffline } from '../../../src/offline/run';
import { FIELD_SOURCE } from '../../../src/core/letters/text';
import { SAMPLE, SAMPLE_SETTINGS, tempDir } from './helpers';

/**
 * Issue 22, item 10: a run whose letters nothing can make (no sender in the settings, say) says so before
 * it plans a row, writes no letter and no list, and still writes the plan; a letter held back costs no
 * more than one made.
 */

/** The default templates' sender fields, in their order, as the problems name them (the settings of examples/indstillinger.json). */
const SENDER = ['kommune', 'afsender', 'afsenderadresse', 'telefonkommune', 'emailkommune', 'telefontid', 'underskrift'].map((k) => FIELD_SOURCE[k]);

/** The sample alone in a folder: no indstillinger.json beside it. */
function sampleWithoutSettings(): string {
  const dir = tempDir();
  const input = join(dir, 'borgere.csv');
  copyFileSync(SAMPLE, input);
  return input;
}

test('no settings file: the stop is said before the first row is planned, nothing of the letters is written, the plan is', async () => {
  const input = sampleWithoutSettings();
  const out = join(input, '..', 'ud');
  const events: string[] = [];
  const result = await runOffline({
    input, out, date: '2025-03-01',
    progress: (label) => {
      events.push(`progress ${label}`);
      return { update: () => undefined, done: () => undefined };
    },
    onLettersStopped: (stops) => events.push(`stopped ${stops.map((s) => s.field).join(', ')}`),
  });
  expect(events[0]).toBe(`stopped ${SENDER.join(', ')}`);
  expect(events.filter((e) => e.startsWith('stopped'))).toHaveLength(1);
  expect(events).toContain('progress Planlægger');
  expect(existsSync(join(out, 'breve'))).toBe(false);
  expect(existsSync(join(out, 'skabeloner'))).toBe(false);
  expect(existsSync(join(out, 'plan.xlsx'))).toBe(true);
  expect(result.letters).toMatchObject({ letters: 0, problems: [], files: [] });
});

test('npm start without settings: the stop on stderr before the summary, exit 0, the summary says it once', async () => {
  const input = sampleWithoutSettings();
  const out: string[] = [];
  const err: string[] = [];
  const order: string[] = [];
  const io = {
    stdout: { write: (s: string) => (order.push('out'), out.push(s) > 0), isTTY: false } as never,
    stderr: { write: (s: string) => (order.push('err'), err.push(s) > 0), isTTY: false } as never,
    env: {},
  };
  expect(await main([input, '--dato', '01-03-2025', '--out', join(input, '..', 'ud')], io)).toBe(0);
  expect(err.join('')).toContain(cliText.LETTERS_STOPPED);
  expect(err.join('')).toContain(cliText.SETTINGS_MISSING(SENDER.map((f) => f.replace(/ \(Indstillinger\)$/, ''))));
  expect(order.indexOf('err')).toBeLessThan(order.indexOf('out'));
  const summary = out.join('');
  expect(summary).toContain(cliText.NO_LETTERS_WRITTEN);
  expect(summary.split(cliText.LETTERS_STOPPED)).toHaveLength(2);
  expect(summary).not.toContain('forsendelser.csv');
});

test('a run with the settings is not stopped: letters are written and nothing is said early', async () => {
  const input = sampleWithoutSettings();
  const out = join(input, '..', 'ud');
  const stops: unknown[] = [];
  const result = await runOffline({ input, out, date: '2025-03-01', settingsPath: SAMPLE_SETTINGS, onLettersStopped: (s) => stops.push(s) });
  expect(stops).toEqual([]);
  expect(result.letters!.letters).toBeGreaterThan(0);
  expect(result.letters!.stops).toEqual([]);
});

test('settings with a sender but no meetings: the meeting offers\' letters are held back (counted, not listed row by row), the others are made', async () => {
  const input = sampleWithoutSettings();
  const settings = JSON.parse(readFileSync(SAMPLE_SETTINGS, 'utf8').replace(/^\uFEFF/, ''));
  const path = join(input, '..', 'uden-moeder.json');
  writeFileSync(path, JSON.stringify({ ...settings, meetings: [], profile: 'glostrup-2025' }));
  const result = await runOffline({ input, out: join(input, '..', 'ud'), date: '2025-03-01', settingsPath: path });
  const letters = result.letters!;
  expect(letters.letters).toBeGreaterThan(0);
  expect(letters.stops.map((s) => s.field)).toEqual(expect.arrayContaining([expect.stringMatching(/^Arrangement: intet kommende arrangement er oprettet for ALDER_75/)]));
  expect(letters.stops.every((s) => s.rows > 0)).toBe(true);
  expect(letters.problems.filter((p) => p.field.startsWith('Arrangement'))).toEqual([]);
});
