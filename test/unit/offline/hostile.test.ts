import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { main } from '../../../src/cli/main';
import { runOffline } from '../../../src/offline/run';
import { openXlsx, SAMPLE_SETTINGS, sheetRecords, tempDir } from './helpers';

/**
 * Issue 15, the offline planner over hostile cells: a vertical tab pasted from Word, U+FFFE, a formula for
 * a name, CPR numbers in every shape, terminal escape sequences. No crash, no lost row, no live formula
 * in the Digital Post list, no invalid XML in the Office files, no whole CPR number on the terminal, and
 * files readable by their owner only.
 */

const HEAD = 'Navn;Adresse;Postnr;By;Fødselsdato;CPR;Bor alene;Digital post;Noter';
const ROWS = [
  'Anna\u000bAndersen;Prøvevej 1;2600;Egelund;10-01-1940;;;ja;', // vertical tab
  'Bent Berg\uffff;Prøvevej 2;2600;Egelund;11-02-1940;;;nej;', // U+FFFF
  '"=HYPERLINK(""http://x"";""klik"")";Prøvevej 3;2600;Egelund;12-03-1940;;;ja;',
  '+Carl;@Prøvevej 4;2600;Egelund;13-04-1940;;;ja;',
  '-Dorte;\tPrøvevej 5;2600;Egelund;14-05-1940;;;ja;',
  '"Erik \u001b]8;;http://evil\u0007link\u001b]8;;\u0007 \u001b[2J";Prøvevej 6;2600;Egelund;010150 1234;;;ja;',
  'Frida;Prøvevej 7;2600;Egelund;x0101501234;;;ja;',
  'Gerda;Prøvevej 8;2600;Egelund;3201501234;;;ja;',
];

function input(dir: string): string {
  const path = join(dir, 'borgere.csv');
  writeFileSync(path, `\uFEFF${[HEAD, ...ROWS].join('\r\n')}\r\n`, 'utf8');
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  return path;
}

const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

test('letters and plan.xlsx are written for every row; the characters Office cannot hold are replaced and the rows named', async () => {
  const dir = tempDir();
  const out = join(dir, 'ud');
  const result = await runOffline({ input: input(dir), out });
  expect(result.plan.planned.length + result.plan.bad.length).toBe(ROWS.length);
  expect(result.invalidTextRows).toEqual([2, 3, 7]);
  const letters = readdirSync(join(out, 'breve')).filter((f) => f.endsWith('.docx'));
  expect(letters.length).toBe(result.letters!.letters);
  expect(result.letters!.letters).toBeGreaterThanOrEqual(5);
  for (const f of letters) {
    const xml = new PizZip(readFileSync(join(out, 'breve', f))).file('word/document.xml')!.asText();
    expect([f, INVALID_XML.test(xml)]).toEqual([f, false]);
  }
  const wb = await openXlsx(join(out, 'plan.xlsx'));
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((c) => expect(INVALID_XML.test(String(c.value ?? ''))).toBe(false)));
  }
  const fejl = sheetRecords(wb.getWorksheet('Fejl')!);
  for (const r of fejl) expect(String(r.row.getCell(2).value)).not.toMatch(/\d{5,6}\D?\d{4}(?!-?x)/);
});

test('the Digital Post list: no cell starts a formula in Excel or LibreOffice', async () => {
  const dir = tempDir();
  const out = join(dir, 'ud');
  const result = await runOffline({ input: input(dir), out });
  const csv = readFileSync(result.letters!.manifest!, 'utf8').replace(/^\uFEFF/, '');
  const cells = csv.trim().split('\r\n').flatMap((line) => line.split(';')).map((c) => c.replace(/^"|"$/g, ''));
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  expect(csv).toContain(`'=HYPERLINK(""http://x"";""klik"")`);
  expect(csv).toContain("'+Carl");
  expect(csv).toContain("'@Prøvevej 4");
});

test('every file and folder written is owner-only', async () => {
  const dir = tempDir();
  const out = join(dir, 'ud');
  const old = process.umask(0o022);
  try {
    await runOffline({ input: input(dir), out });
  } finally {
    process.umask(old);
  }
  const walk = (p: string): string[] => (statSync(p).isDirectory() && !p.endsWith('skabeloner') ? [p, ...readdirSync(p).flatMap((f) => walk(join(p, f)))] : [p]);
  const modes = walk(out).filter((p) => !p.includes('skabeloner')).map((p) => [p.slice(out.length), (statSync(p).mode & 0o777).toString(8)]);
  for (const [p, mode] of modes) expect([p, mode]).toEqual([p, statSync(join(out, p)).isDirectory() ? '700' : '600']);
});

test('the terminal gets no escape sequence and no whole CPR number from the cells', async () => {
  const dir = tempDir();
  const out: string[] = [];
  const err: string[] = [];
  const code = await main([input(dir), '--out', join(dir, 'ud')], {
    stdout: { write: (s: string) => out.push(s) > 0, isTTY: false } as never,
    stderr: { write: (s: string) => err.push(s) > 0, isTTY: false } as never,
    env: {},
  });
  const all = out.join('') + err.join('');
  expect(code).toBe(0);
  expect(all).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(all).not.toMatch(/\d{5,6}[-\u2013 ]?\d{4}/);
  expect(all).toContain('Række 7'); // the escape-laden row is still named
  expect(all).toMatch(/Rækkerne 2, 3, 7 indeholdt tegn/);
});

test('a missing «Bor alene» column is said on the terminal, not silently taken as nobody living alone', async () => {
  const dir = tempDir();
  const path = join(dir, 'borgere.csv');
  writeFileSync(path, '\uFEFFNavn;Fødselsdato\r\nAnna;10-01-1955\r\n', 'utf8');
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  const result = await runOffline({ input: path });
  expect(result.columnWarnings).toEqual([expect.stringContaining('ingen kolonne «Bor alene»')]);
  const withColumn = join(dir, 'med.csv');
  writeFileSync(withColumn, '\uFEFFNavn;Fødselsdato;Bor alene\r\nAnna;10-01-1955;ja\r\n', 'utf8');
  expect((await runOffline({ input: withColumn })).columnWarnings).toEqual([]);
});

test('input dates in mixed forms are written into plan.xlsx as real dates; a CPR number and a note stay text', async () => {
  const dir = tempDir();
  const path = join(dir, 'borgere.csv');
  const rows = ['Navn;Fødselsdato;Bor alene;Ægtefælle død', 'A;19-06-1955;ja;', 'B;04.10.1955;;', 'C;1945-01-11;;ikke oplyst', 'D;010150-1234;;'];
  writeFileSync(path, `\uFEFF${rows.join('\r\n')}\r\n`, 'utf8');
  copyFileSync(SAMPLE_SETTINGS, join(dir, 'indstillinger.json'));
  const out = join(dir, 'ud');
  await runOffline({ input: path, out, noLetters: true });
  const plan = sheetRecords((await openXlsx(join(out, 'plan.xlsx'))).getWorksheet('Plan')!);
  const births = plan.map((r) => r.get('Fødselsdato'));
  expect(births.slice(0, 3).map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d))).toEqual(['1955-06-19', '1955-10-04', '1945-01-11']);
  expect(births[3]).toBe('010150-1234');
  expect(plan[2].get('Ægtefælle død')).toBe('ikke oplyst');
});
