import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import * as cliText from '../../../src/cli/text';
import { parseCsv } from '../../../src/offline/csv';
import { runOffline } from '../../../src/offline/run';
import * as offlineText from '../../../src/offline/text';
import { SAMPLE, SAMPLE_SETTINGS, tempDir } from './helpers';

/** The module object itself (an `import *` namespace cannot be spied on): the code under test calls through it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');

/**
 * A run's letters folder holds exactly that run's letters: the letters an earlier run wrote (those its
 * forsendelser.csv lists under fhb's names) go when the citizen list changes, a file the team put there
 * stays, the terminal says how many went, and a run that fails leaves the folder as it was. Synthetic
 * citizens only (examples/borgere.csv).
 */

const LINES = readFileSync(SAMPLE, 'utf8').split('\r\n');

/** A folder with the sample's first `rows` citizens as borgere.csv (all when left out), and its out folder. */
function world(): { input: string; out: string; breve: string; citizens: (rows?: number) => void } {
  const dir = tempDir();
  const input = join(dir, 'borgere.csv');
  const citizens = (rows?: number) => writeFileSync(input, (rows === undefined ? LINES : LINES.slice(0, rows + 1)).join('\r\n'));
  citizens();
  const out = join(dir, 'ud');
  return { input, out, breve: join(out, 'breve'), citizens };
}

const run = (w: ReturnType<typeof world>, extra: { combined?: boolean } = {}) =>
  runOffline({ input: w.input, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out: w.out, ...extra });

/** The files in the folder, and what each holds (to see a failed run changed nothing). */
const snapshot = (folder: string) => new Map(readdirSync(folder).sort().map((f) => [f, readFileSync(join(folder, f)).toString('base64')]));

/** The letters a run's forsendelser.csv lists. */
const listed = (breve: string) => new Set(parseCsv(readFileSync(join(breve, 'forsendelser.csv'), 'utf8')).slice(1).map((r) => r.fields[0]));

/** The team's own files in the folder: a template, a note, and a letter of their own named as fhb names its letters. */
const OWN: Record<string, string> = { 'min-skabelon.docx': 'skabelon', 'noter.txt': 'husk Else', 'raekke-99999-ALDER_80.docx': 'eget brev' };

test('a second run with fewer due citizens leaves only its letters, the team\'s own files, and says how many went', async () => {
  const w = world();
  const first = await run(w);
  const firstLetters = readdirSync(w.breve).filter((f) => f.endsWith('.docx'));
  expect(firstLetters).toHaveLength(first.letters!.letters);
  for (const [name, body] of Object.entries(OWN)) writeFileSync(join(w.breve, name), body);

  w.citizens(60);
  const out: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) > 0, isTTY: false } as never, stderr: { write: () => true, isTTY: false } as never, env: {} };
  expect(await main([w.input, '--dato', '2025-03-01', '--indstillinger', SAMPLE_SETTINGS, '--out', w.out], io)).toBe(0);

  const second = listed(w.breve);
  expect(second.size).toBeGreaterThan(0);
  expect(second.size).toBeLessThan(firstLetters.length);
  const inFolder = readdirSync(w.breve).filter((f) => !(f in OWN) && f !== 'forsendelser.csv');
  expect(inFolder.sort()).toEqual([...second].sort());
  for (const f of inFolder) expect(Number(/^raekke-(\d+)-/.exec(f)![1])).toBeLessThanOrEqual(61);
  for (const [name, body] of Object.entries(OWN)) expect(readFileSync(join(w.breve, name), 'utf8')).toBe(body);
  expect(readdirSync(w.out).filter((f) => f.startsWith('.breve'))).toEqual([]);

  const gone = firstLetters.filter((f) => !second.has(f)).length;
  expect(gone).toBeGreaterThan(0);
  expect(out.join('')).toContain(cliText.LETTERS_REMOVED(gone, w.breve));
});

test('letters written --samlet go when the next run writes one per citizen; a run that removes none says nothing of it', async () => {
  const w = world();
  w.citizens(60);
  await run(w, { combined: true });
  const combined = readdirSync(w.breve).filter((f) => f.startsWith('samlet-'));
  expect(combined.length).toBeGreaterThan(0);
  const second = await run(w);
  expect(readdirSync(w.breve).filter((f) => f.startsWith('samlet-'))).toEqual([]);
  expect(second.letters!.removed).toBe(combined.length);
  const third = await run(w);
  expect(third.letters!.removed).toBe(0);
});

describe('a run that fails leaves the letters folder as it was', () => {
  afterEach(() => jest.restoreAllMocks());

  test('the disk fills up at the fifth letter: no letter of the run is left, the earlier ones all are', async () => {
    const w = world();
    await run(w);
    const before = snapshot(w.breve);
    w.citizens(60);
    const write = fs.writeFileSync;
    let letters = 0;
    jest.spyOn(fs, 'writeFileSync').mockImplementation((path, ...rest) => {
      if (String(path).endsWith('.docx') && ++letters === 5) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: String(path) });
      return write(path, ...rest);
    });
    await expect(run(w)).rejects.toThrow(/ENOSPC/);
    expect(letters).toBe(5);
    expect(snapshot(w.breve)).toEqual(before);
    expect(readdirSync(w.out).filter((f) => f.startsWith('.breve'))).toEqual([]);
  });

  test('an earlier letter open in Word (it cannot be moved): the others are put back and the run says so in Danish', async () => {
    const w = world();
    await run(w);
    const before = snapshot(w.breve);
    const locked = [...before.keys()].filter((f) => f.endsWith('.docx'))[3];
    w.citizens(60);
    const rename = fs.renameSync;
    jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (String(from) === join(w.breve, locked)) throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY', path: String(from) });
      return rename(from, to);
    });
    await expect(run(w)).rejects.toThrow(offlineText.ERR_LETTERS_NOT_REPLACED(join(w.breve, locked), 'EBUSY', w.breve));
    expect(snapshot(w.breve)).toEqual(before);
    expect(readdirSync(w.out).filter((f) => f.startsWith('.breve'))).toEqual([]);
  });
});

test('no letters folder yet: the first run makes it, and removes nothing', async () => {
  const w = world();
  w.citizens(60);
  expect(existsSync(w.breve)).toBe(false);
  const first = await run(w);
  expect(first.letters!.removed).toBe(0);
  expect(readdirSync(w.breve).filter((f) => f.endsWith('.docx')).sort()).toEqual([...listed(w.breve)].sort());
});
