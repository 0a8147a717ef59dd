/**
 * Offline visit records (issue 24 items 6-8): besoeg.csv beside the citizen file, with the Google sheet's
 * headers, gives the year report's visit part and aed10a.csv (SPEC §4: `;`, UTF-8 with BOM, header
 * aldersgruppe;køn;personer;besøg, one row per band and sex); and no test result, theme or referral
 * reaches a letter, forsendelser.csv or deltagerlister.csv. Synthetic citizens only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { renderSummary } from '../../../src/cli/summary';
import { runOffline } from '../../../src/offline/run';
import { docxText, openXlsx, runWithVisits, sheetRecords, tempDir } from './helpers';

// CPR numbers of synthetic citizens: the last digit gives the sex (odd = mand), the 7th the century.
const CITIZENS = [
  'Navn;CPR;Adresse;Postnr;By;Bor alene;Inviteret',
  'Karen Test;100545-1234;Testvej 1;2600;Egelund;nej;01-02-2025', // turns 80 in 2025, kvinde
  'Bent Test;150650-1233;Testvej 2;2600;Egelund;nej;', // turns 75, mand
  'Inge Test;010140-2222;Testvej 3;2600;Egelund;ja;', // turns 85, kvinde
  'Ole Test;020260-1111;Testvej 4;2600;Egelund;nej;', // turns 65, mand
  'Aase Test;030630-2224;Testvej 5;2600;Egelund;ja;', // turns 95 in June, kvinde
].join('\r\n');

const VISITS = [
  'Nøgle;Dato;Konsulent;Tilbud;Form;Minutter;Temaer;Rejse-sætte-sig;Henvisninger;Opfølgning;Id;Erstatter',
  // Karen: 79 on the test day, 7 stands: under 10–15; a follow-up, closed by the newer phone call.
  '100545-1234;04-03-2025;Anna;ALDER_80;Hjemmebesøg;60;ensomhed;7;Træning;01-09-2025;a;',
  '1005451234;10-10-2025;Anna;;Telefonsamtale;15;;;;;b;',
  // Bent: an event row, corrected by a later row (still one visit).
  '150650-1233;05-03-2025;Bo;ALDER_75;Arrangement;;;;;;c;',
  '150650-1233;06-03-2025;Bo;ALDER_75;Arrangement;;;;;;d;c',
  // Inge: 85, 10 stands: within 8–13; a follow-up still open.
  '010140-2222;01-04-2025;Anna;ALDER_82;Hjemmebesøg;90;netvaerk;10;hjaelpemidler;01-02-2026;e;',
  // Aase: 94 on the test day (turns 95 later): within 4–11; 95 would be outside the norms.
  '030630-2224;02-05-2025;Anna;ALDER_82;Hjemmebesøg;45;;5;sygepleje;;f;',
  // Ole: last year's call is not this year's.
  '020260-1111;01-12-2024;Bo;;Telefonsamtale;;;;;;g;',
  // A row the reader refuses (line 9 of the file): no date.
  '020260-1111;;Bo;;Telefonsamtale;;;;;;h;',
].join('\r\n');

const run = (withLetters: boolean) => runWithVisits(CITIZENS, VISITS, withLetters);

test('besoeg.csv gives the AED10A counts, the visit tables, and aed10a.csv as pinned', async () => {
  const { dir, out, result } = await run(false);
  const report = result.visitReport!;
  expect(result.visitRecords).toEqual({ source: join(dir, 'besoeg.csv'), records: 6, problems: [{ row: 9, message: expect.stringContaining('mangler datoen') }], openFollowUps: 1 });
  expect([report.persons, report.visits]).toEqual([4, 5]);
  const aed = readFileSync(join(out, 'aed10a.csv'), 'utf8');
  expect(aed.startsWith('\uFEFFaldersgruppe;køn;personer;besøg\r\n')).toBe(true);
  expect(aed.slice(1).trimEnd().split('\r\n').slice(1)).toEqual([
    'under 75;Mænd;0;0', 'under 75;Kvinder;0;0',
    '75;Mænd;1;1', '75;Kvinder;0;0',
    '76-79;Mænd;0;0', '76-79;Kvinder;0;0',
    '80-84;Mænd;0;0', '80-84;Kvinder;1;2',
    '85-89;Mænd;0;0', '85-89;Kvinder;1;1',
    '90+;Mænd;0;0', '90+;Kvinder;1;1',
  ]);
  expect(report.chairStand).toMatchObject({ tests: 3, under: 1, unread: 0 });
  expect(report.chairStand.bands.find((b) => b.band === '75-79')).toEqual({ band: '75-79', tests: 1, under: 1, within: 0, over: 0 });
  expect(report.chairStand.bands.find((b) => b.band === '90-94')).toEqual({ band: '90-94', tests: 1, under: 0, within: 1, over: 0 });
  const counted = (lines: { id: string; count: number }[]) => Object.fromEntries(lines.filter((l) => l.count).map((l) => [l.id, l.count]));
  expect(counted(report.referrals)).toEqual({ traening: 1, hjaelpemidler: 1, sygepleje: 1 });
  // «ensomhed» is a synonym of Glostrup's theme netvaerk.
  expect(counted(report.themes)).toEqual({ netvaerk: 2 });
  expect(counted(report.byForm)).toEqual({ home: 3, phone: 1, meeting: 1 });
  expect(report.followUps).toEqual({ made: 2, open: 1 });
  expect(report.acceptance.find((l) => l.code === 'ALDER_80')).toEqual({ code: 'ALDER_80', label: '80-årige', invited: 1, held: 1, rate: 1 });
  const html = readFileSync(join(out, 'rapport.html'), 'utf8');
  expect(html).toContain('Personer og besøg efter alder og køn (som Danmarks Statistiks AED10A)');
  expect(html).toContain('4 personer med mindst ét afholdt besøg; 5 afholdte besøg og samtaler i alt.');
  expect(docxText(readFileSync(join(out, 'rapport.docx')))).toContain('Rejse-sætte-sig-test: læsninger under normen efter aldersgruppe');
  const summary = renderSummary(result, 'none', dir);
  expect(summary).toContain("besoeg.csv: 6 besøg og samtaler");
  expect(summary).toContain('Række 9: mangler datoen (Dato).');
});

test('the sheet Besøg of an input workbook is read the same way', async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  const citizens = wb.addWorksheet('Borgere');
  CITIZENS.split('\r\n').forEach((line) => citizens.addRow(line.split(';')));
  const visits = wb.addWorksheet('Besøg');
  visits.addRow(['Nøgle', 'Dato', 'Form', 'Rejse-sætte-sig']);
  visits.addRow(['100545-1234', new Date(Date.UTC(2025, 2, 4)), 'Hjemmebesøg', 16]);
  const input = join(dir, 'borgere.xlsx');
  await wb.xlsx.writeFile(input);
  const result = await runOffline({ input, date: '2025-03-01', profile: 'glostrup-2025' });
  expect(result.visitReport!.aed10a.find((l) => l.band === '80-84' && l.sex === 'K')).toEqual({ band: '80-84', sex: 'K', persons: 1, visits: 1 });
  expect(result.visitReport!.chairStand.bands.find((b) => b.band === '75-79')!.over).toBe(1);
});

test('no test result, theme or referral reaches a letter, forsendelser.csv or deltagerlister.csv', async () => {
  const { out, result } = await run(true);
  expect(result.letters!.letters).toBeGreaterThan(0);
  const texts: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.docx$/.test(entry.name) && !/rapport|skabeloner/.test(path)) texts.push(docxText(readFileSync(path)));
      else if (/^(forsendelser|deltagerlister)\.csv$/.test(entry.name)) texts.push(readFileSync(path, 'utf8'));
    }
  };
  walk(out);
  expect(texts.some((t) => t.includes('forsendelser') || t.length > 0)).toBe(true);
  const all = texts.join('\n');
  for (const word of ['rejsning', 'normalområdet', 'Rejse-sætte-sig', 'Træning', 'Rådgivning om hjælpemidler', 'hjaelpemidler', 'sygepleje', 'ensomhed', 'netvaerk', 'Henvis', 'Rikli']) {
    expect([word, all.toLowerCase().includes(word.toLowerCase())]).toEqual([word, false]);
  }
});

test('an open follow-up from besoeg.csv stands in plan.xlsx\'s Opfølgning column; one closed by a newer contact does not', async () => {
  const { out } = await run(false);
  const wb = await openXlsx(join(out, 'plan.xlsx'));
  const rows = sheetRecords(wb.worksheets[0]);
  const followUp = (name: string) => rows.find((r) => r.get('Navn') === name)!.get('Opfølgning');
  // A single date is a date cell in plan.xlsx (issue 22 item 9), shown dd-mm-åååå.
  expect(followUp('Inge Test')).toEqual(new Date(Date.UTC(2026, 1, 1)));
  expect(followUp('Karen Test') ?? '').toBe('');
  expect(followUp('Bent Test') ?? '').toBe('');
});
