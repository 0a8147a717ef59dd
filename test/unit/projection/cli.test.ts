import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import type ExcelJS from 'exceljs';
import { wrappedLines } from '../../../src/offline/xlsx-rows';
import { main } from '../../../src/cli/main';
import { parseArgs } from '../../../src/cli/args';
import { CSV_HEADER } from '../../../src/core/projection/csv';
import * as text from '../../../src/core/projection/text';
import { SAMPLE, SAMPLE_SETTINGS, cliIo, docxText, openXlsx, tempDir } from '../offline/helpers';
import { tableFromCsv } from '../../../src/offline/input';

/** `npm start -- FILE --fremskriv ÅR [--forslag PROFIL]` as a user runs it: the three files, or a Danish message and none. */

const PROPOSAL = join(__dirname, '../../../examples/profiles/nordby-2026.json');

async function project(args: string[]) {
  const out = tempDir('fhb-fremskriv-');
  const c = cliIo();
  const code = await main([SAMPLE, '--indstillinger', SAMPLE_SETTINGS, '--out', out, ...args], c.io);
  return { code, out, files: existsSync(out) ? readdirSync(out) : [], stdout: c.out(), stderr: c.err() };
}

/**
 * Checks an XML part is well formed (every tag closed in order, one root, attributes quoted) and gives its
 * elements' attributes by tag name: Word and LibreOffice refuse a broken part.
 */
function parseXml(xml: string, name: string): { elements: (tag: string) => Record<string, string>[] } {
  const body = xml.replace(/^\s*<\?xml[^?]*\?>/, '').replace(/<!--[^]*?-->/g, '');
  const stack: string[] = [];
  const found: { tag: string; attrs: Record<string, string> }[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<[^>]*>?/g)) {
    expect([name, m[2] !== undefined ? 'tag' : m[0]]).toEqual([name, 'tag']);
    const [, close, tag, attrs, selfClose] = m;
    if (close) {
      expect([name, stack.pop()]).toEqual([name, tag]);
      continue;
    }
    if (stack.length === 0) roots++;
    found.push({ tag, attrs: Object.fromEntries([...attrs.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [a[1], a[2] ?? a[3]])) });
    if (!selfClose) stack.push(tag);
  }
  expect([name, stack, roots]).toEqual([name, [], 1]);
  return { elements: (tag) => found.filter((f) => f.tag === tag).map((f) => f.attrs) };
}

describe('--fremskriv', () => {
  it('reads --fremskriv and --forslag (English aliases too); --forslag alone is refused', () => {
    expect(parseArgs(['--fremskriv', '2027', '--forslag', 'x.json'])).toMatchObject({ projectYear: '2027', proposal: 'x.json' });
    expect(parseArgs(['--project=2027', '--proposal=ballerup'])).toMatchObject({ projectYear: '2027', proposal: 'ballerup' });
    expect(() => parseArgs(['--forslag', 'ballerup'])).toThrow('--forslag bruges sammen med --fremskriv');
  });

  describe('with a proposal', () => {
    let run: Awaited<ReturnType<typeof project>>;
    beforeAll(async () => {
      run = await project(['--fremskriv', '2027', '--forslag', PROPOSAL]);
    });

    it('writes fremskrivning.xlsx, .docx and .csv and says so', () => {
      expect(run.code).toBe(0);
      expect(run.files.sort()).toEqual(['fremskrivning.csv', 'fremskrivning.docx', 'fremskrivning.xlsx']);
      expect(run.stdout).toContain(text.TITLE(2027));
      expect(run.stdout).toContain('Forslaget «Nordby Kommune 2026» giver');
    });

    it('writes the CSV ;-separated, UTF-8 with BOM, with the pinned header and an I ALT row per profile', () => {
      const bytes = readFileSync(join(run.out, 'fremskrivning.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean).map((l) => l.split(';'));
      expect(lines[0].slice(0, 6)).toEqual(['profil', 'kode', 'borgere', 'breve', 'besøg', 'timer']);
      expect(lines[0]).toEqual([...CSV_HEADER]);
      const totals = lines.filter((l) => l[1] === 'I ALT').map((l) => l[0]);
      expect(totals).toEqual(['glostrup-2025', 'nordby-2026']);
      for (const [profile, , citizens] of lines.slice(1)) {
        expect(profile).toMatch(/^(glostrup-2025|nordby-2026)$/);
        expect(Number(citizens)).toBeGreaterThanOrEqual(0);
      }
    });

    it('writes a docx Word and LibreOffice open: every part named exists, every part parses, the chart has its PNG fallback', () => {
      const zip = new PizZip(readFileSync(join(run.out, 'fremskrivning.docx')));
      const names = Object.keys(zip.files);
      const types = parseXml(zip.file('[Content_Types].xml')!.asText(), '[Content_Types].xml');
      for (const o of types.elements('Override')) expect(names).toContain(o.PartName.slice(1));
      for (const name of names.filter((n) => /\.(xml|rels)$/.test(n))) parseXml(zip.file(name)!.asText(), name);
      for (const rels of names.filter((n) => n.endsWith('.rels'))) {
        const base = rels.replace(/_rels\/[^/]*\.rels$/, '');
        for (const r of parseXml(zip.file(rels)!.asText(), rels).elements('Relationship')) {
          if (r.TargetMode === 'External') continue;
          const target = r.Target;
          expect([rels, names.includes(target.startsWith('/') ? target.slice(1) : `${base}${target}`)]).toEqual([rels, true]);
        }
      }
      const media = names.filter((n) => n.startsWith('word/media/'));
      expect(media.map((n) => n.split('.').pop()).sort()).toEqual(['png', 'svg']);
      const png = Buffer.from(zip.file(media.find((n) => n.endsWith('.png'))!)!.asUint8Array());
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      parseXml(zip.file(media.find((n) => n.endsWith('.svg'))!)!.asText(), 'svg');
    });

    it('reads as a Danish annex for the council and names no citizen', () => {
      const words = docxText(readFileSync(join(run.out, 'fremskrivning.docx')));
      for (const t of [text.TITLE(2027), text.BLOCK.comparison, text.BLOCK.assumptions, text.BLOCK.profiles, text.BLOCK.changes, text.HOURS_RULE, 'Glostrup Kommune 2025', 'Nordby Kommune 2026']) {
        expect(words).toContain(t);
      }
      const names = tableFromCsv(readFileSync(SAMPLE, 'utf8')).rows.map((r) => String(r.cells[0]));
      expect(names.filter((n) => words.includes(n))).toEqual([]);
    });

    it('writes the workbook\'s sheet Fremskrivning with the same figures as the CSV, numbers as numbers', async () => {
      const sheet = (await openXlsx(join(run.out, 'fremskrivning.xlsx'))).getWorksheet(text.SHEET_NAME)!;
      expect(sheet.getCell('A1').value).toBe(text.TITLE(2027));
      const cells: unknown[][] = [];
      sheet.eachRow((row) => cells.push((row.values as unknown[]).slice(1)));
      const total = cells.find((r) => r[0] === text.TOTAL)!;
      const csv = readFileSync(join(run.out, 'fremskrivning.csv'), 'utf8').split('\r\n').map((l) => l.split(';'));
      const csvTotal = csv.find((l) => l[0] === 'glostrup-2025' && l[1] === 'I ALT')!;
      expect(total[2]).toBe(Number(csvTotal[2]));
      expect(typeof total[3]).toBe('number');
    });

    it('makes every header row of the sheet tall enough for its wrapped names (LibreOffice does not grow a row itself)', async () => {
      const sheet = (await openXlsx(join(run.out, 'fremskrivning.xlsx'))).getWorksheet(text.SHEET_NAME)!;
      const short: string[] = [];
      let headers = 0;
      sheet.eachRow((row) => {
        const cells: ExcelJS.Cell[] = [];
        row.eachCell((c) => cells.push(c));
        if (!cells.some((c) => c.alignment?.wrapText)) return;
        headers++;
        const lines = Math.max(...cells.map((c) => wrappedLines(String(c.value ?? ''), sheet.getColumn(c.col).width ?? 10)));
        if ((row.height ?? 15) < 15 * lines) short.push(`${row.number}: ${cells.map((c) => c.value).join(' | ')}`);
      });
      expect(headers).toBeGreaterThan(3);
      expect(short).toEqual([]);
    });
  });

  it.each([
    [['--fremskriv', '2024'], text.ERR_YEAR_BEFORE_DATA(2024, 2025)],
    [['--fremskriv', 'næste år'], text.ERR_YEAR_NOT_A_YEAR('næste år')],
    [['--fremskriv', '2027', '--forslag', 'odense'], `${text.PROPOSAL_REFUSED('«odense» er ikke en kendt profil')}`],
    [['--fremskriv', '2027', '--profil', 'odense'], 'profil: «odense» er ikke en kendt profil'],
    [['--fremskriv', '2027', '--forslag', 'glostrup-2025'], text.ERR_PROPOSAL_SAME('glostrup-2025')],
  ])('%j: a Danish message, exit 1, nothing written', async (args, message) => {
    const run = await project(args);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.files).toEqual([]);
  });

  it('refuses a proposal that does not validate with the schema\'s Danish messages and their lines, and writes nothing', async () => {
    const bad = join(tempDir('fhb-forslag-'), 'forslag.json');
    const profile = JSON.parse(readFileSync(PROPOSAL, 'utf8'));
    profile.rules[0].ages = [{ from: 'halvfjerds' }];
    const json = JSON.stringify(profile, null, 2);
    writeFileSync(bad, json);
    const run = await project(['--fremskriv', '2027', '--forslag', bad]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Profilen er ugyldig');
    // With the line of the bad value, as the text editor shows it.
    const line = json.split('\n').findIndex((l) => l.includes('"halvfjerds"')) + 1;
    expect(line).toBeGreaterThan(5);
    expect(run.stderr).toContain(`linje ${line}: regel 1`);
    expect(run.stderr).toContain(bad);
    expect(run.files).toEqual([]);
  });

  it('compares an edited copy of the profile in use that kept its id and name, told apart as «forslag» in the CSV and the summary', async () => {
    const edited = join(tempDir('fhb-forslag-'), 'glostrup-uden-75.json');
    const glostrup = JSON.parse(readFileSync(join(__dirname, '../../../src/core/profiles/builtin/glostrup-2025.json'), 'utf8'));
    writeFileSync(edited, JSON.stringify({ ...glostrup, rules: glostrup.rules.filter((r: { code: string }) => r.code !== 'ALDER_75') }));
    const run = await project(['--fremskriv', '2027', '--profil', 'glostrup-2025', '--forslag', edited]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Forslaget «${glostrup.name} (${text.PROPOSAL})» giver`);
    const csv = readFileSync(join(run.out, 'fremskrivning.csv'), 'utf8').split('\r\n').map((l) => l.split(';'));
    const seventyFive = (profile: string) => csv.find((l) => l[0] === profile && l[1] === 'ALDER_75');
    expect(Number(seventyFive('glostrup-2025')![2])).toBeGreaterThan(0);
    expect(seventyFive(`glostrup-2025-${text.PROPOSAL}`)).toBeUndefined();
    expect(csv.filter((l) => l[0] === `glostrup-2025-${text.PROPOSAL}` && l[1] === text.TOTAL)).toHaveLength(1);
  });

  it('without consultants writes the hours and says capacity cannot be given', async () => {
    const dir = tempDir('fhb-ingen-konsulenter-');
    const settings = join(dir, 'indstillinger.json');
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readFileSync(SAMPLE_SETTINGS, 'utf8')), consultants: [] }));
    const c = cliIo();
    const code = await main([SAMPLE, '--indstillinger', settings, '--out', dir, '--fremskriv', '2026'], c.io);
    expect(code).toBe(0);
    expect(c.out()).toContain(text.NO_CONSULTANTS);
    expect(c.out()).toMatch(/konsulenttimer\./);
    expect(existsSync(join(dir, 'fremskrivning.csv'))).toBe(true);
  });
});

describe('wrappedLines: the lines a wrapped cell takes, words kept whole', () => {
  it.each([
    ['Kode', 18, 1],
    ['Kapacitet pr. måned', 14, 2],
    ['Borgere: Glostrup Kommune 2025', 14, 4], // as LibreOffice wraps it: «Kommune 2025» is wider than 14 digits
    ['Besøg planlagt – ikke meddelt', 14, 3],
    ['AEGTEFAELLE_FLYTTET', 10, 3],
    ['', 10, 1],
  ])('«%s» in a column %i wide: %i lines', (value, width, lines) => {
    expect(wrappedLines(value, width)).toBe(lines);
  });
});
