import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOffline, type RunResult } from '../../../src/offline/run';
import { SAMPLE_SETTINGS, docxText, iso, tempDir } from './helpers';

/**
 * Issue 22 item 1 offline: an offline file is never closed, so last year's visit, meeting and attendance
 * are still in it. A 2025 run (Glostrup 2025, letters on 24 February 2025) makes this year's letters from
 * this year's records only: the planning-year rule of src/core/records/this-year.ts, as on Google.
 */
const HEADERS = ['Navn', 'Adresse', 'Postnr', 'By', 'Fødselsdato', 'Bor alene', 'Besøg', 'Konsulent', 'Besøg meddelt', 'Arrangement', 'Deltog i arrangement'];
const ROWS: Record<string, string>[] = [
  // row 2, Glostrup 82+ (yearly letter): 2024's visit is still in Besøg.
  { Navn: 'Borger Alfa', Fødselsdato: '12-06-1938', Besøg: '12-02-2024 10:00', Konsulent: 'Bo Berg', 'Besøg meddelt': '12-02-2024 10:00' },
  // row 3, Glostrup 75 (information meeting, G173-192): 2024's meeting and attendance are still there.
  { Navn: 'Borger Beta', Fødselsdato: '10-02-1950', Arrangement: 'Informationsmøde april 2024', 'Deltog i arrangement': 'Deltog' },
];

let out: string;
let result: RunResult;

beforeAll(async () => {
  const dir = tempDir();
  const settings = JSON.parse(readFileSync(SAMPLE_SETTINGS, 'utf8'));
  settings.meetings.push({ ...settings.meetings[0], name: 'Informationsmøde april 2024', day: '2024-04-10' });
  const settingsPath = join(dir, 'indstillinger.json');
  writeFileSync(settingsPath, JSON.stringify(settings), 'utf8');
  const input = join(dir, 'borgere.csv');
  const rows: Record<string, string>[] = ROWS.map((r, i) => ({ Adresse: `Prøvevej ${i + 1}`, Postnr: '2600', By: 'Egelund', ...r }));
  writeFileSync(input, [HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => r[h] ?? '').join(';'))].join('\n') + '\n', 'utf8');
  out = join(dir, 'ud');
  result = await runOffline({ input, settingsPath, profile: 'glostrup-2025', date: '2025-03-01', out, today: iso('2025-02-24') });
});

const letterOf = (row: number) => {
  const file = readdirSync(join(out, 'breve')).find((f) => f.startsWith(`raekke-${String(row).padStart(5, '0')}-`));
  return file && docxText(readFileSync(join(out, 'breve', file)));
};

test("the 82+ letter never tells last year's visit as the visit to come", () => {
  const letter = letterOf(2);
  expect(letter).toContain('Kære Borger Alfa');
  expect(letter).not.toMatch(/2024/);
  expect(letter).toMatch(/Har du lyst til .*, så ring eller skriv til os\. Så aftaler vi en tid/);
});

test("a row naming last year's meeting is seated at this year's, and its letter names this year's", () => {
  expect(result.letters!.seated.get(3)).toBe('Informationsmøde april, Rådhuset');
  const letter = letterOf(3);
  expect(letter).toMatch(/9\. april 2025/);
  expect(letter).not.toMatch(/2024/);
});
