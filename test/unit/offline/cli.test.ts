import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enterStartDir, main } from '../../../src/cli/main';
import { parseArgs } from '../../../src/cli/args';
import { tableFromCsv } from '../../../src/offline/input';
import { SAMPLE, SAMPLE_SETTINGS, cliIo, readText, tempDir } from './helpers';

describe('parseArgs', () => {
  it.each([
    [['--profil', 'ballerup', '--dato', '2025-03-01', '--out', 'ud'], { profile: 'ballerup', date: '2025-03-01', out: 'ud' }],
    [['--profile=ballerup', '--date=01-03-2025', '--ud', 'x'], { profile: 'ballerup', date: '01-03-2025', out: 'x' }],
    [['f.csv', '--samlet', '--ingen-breve'], { input: 'f.csv', combined: true, noLetters: true }],
    [['--combined', '--no-letters', '--help'], { combined: true, noLetters: true, help: true }],
    [['--hjaelp'], { help: true }],
    [['--forrige-aar', 'p.xlsx', '--skabeloner', 's', '--indstillinger', 'i.json'], { previous: 'p.xlsx', templatesDir: 's', settingsPath: 'i.json' }],
  ])('reads %j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['--farve'], 'Ukendt tilvalg --farve'],
    [['--dato'], 'Tilvalget --dato mangler en værdi'],
    [['--out', '--samlet'], 'Tilvalget --out mangler en værdi'],
    [['a.csv', 'b.csv'], 'Angiv kun én borgerfil'],
  ])('refuses %j in Danish', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

describe('npm start (main)', () => {
  const names = tableFromCsv(readText(SAMPLE)).rows.map((r) => String(r.cells[0]));
  const cprs = tableFromCsv(readText(SAMPLE)).rows.map((r) => String(r.cells[5])).filter((c) => c);

  it('plans the bundled sample with no arguments: counts per offer, bad rows by number, no names or CPR', async () => {
    const t = cliIo();
    expect(await main([], t.io)).toBe(0);
    const out = t.out();
    expect(out).toContain('Forebyggende hjemmebesøg 2025 · Glostrup Kommune 2025 · referencedato 01-03-2025');
    expect(out).toMatch(/ALDER_80\s+80-årige\s+\d+/);
    expect(out).toMatch(/Række \d+: fødselsdato: «31-02-1950»/);
    expect(names.filter((n) => out.includes(n))).toEqual([]);
    expect(cprs.filter((c) => out.includes(c) || out.includes(c.replace('-', '')))).toEqual([]);
    expect(out).not.toContain('\x1b['); // not a terminal: no colour
    expect(t.err()).toBe(''); // no progress bar outside a terminal
  });

  it('colours statuses when FORCE_COLOR asks for it', async () => {
    const t = cliIo({ FORCE_COLOR: '1', COLORTERM: 'truecolor' });
    await main(['--ingen-breve'], t.io);
    expect(t.out()).toContain('\x1b[48;2;253;230;200m'); // #fde6c8, "Skal inviteres"
  });

  it('prints the help in Danish and exits 0', async () => {
    const t = cliIo();
    expect(await main(['--hjaelp'], t.io)).toBe(0);
    expect(t.out()).toContain('--profil, --profile');
  });

  it.each([
    [['findes-ikke.csv'], 'Fejl: Filen findes-ikke.csv findes ikke.'],
    [['--profil', 'aarhus'], 'Fejl: profil: «aarhus» er ikke en kendt profil. Gyldige profiler: glostrup-2025, ballerup, sel-79a.'],
    [['--dato', '31-02-2025'], 'Fejl: dato: «31-02-2025» er ikke en gyldig dato'],
    [['--ukendt'], 'Fejl: Ukendt tilvalg --ukendt'],
  ])('exits 1 with a Danish message and no stack trace for %j', async (argv, message) => {
    const t = cliIo();
    expect(await main(argv, t.io)).toBe(1);
    expect(t.err()).toContain(message);
    expect(t.err()).not.toMatch(/\n\s+at /);
    expect(t.out()).toBe('');
  });

  it('exits 1 for a file without a birth date column, naming the headers it found', async () => {
    const path = join(tempDir(), 'forkert.csv');
    writeFileSync(path, 'Navn;By\nA;B\n');
    const t = cliIo();
    expect(await main([path], t.io)).toBe(1);
    expect(t.err()).toContain('har ingen kolonne «Fødselsdato» eller «CPR». Fundne overskrifter: «Navn», «By».');
  });

  it.each([
    ['a file where the folder should be', (dir: string) => { writeFileSync(join(dir, 'ud'), ''); }],
    ['plan.xlsx that cannot be written (open in Excel, or a folder)', (dir: string) => { mkdirSync(join(dir, 'ud', 'plan.xlsx'), { recursive: true }); }],
  ])('exits 1 with one Danish line when --out is unwritable: %s', async (_, spoil) => {
    const dir = tempDir();
    spoil(dir);
    const t = cliIo();
    expect(await main([SAMPLE, '--ingen-breve', '--out', join(dir, 'ud')], t.io)).toBe(1);
    expect(t.err()).toMatch(/^Fejl: .*kan ikke skrives/);
    expect(t.err().trim().split('\n')).toHaveLength(1);
    expect(t.err()).not.toContain('Uventet');
  });

  it('reads and writes relative paths from where npm start was run (INIT_CWD), not from the package folder', async () => {
    const dir = tempDir();
    copyFileSync(SAMPLE, join(dir, 'mine.csv'));
    const t = cliIo();
    const before = process.cwd();
    try {
      enterStartDir({ INIT_CWD: dir });
      expect(await main(['mine.csv', '--ingen-breve', '--out', 'resultat'], t.io)).toBe(0);
    } finally {
      process.chdir(before);
    }
    expect(existsSync(join(dir, 'resultat', 'plan.xlsx'))).toBe(true);
    expect(t.out()).toContain(`  ${join('resultat', 'plan.xlsx')}\n`);
  });

  it('writes plan.xlsx, the report and letters into --out and lists them', async () => {
    const dir = tempDir();
    const t = cliIo();
    expect(await main([SAMPLE, '--indstillinger', SAMPLE_SETTINGS, '--profil', 'glostrup-2025', '--dato', '2025-03-01', '--out', dir], t.io)).toBe(0);
    expect(t.out()).toContain('plan.xlsx');
    expect(t.out()).toMatch(/\d+ breve skrevet/);
    expect(t.out()).toMatch(/\d+ nye besøg planlagt \(\d\d-\d\d-2025 til \d\d-\d\d-2025\)/);
    expect(names.filter((n) => t.out().includes(n))).toEqual([]);
  });
});
