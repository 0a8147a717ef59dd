import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { DEFAULT_TEMPLATES, TEMPLATE_KEYS } from '../../../src/core/letters/templates';
import { longDanishDate } from '../../../src/core/letters/danish';
import { isWorkingDay } from '../../../src/core/calendar/workdays';
import { defaultTemplateDocx } from '../../../src/offline/docx/default-template';
import { docxPlaceholders, fillDocx } from '../../../src/offline/docx/fill';
import { tableFromCsv } from '../../../src/offline/input';
import { runOffline, RunResult } from '../../../src/offline/run';
import { renderSummary } from '../../../src/cli/summary';
import { gapsSkipped } from '../../../src/core/letters/text';
import { letterFileName, offlineTag } from '../../../src/offline/letters';
import * as offlineText from '../../../src/offline/text';
import { SAMPLE, SAMPLE_SETTINGS, docxText, docxXml, iso, readText, tempDir } from './helpers';

const input = tableFromCsv(readText(SAMPLE));
const col = (h: string) => input.headers.indexOf(h);
const rowOf = (n: number) => input.rows.find((r) => r.row === n)!;

let out: string;
let result: RunResult;

beforeAll(async () => {
  out = tempDir();
  result = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out, today: iso('2025-02-24') });
});

const letterFiles = () => readdirSync(join(out, 'breve')).filter((f) => f.endsWith('.docx'));

describe('default Word templates', () => {
  it.each(TEMPLATE_KEYS)('%s carries the placeholders of DEFAULT_TEMPLATES, in one source of wording', (key) => {
    const docx = defaultTemplateDocx(DEFAULT_TEMPLATES[key]);
    const expected = [...new Set(DEFAULT_TEMPLATES[key].blocks.flatMap((b) => [...b.text.matchAll(/\{\{([^{}]+)\}\}/g)].map((m) => m[1].trim())))];
    expect(docxPlaceholders(docx).sort()).toEqual(expected.sort());
    // Every block's wording is in the document, lines intact.
    const text = docxText(docx);
    for (const block of DEFAULT_TEMPLATES[key].blocks) for (const line of block.text.split('\n')) expect(text).toContain(line);
  });
});

describe('letters for the sample (one .docx per citizen)', () => {
  it('writes one letter per letter-due citizen, named by row and template, never by CPR or name', () => {
    const files = letterFiles();
    expect(files.length).toBe(result.letters!.letters);
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      expect(f).toMatch(/^raekke-\d{5}-[A-Z_0-9]+\.docx$/);
      expect(f).not.toMatch(/\d{6}-?\d{4}/);
    }
  });

  it('fills every placeholder: the citizen, the offer, the sender; no {{ left', () => {
    for (const f of letterFiles()) {
      const bytes = readFileSync(join(out, 'breve', f));
      const text = docxText(bytes);
      const row = rowOf(Number(/raekke-(\d+)/.exec(f)![1]));
      expect(text).not.toContain('{{');
      expect(text).toContain(`Kære ${row.cells[col('Navn')]}`);
      expect(text).toContain(String(row.cells[col('Adresse')]));
      expect(text).toContain('Eksempel Kommune');
      expect(text).toContain('24. februar 2025');
    }
  });

  it('sends only due letters: not to exempt, invited, declined, bad or no-offer rows', () => {
    const rows = new Set(letterFiles().map((f) => Number(/raekke-(\d+)/.exec(f)![1])));
    const planned = new Map(result.plan.planned.map((p) => [p.row, p]));
    for (const n of rows) {
      const p = planned.get(n)!;
      expect([n, p.plan.code]).not.toEqual([n, 'UNDTAGET']);
      expect(['due', 'unannounced']).toContain(p.status);
      if (p.status === 'due') expect(rowOf(n).cells[col('Inviteret')] ?? '').toBe('');
    }
    for (const b of result.plan.bad) expect(rows.has(b.row)).toBe(false);
  });

  it('writes the 80-year letter with the booked date, time and consultant (seeds/000 lines 196-202)', () => {
    const booked = input.rows.find((r) => r.cells[col('Besøg')] === '17-03-2025 10:00')!;
    const file = letterFiles().find((f) => f.startsWith(`raekke-${String(booked.row).padStart(5, '0')}-ALDER_80`))!;
    const text = docxText(readFileSync(join(out, 'breve', file)));
    expect(text).toContain('mandag den 17. marts 2025 kl. 10.00');
    expect(text).toContain(`Forebyggelseskonsulent ${booked.cells[col('Konsulent')]}`);
  });

  it('writes the grief letter only after a call noted "ikke truffet" (seeds/000 lines 214-219)', () => {
    const grief = letterFiles().filter((f) => f.includes('EFTERLADT'));
    expect(grief.length).toBe(1);
    const row = rowOf(Number(/raekke-(\d+)/.exec(grief[0])![1]));
    expect(String(row.cells[col('Opkald')])).toMatch(/ikke truffet/);
  });

  it('books the fixed-time visits of the 80-year-olds (seeds/000 lines 196-202) and their letters carry them', () => {
    const visits = result.visits!;
    expect(visits.bookings.length).toBeGreaterThan(0);
    const consultants = JSON.parse(readText(SAMPLE_SETTINGS)).consultants.map((c: { name: string }) => c.name);
    for (const booking of visits.bookings) {
      expect(isWorkingDay(booking.day)).toBe(true);
      expect(consultants).toContain(booking.consultant);
      const planned = result.plan.planned.find((p) => p.row === booking.row)!;
      expect(planned.plan.offers.some((o) => o.booking === 'fixedTime')).toBe(true);
      // A letter goes out when the visit is the first offer and nothing was sent yet: never twice.
      if (planned.plan.offers[0].booking !== 'fixedTime' || String(rowOf(booking.row).cells[col('Inviteret')]).trim() !== '') continue;
      // The 80-year-olds' visits, and a follow-up's visit (its own letter, OPFOLGNING) when its day has come.
      const file = letterFiles().find((f) => f === letterFileName(booking.row, planned.plan.offers[0].template));
      expect(file).toBeDefined();
      expect(docxText(readFileSync(join(out, 'breve', file!)))).toContain(longDanishDate(booking.day));
    }
    expect(result.letters!.problems.filter((p) => p.field === 'Besøg (dato og tid)')).toEqual([]);
  });

  it('never dates a letter after the visit it announces (no --dato clock: the letters go out from the reference date)', async () => {
    const dir = tempDir();
    const run = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out: dir });
    const months = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];
    const written = readdirSync(join(dir, 'breve'));
    let checked = 0;
    for (const booking of run.visits!.bookings) {
      const file = written.find((f) => f.startsWith(`raekke-${String(booking.row).padStart(5, '0')}-ALDER_80`));
      if (!file) continue;
      // The first long date of the letter is its own date (the visit's date comes later, in the body).
      const m = /(\d{1,2})\. (januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december) (\d{4})/.exec(docxText(readFileSync(join(dir, 'breve', file))))!;
      const letterDay = iso(`${m[3]}-${String(months.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}`);
      expect([file, letterDay <= booking.day]).toEqual([file, true]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('without consultants in the settings, lists the 80-year-olds it could not write, with the missing field', async () => {
    const settings = JSON.parse(readText(SAMPLE_SETTINGS));
    delete settings.consultants;
    const dir = tempDir();
    const path = join(dir, 'indstillinger.json');
    writeFileSync(path, JSON.stringify(settings));
    const unscheduled = await runOffline({ input: SAMPLE, settingsPath: path, date: '2025-03-01', out: dir, today: iso('2025-02-24') });
    expect(unscheduled.visits).toBeUndefined();
    const unbooked80 = unscheduled.plan.planned.filter((p) => p.plan.offers[0]?.code === 'ALDER_80' && p.status === 'due').map((p) => p.row);
    expect(unbooked80.length).toBeGreaterThan(0);
    for (const row of unbooked80) expect(unscheduled.letters!.problems).toContainEqual({ rowNumber: row, field: 'Besøg (dato og tid)' });
  });

  it('says a merge with gaps as the Google preview does: the complete letters made, the rows with gaps counted and listed (issue 22 item 2)', async () => {
    const settings = JSON.parse(readText(SAMPLE_SETTINGS));
    delete settings.consultants;
    const dir = tempDir();
    const path = join(dir, 'indstillinger.json');
    writeFileSync(path, JSON.stringify(settings));
    const result = await runOffline({ input: SAMPLE, settingsPath: path, date: '2025-03-01', out: dir, today: iso('2025-02-24') });
    const rows = new Set(result.letters!.problems.map((p) => p.rowNumber));
    expect(result.letters!.letters).toBeGreaterThan(0);
    const out = renderSummary(result, 'none');
    expect(out).toContain(gapsSkipped(rows.size));
    expect(out).toMatch(new RegExp(`${rows.size} rækker blev sprunget over, fordi der mangler oplysninger`));
    expect(out).toMatch(/Besøg \(dato og tid\): rækker \d+/);
  });

  it('writes the Digital Post manifest: one line per letter, digital post yes/no, no CPR', () => {
    const manifest = readText(join(out, 'breve', 'forsendelser.csv'));
    expect(manifest.charCodeAt(0)).toBe(0xfeff);
    const lines = manifest.slice(1).trim().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]).toEqual(['Fil', 'Navn', 'Adresse', 'Postnr', 'By', 'Digital post', 'Skabelon', 'Række', 'Brevnr']);
    expect(lines.length - 1).toBe(letterFiles().length);
    for (const [file, name, , , , digital, template, row] of lines.slice(1)) {
      const cells = rowOf(Number(row)).cells;
      expect(name).toBe(cells[col('Navn')]);
      expect(file).toContain(template);
      const typed = String(cells[col('Digital post')] ?? '').toLowerCase();
      expect(digital).toBe(['ja', 'x', '1'].includes(typed) ? 'ja' : 'nej');
    }
    expect(manifest).not.toMatch(/\d{6}-?\d{4}/);
  });

  it('writes the default templates to skabeloner/ for the team to edit', () => {
    expect(readdirSync(join(out, 'skabeloner')).sort()).toEqual(TEMPLATE_KEYS.map((k) => `${k}.docx`).sort());
  });

  it('writes the OPFOLGNING letters\' notice on the profile\'s basis, and says the follow-up is part of the visit (seeds/000 lines 94, 12-13, 262)', () => {
    const followUps = letterFiles().filter((f) => f.endsWith('-OPFOLGNING.docx'));
    expect(followUps.length).toBeGreaterThan(0);
    for (const f of followUps) {
      const text = docxText(readFileSync(join(out, 'breve', f)));
      const paragraph = text.split('\n').find((p) => p.startsWith('Vi må behandle oplysningerne'));
      expect(paragraph).toBe(
        'Vi må behandle oplysningerne, fordi det er en opgave, kommunen udfører som myndighed (databeskyttelsesforordningens artikel 6, stk. 1, litra e). ' +
          'Tilbuddet bygger på lov om social service § 79 a og Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget. ' +
          'Opfølgningen er en del af det forebyggende hjemmebesøg. Vi aftalte den ved besøget efter en faglig vurdering.',
      );
    }
  });

  it('says where the data are as the offline planner keeps them, not in Google Workspace, when Modtagere og opbevaring is empty (GDPR art. 14)', async () => {
    const files = letterFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = docxText(readFileSync(join(out, 'breve', f)));
      expect([f, text.includes(offlineText.PRIVACY_RECIPIENTS_OFFLINE), /Google/.test(text)]).toEqual([f, true, false]);
    }
    // Written by the team, their own words are kept.
    const dir = tempDir();
    const settings = join(dir, 'indstillinger.json');
    const own = 'Oplysningerne ligger på kommunens servere i Danmark. Andre får dem ikke.';
    writeFileSync(settings, JSON.stringify({ ...JSON.parse(readText(SAMPLE_SETTINGS)), privacyRecipients: own }));
    const withOwn = await runOffline({ input: SAMPLE, settingsPath: settings, date: '2025-03-01', out: join(dir, 'ud'), today: iso('2025-02-24') });
    const letter = withOwn.letters!.files[0];
    expect(docxText(readFileSync(letter))).toContain(own);
    expect(docxText(readFileSync(letter))).not.toContain(offlineText.PRIVACY_RECIPIENTS_OFFLINE);
  });

  it('splices no basis as a sentence into another, in any letter', () => {
    const spliced = letterFiles().filter((f) => /\.[.,]|Tilbuddet bygger på [^\n]*;/.test(docxText(readFileSync(join(out, 'breve', f)))));
    expect(spliced).toEqual([]);
  });
});

describe('--samlet: one document per template', () => {
  it('puts every letter of a template in one file, one letter per page', async () => {
    const dir = tempDir();
    const combined = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out: dir, combined: true, today: iso('2025-02-24') });
    const files = readdirSync(join(dir, 'breve')).filter((f) => f.endsWith('.docx')).sort();
    expect(files).toEqual(combined.letters!.byTemplate.map((t) => `samlet-${t.template}.docx`).sort());
    for (const t of combined.letters!.byTemplate) {
      const bytes = readFileSync(join(dir, 'breve', `samlet-${t.template}.docx`));
      // Streamed as a ZIP with fflate: every part of the package is there, and the mode is owner-only.
      expect(Object.keys(new PizZip(bytes).files)).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']));
      if (process.platform !== 'win32') expect(statSync(join(dir, 'breve', `samlet-${t.template}.docx`)).mode & 0o777).toBe(0o600);
      const xml = docxXml(bytes);
      expect([t.template, (xml.match(/<w:br w:type="page"\/>/g) ?? []).length]).toEqual([t.template, t.count - 1]);
      expect([t.template, (xml.match(/Kære /g) ?? []).length]).toEqual([t.template, t.count]);
      expect(xml).not.toContain('{{');
      expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(1);
    }
  });
});

describe("the team's own template (--skabeloner)", () => {
  /** A .docx whose placeholder Word has split over three runs, with bold in the middle. */
  function splitTemplate(): Buffer {
    const zip = new PizZip(defaultTemplateDocx(DEFAULT_TEMPLATES.ALDER_75));
    const body = '<w:p><w:r><w:t>Hej {{</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Na</w:t></w:r><w:r><w:t>vn}}, fra {{ kommune }} om {{Tilbud}}.</w:t></w:r></w:p>';
    const xml = zip.file('word/document.xml')!.asText().replace(/<w:body>[\s\S]*?(<w:sectPr)/, `<w:body>${body}$1`);
    zip.file('word/document.xml', xml);
    return zip.generate({ type: 'nodebuffer' });
  }

  it('fills a placeholder split across runs and forgives case and spaces', () => {
    const fields = new Map([['navn', 'Aase Skovbjerg'], ['kommune', 'Eksempel Kommune'], ['tilbud', 'Informationsmøde']]);
    expect(docxPlaceholders(splitTemplate()).sort()).toEqual(['Navn', 'Tilbud', 'kommune']);
    const text = docxText(fillDocx(splitTemplate(), fields));
    expect(text).toContain('Hej Aase Skovbjerg, fra Eksempel Kommune om Informationsmøde.');
  });

  it('is used for its code instead of the default', async () => {
    const templates = tempDir();
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'ALDER_75.docx'), splitTemplate());
    const dir = tempDir();
    await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out: dir, templatesDir: templates, today: iso('2025-02-24') });
    const files = readdirSync(join(dir, 'breve')).filter((f) => f.includes('ALDER_75'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const row = rowOf(Number(/raekke-(\d+)/.exec(f)![1]));
      // The team's text, then the reference line every letter ends with.
      expect(docxText(readFileSync(join(dir, 'breve', f))).trim()).toMatch(new RegExp(`^Hej ${row.cells[col('Navn')]}, fra Eksempel Kommune om Informationsmøde for 75-årige\\.\\s*Brevnr\\. ${offlineTag(iso('2025-02-24'))}-\\d{4}$`));
    }
  });

  it('refuses a broken template with a Danish message naming the file', async () => {
    const templates = tempDir();
    writeFileSync(join(templates, 'ALDER_82.docx'), Buffer.from('ikke en docx'));
    await expect(runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', out: tempDir(), templatesDir: templates }))
      .rejects.toThrow(/Brevskabelonen .*ALDER_82\.docx kan ikke bruges: filen er ikke en Word-fil/);
  });
});
