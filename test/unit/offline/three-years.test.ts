import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runOffline } from '../../../src/offline/run';
import { SAMPLE_SETTINGS, iso, tempDir } from './helpers';

/**
 * Acceptance of issue 11 offline: the same citizen file through three planning years. The first year is
 * run on 2 January; the next two are planned ahead in December (the reference date in January, the clock
 * in December). After each run the team writes the letters into Inviteret as the planner lists them (the
 * offline planner never writes into the team's own file): another year's entry stays, the new one follows
 * it after a `;`, marked with its planning year when written the year before, so no record is lost. Every
 * 82+ citizen gets exactly one letter a year; nobody after they ended.
 */
const HEADERS = ['Navn', 'Adresse', 'Postnr', 'By', 'Fødselsdato', 'Bor alene', 'Inviteret', 'Frabedt', 'Ophørt', 'Ophørsårsag'];
const CITIZENS: Record<string, Partial<Record<(typeof HEADERS)[number], string>>> = {
  'Borger Alfa': { Fødselsdato: '10-02-1938' },
  'Borger Beta': { Fødselsdato: '01-07-1940', Inviteret: 'x' }, // an undated mark from 2024's list
  'Borger Delta': { Fødselsdato: '05-05-1944' }, // 82 in 2026
  'Borger Epsilon': { Fødselsdato: '03-03-1935', Ophørt: '15-12-2025', Ophørsårsag: 'død' },
  'Borger Zeta': { Fødselsdato: '04-04-1936', Ophørt: '01-06-2026', Ophørsårsag: 'fraflyttet' },
  'Borger Eta': { Fødselsdato: '09-09-1937', Frabedt: '01-01-2025' },
};
const NAMES = Object.keys(CITIZENS);

function csv(rows: Record<string, string>[]): string {
  // A cell with several entries holds `;`, the file's separator: quoted, as Excel writes it.
  const field = (v: string) => (v.includes(';') ? `"${v}"` : v);
  return [HEADERS.join(';'), ...rows.map((r) => HEADERS.map((h) => field(r[h] ?? '')).join(';'))].join('\n') + '\n';
}

test('three planning years offline: one letter a year per 82+ citizen, none after they ended, no record lost', async () => {
  const dir = tempDir();
  const rows: Record<string, string>[] = NAMES.map((name, i) => ({ Navn: name, Adresse: `Prøvevej ${i + 1}`, Postnr: '9999', By: 'Prøveby', ...CITIZENS[name] }) as Record<string, string>);
  const lettered: Record<number, string[]> = {};
  for (const year of [2025, 2026, 2027]) {
    const input = join(dir, `borgere-${year}.csv`);
    writeFileSync(input, csv(rows), 'utf8');
    const date = year === 2025 ? '2025-01-02' : `${year}-01-15`;
    const today = year === 2025 ? '2025-01-02' : `${year - 1}-12-10`;
    const result = await runOffline({ input, settingsPath: SAMPLE_SETTINGS, profile: 'glostrup-2025', date, out: join(dir, `ud-${year}`), today: iso(today) });
    const names = (result.letters?.rows ?? []).map((row) => rows[row - 2].Navn).sort();
    lettered[year] = names;
    // The team records the letters: another year's entry stays, the new one follows it.
    for (const row of result.letters?.rows ?? []) {
      const r = rows[row - 2];
      const entry = year === 2025 ? '02-01-2025' : `10-12-${year - 1} (for ${year})`;
      r.Inviteret = r.Inviteret ? `${r.Inviteret}; ${entry}` : entry;
    }
  }
  // 2025: Beta's undated "x" counts for the year it stands in; Eta declined.
  expect(lettered[2025]).toEqual(['Borger Alfa', 'Borger Epsilon', 'Borger Zeta']);
  // 2026, planned in December 2025: the "x" is 2025's; Epsilon ended on 15 December.
  expect(lettered[2026]).toEqual(['Borger Alfa', 'Borger Beta', 'Borger Delta', 'Borger Eta', 'Borger Zeta']);
  expect(lettered[2027]).toEqual(['Borger Alfa', 'Borger Beta', 'Borger Delta', 'Borger Eta']);
  // 2027: Zeta moved away in June 2026.
  expect(rows[0].Inviteret).toBe('02-01-2025; 10-12-2025 (for 2026); 10-12-2026 (for 2027)');
  expect(rows[1].Inviteret).toBe('x; 10-12-2025 (for 2026); 10-12-2026 (for 2027)');
  expect(rows[NAMES.indexOf('Borger Eta')].Frabedt).toBe('01-01-2025');
});
