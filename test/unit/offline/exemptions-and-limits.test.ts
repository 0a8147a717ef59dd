import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { runOffline } from '../../../src/offline/run';
import { ROOT, SAMPLE_SETTINGS, cliIo, tempDir } from './helpers';

/**
 * Issue 22 offline, where the same items reach `npm start`: an exhaustive list of exemptions (item 4), a
 * hostile profile file (item 5) and hostile cell text (item 6). The Google side is tested on the built bundle
 * (test/integration/profiles/exhaustive-exemptions.test.ts, hostile-profile.test.ts).
 */

const STRANDBY = join(ROOT, 'examples', 'profiles', 'strandby-2026.json');
const HEAD = 'Navn;Adresse;Postnr;By;Fødselsdato;Undtaget;Besøg;Opkald';

function csv(dir: string, rows: string[]): string {
  const path = join(dir, 'borgere.csv');
  writeFileSync(path, `\uFEFF${[HEAD, ...rows].join('\r\n')}\r\n`, 'utf8');
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  return path;
}

describe('item 4: an exhaustive list of exemptions (the invented Strandby profile)', () => {
  test('«kun praktisk hjælp» plans the citizen and says why; a listed reason exempts', async () => {
    const dir = tempDir();
    const input = csv(dir, [
      'Anna Prøve;Prøvevej 1;5300;Strandby;01-06-1951;kun praktisk hjælp;;',
      'Bent Prøve;Prøvevej 2;5300;Strandby;01-06-1951;plejehjem;;',
    ]);
    const result = await runOffline({ input, profile: STRANDBY, date: '2026-03-01' });
    expect(result.plan.planned.map((p) => p.plan.code)).toEqual(['ALDER_75', 'UNDTAGET']);
    expect(result.plan.planned[0].plan.warnings.join(' ')).toMatch(/«kun praktisk hjælp» i Undtaget undtager ikke/);
  });

  test('--vis-regler states the rule', async () => {
    const t = cliIo();
    expect(await main(['--vis-regler', '--profil', STRANDBY, '--dato', '2026-03-01'], t.io)).toBe(0);
    expect(t.out()).toContain('Kun disse grunde undtager. Anden tekst i Undtaget undtager ikke');
  });
});

describe('item 5: a hostile profile file is refused in short Danish, exit 1', () => {
  const rule = (i: number) => ({
    kind: 'age', code: `R${i}`, title: 't', legalBasis: 'l', source: { document: 'd', lines: '1' }, ages: [{ from: 75, to: 75 }],
    offer: { label: 'l', form: 'f', channel: 'c', booking: 'asNeeded' },
  });
  test.each<[string, number, RegExp]>([
    ['5,000 rules', 5_000, /profilen fylder [\d.]+ tegn; den må højst fylde 50\.000/],
    ['50 rules that all overlap', 50, /… og 1\.215 par regler mere/],
  ])('%s', async (_, rules, says) => {
    const dir = tempDir();
    const path = join(dir, 'fjendtlig.json');
    writeFileSync(path, JSON.stringify({
      id: 'fjendtlig', name: 'Fjendtlig', municipality: 'Fjendtlig Kommune', legalBasis: 'l', source: 's',
      rules: Array.from({ length: rules }, (_, i) => rule(i + 1)), exemptions: { legalBasis: 'l', reasons: [] },
    }));
    const t = cliIo();
    expect(await main(['--vis-regler', '--profil', path], t.io)).toBe(1);
    expect(t.err()).toMatch(says);
    expect(t.err().length).toBeLessThan(12_000);
  });
});

describe('item 6: cells of 50,000 spaces are read, and no row is lost', () => {
  test('Besøg, Opkald and Undtaget with 50,000 spaces inside', async () => {
    const spaces = ' '.repeat(50_000);
    const dir = tempDir();
    const input = csv(dir, [
      `Anna Prøve;Prøvevej 1;5300;Strandby;01-06-1951;;12-03-2026${spaces}10:00;03-03-2026${spaces}ikke truffet`,
      `Bent Prøve;Prøvevej 2;5300;Strandby;01-06-1951;plejehjem${spaces};a${spaces}b;`,
    ]);
    const result = await runOffline({ input, profile: STRANDBY, date: '2026-03-01' });
    expect(result.plan.bad).toEqual([]);
    // The visit is read (booked, its letter not yet sent: «Besøg planlagt – ikke meddelt»); the reason exempts.
    expect(result.plan.planned.map((p) => [p.plan.code, p.status])).toEqual([['ALDER_75', 'unannounced'], ['UNDTAGET', 'exempt']]);
  });
});
