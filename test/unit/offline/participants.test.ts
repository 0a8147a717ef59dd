import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/offline/csv';
import { runOffline, RunResult } from '../../../src/offline/run';
import { PARTICIPANTS_FILE } from '../../../src/offline/participants';
import { Settings } from '../../../src/core/settings/schema';
import { danishOrder } from '../../../src/core/meetings/participants';
import { SAMPLE, SAMPLE_SETTINGS, docxText, iso, readText, tempDir } from './helpers';

/**
 * Offline, meetings work as in the sheet (issue 13, item 2, "Offline: the same from the settings file"):
 * the sample's Glostrup 70/75-year-olds are seated by the same assignment (src/core/meetings/assign.ts), the
 * letters name their meeting, and deltagerlister.csv lists each meeting's participants by name, never over
 * its seats, without a CPR number.
 */

let out: string;
let result: RunResult;
let records: string[][];
const settings = Settings.parse(JSON.parse(readText(SAMPLE_SETTINGS)));

beforeAll(async () => {
  out = tempDir();
  result = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out, today: iso('2025-02-24') });
  records = parseCsv(readFileSync(join(out, PARTICIPANTS_FILE), 'utf8')).map((r) => r.fields);
});

test('the file is listed among the files written, with Danish headers', () => {
  expect(result.files).toContain(join(out, PARTICIPANTS_FILE));
  expect(records[0]).toEqual(['Arrangement', 'Tidspunkt', 'Sted', 'Nr.', 'Navn', 'Adresse', 'Telefon', 'Deltog']);
});

test('everyone seated by this run is on a list, each meeting within its seats, by name, numbered from 1', () => {
  const rows = records.slice(1);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBe(result.letters!.seated.size);
  for (const m of settings.meetings) {
    const mine = rows.filter((r) => r[0] === m.name);
    expect(mine.length).toBeLessThanOrEqual(m.capacity);
    expect(mine.map((r) => r[3])).toEqual(mine.map((_, i) => String(i + 1)));
    const names = mine.map((r) => r[4]);
    expect([...names].sort(danishOrder)).toEqual(names);
  }
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(result.letters!.seated.values()));
});

test('the letters name the meeting the list puts the citizen at', () => {
  const [row, name] = [...result.letters!.seated][0];
  const meeting = settings.meetings.find((m) => m.name === name)!;
  const file = result.letters!.files.find((f) => f.includes(`raekke-${String(row).padStart(5, '0')}-`))!;
  expect(docxText(readFileSync(file))).toContain(meeting.place);
});

test('no CPR number in the file', () => {
  expect(readFileSync(join(out, PARTICIPANTS_FILE), 'utf8')).not.toMatch(/\d{6}-?\d{4}/);
});
