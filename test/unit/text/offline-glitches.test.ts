/**
 * Everything `npm start` writes for a user to read, from the shipped sample, run through the glitch checker
 * (test/support/text-glitches.ts): the terminal, every letter .docx, rapport.html, plan.xlsx's cells, the
 * projection annex (fremskrivning.docx/.xlsx) and «Vis regler» for every profile fhb ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { glitchReport } from '../../support/text-glitches';
import { tableFromCsv } from '../../../src/offline/input';
import { ROOT, SAMPLE, cliIo, docxText, openXlsx, readText, tempDir } from '../offline/helpers';

type Texts = [string, string][];

/** rapport.html's text as a reader sees it: no tags, scripts or styles; entities read. */
function htmlText(html: string): string {
  return html.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, '\n')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Every string cell of a workbook, named by sheet and cell, but the team's own (`own`: their cells, copied). */
function cellTexts(wb: ExcelJS.Workbook, file: string, own = new Set<string>()): Texts {
  const out: Texts = [];
  wb.eachSheet((sheet) => {
    out.push([`${file} fane`, sheet.name]);
    sheet.eachRow((row) => row.eachCell((cell) => {
      const v = cell.value;
      const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : undefined;
      if (text !== undefined && !own.has(text)) out.push([`${file} ${sheet.name}!${cell.address}`, text]);
      if (cell.note) out.push([`${file} ${sheet.name}!${cell.address} note`, typeof cell.note === 'string' ? cell.note : (cell.note.texts ?? []).map((t) => t.text).join('')]);
    }));
  });
  return out;
}

async function run(args: string[]): Promise<{ out: string; stdout: string }> {
  const out = tempDir('fhb-glitches-');
  const t = cliIo();
  const code = await main([...args, '--out', out], t.io);
  expect([args.join(' '), code, t.err()]).toEqual([args.join(' '), 0, '']);
  return { out, stdout: t.out() };
}

describe('npm start on the shipped sample writes no spliced or broken Danish', () => {
  it('in the terminal, the letters, rapport.html and plan.xlsx', async () => {
    const { out, stdout } = await run([]);
    const letters = readdirSync(join(out, 'breve')).filter((f) => f.endsWith('.docx'));
    expect(letters.length).toBeGreaterThan(0);
    const prose: Texts = [
      ...letters.map((f): [string, string] => [`breve/${f}`, docxText(readFileSync(join(out, 'breve', f)))]),
      ['rapport.html', htmlText(readText(join(out, 'rapport.html')))],
      ['rapport.docx', docxText(readFileSync(join(out, 'rapport.docx')))],
      // plan.xlsx copies the citizen list's cells as typed (the sample's «Bor alene» holds TRUE on purpose).
      ...cellTexts(await openXlsx(join(out, 'plan.xlsx')), 'plan.xlsx', new Set(tableFromCsv(readText(SAMPLE)).rows.flatMap((r) => r.cells.map(String)))),
    ];
    expect([...glitchReport(prose), ...glitchReport([['terminal', stdout]], { columns: true })]).toEqual([]);
  }, 60_000);

  it('in the projection annex, its workbook and the terminal', async () => {
    const { out, stdout } = await run(['--fremskriv', '2026', '--forslag', join(ROOT, 'examples', 'profiles', 'nordby-2026.json'), '--ingen-breve']);
    const files = readdirSync(out);
    const docx = files.filter((f) => f.startsWith('fremskrivning') && f.endsWith('.docx'));
    const xlsx = files.filter((f) => f.startsWith('fremskrivning') && f.endsWith('.xlsx'));
    expect([docx.length, xlsx.length]).toEqual([1, 1]);
    const prose: Texts = [
      [docx[0], docxText(readFileSync(join(out, docx[0])))],
      ...cellTexts(await openXlsx(join(out, xlsx[0])), xlsx[0]),
    ];
    expect([...glitchReport(prose), ...glitchReport([['terminal', stdout]], { columns: true })]).toEqual([]);
  }, 60_000);

  const profiles = ['glostrup-2025', 'ballerup', 'sel-79a', ...readdirSync(join(ROOT, 'examples', 'profiles')).map((f) => join(ROOT, 'examples', 'profiles', f))];
  it.each(profiles)('in «Vis regler» of %s', async (profile) => {
    const t = cliIo();
    expect(await main(['--vis-regler', '--profil', profile], t.io)).toBe(0);
    expect(glitchReport([[`--vis-regler ${profile}`, t.out()]], { columns: true })).toEqual([]);
  });
});
