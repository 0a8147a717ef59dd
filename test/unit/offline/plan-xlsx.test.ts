import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { STATUSES, statusByLabel } from '../../../src/core/status/vocabulary';
import { COMPUTED_HEADERS, argb } from '../../../src/offline/plan-xlsx';
import { runOffline, RunResult } from '../../../src/offline/run';
import { visitTables } from '../../../src/core/report/visit-tables';
import { tableFromCsv } from '../../../src/offline/input';
import { SAMPLE, SAMPLE_SETTINGS, docxText, docxXml, iso, openXlsx, readText, sheetRecords, tempDir } from './helpers';

let out: string;
let result: RunResult;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  out = tempDir();
  result = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, profile: 'glostrup-2025', date: '2025-03-01', out, noLetters: true, today: iso('2025-02-24') });
  wb = await openXlsx(join(out, 'plan.xlsx'));
});

const utc = (isoText: string) => new Date(`${isoText}T00:00:00Z`).getTime();

describe('plan.xlsx, sheet Plan', () => {
  it('keeps every input column and adds Kode … Begrundelse, with one row per input row in order', () => {
    const sheet = wb.getWorksheet('Plan')!;
    const input = tableFromCsv(readText(SAMPLE));
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    // The visit records beside the sample (besoeg.csv) add Opfølgning, the open follow-ups' days, and the
    // visit planning adds Besøg meddelt (the file has neither): the visits it books are not yet announced.
    expect(result.visitRecords?.openFollowUps).toBeGreaterThan(0);
    expect(headers).toEqual([...input.headers, 'Opfølgning', 'Besøg meddelt', 'Kode', 'Tilbud', 'Form', 'Kanal', 'Fra', 'Til', 'Lovgrundlag', 'Status', 'Begrundelse']);
    expect(COMPUTED_HEADERS).toHaveLength(9);
    const records = sheetRecords(sheet);
    expect(records).toHaveLength(input.rows.length);
    // The sheet row equals the input row number: the header is row 1 in both.
    records.forEach((r, i) => expect([r.rowNumber, r.get('Navn')]).toEqual([input.rows[i].row, input.rows[i].cells[0]]));
  });

  it('freezes the header and sets an auto filter over all columns', () => {
    const sheet = wb.getWorksheet('Plan')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const filter = sheet.autoFilter as unknown;
    expect(typeof filter === 'string' ? filter : JSON.stringify(filter)).toMatch(/A1/);
  });

  it.each(['Plan', 'Fejl'])('prints %s on A4 landscape, fitted to the width, the header row on every page, numbered pages', (name) => {
    const sheet = wb.getWorksheet(name)!;
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(sheet.headerFooter.oddFooter).toBe('&CSide &P af &N');
  });

  it('makes every column wide enough for what it shows: a date-time needs 16 characters (narrower, Excel and LibreOffice show «###»), a date 10, Status its longest label', () => {
    const sheet = wb.getWorksheet('Plan')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const needs = headers.map(() => 0);
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell, c) => {
        const v = cell.value;
        const need = v instanceof Date ? (cell.numFmt === 'dd-mm-yyyy hh:mm' ? 16 : 10) : headers[c - 1] === 'Status' ? String(v).length : 0;
        needs[c - 1] = Math.max(needs[c - 1], need);
      });
    });
    expect(needs[headers.indexOf('Besøg')]).toBe(16);
    expect(needs[headers.indexOf('Status')]).toBeGreaterThan(20);
    const narrow = headers.filter((h, i) => (sheet.getColumn(i + 1).width ?? 0) < needs[i] + 1);
    expect(narrow).toEqual([]);
  });

  it('writes the footer as a section Excel\'s grammar knows: openpyxl\'s own split (header_footer.py) finds the page numbers in the centre', () => {
    // openpyxl's ITEM_REGEX; no match is its "Cannot parse header or footer so it will be ignored".
    const split = (footer: string) => /^(?:&L(?<left>.+?))?(?:&C(?<center>.+?))?(?:&R(?<right>.+?))?$/s.exec(footer)?.groups;
    expect(split('Side &P af &N')).toBeUndefined();
    for (const name of ['Plan', 'Fejl']) expect(split(wb.getWorksheet(name)!.headerFooter.oddFooter!)).toMatchObject({ center: 'Side &P af &N' });
  });

  it('writes Besøg as a date-time cell shown dd-mm-åååå tt:mm (typed as "12-03-2025 10:00", "18.03.2025 kl. 13.30" or booked by the planner), so it sorts by time', () => {
    const rows = sheetRecords(wb.getWorksheet('Plan')!).filter((r) => r.get('Besøg') !== null && r.get('Besøg') !== undefined);
    expect(rows.length).toBeGreaterThan(5);
    const at = (iso: string) => new Date(`${iso}Z`).getTime();
    const times = rows.map((r) => (r.get('Besøg') as Date).getTime());
    expect(times).toEqual(expect.arrayContaining([at('2025-03-12T10:00:00'), at('2025-03-18T13:30:00'), at('2025-03-20T09:00:00')]));
    for (const r of rows) expect([r.get('Besøg') instanceof Date, r.cell('Besøg').numFmt]).toEqual([true, 'dd-mm-yyyy hh:mm']);
  });

  it('writes a 70-year-old living alone with the year as window, as real dates in dd-mm-yyyy (seeds/000 line 49)', () => {
    const row = sheetRecords(wb.getWorksheet('Plan')!).find((r) => r.get('Noter') === 'Fylder 70, bor alene')!;
    expect(row.get('Kode')).toBe('ALENE_70');
    expect((row.get('Fra') as Date).getTime()).toBe(utc('2025-01-01'));
    expect((row.get('Til') as Date).getTime()).toBe(utc('2025-12-31'));
    expect(row.cell('Fra').numFmt).toBe('dd-mm-yyyy');
    expect(row.get('Status')).toBe('Skal inviteres');
  });

  it('writes the grief talk window 6-8 weeks after the death (seeds/000 lines 214-219)', () => {
    // The input's dates are real dates in plan.xlsx (issue 15), as Excel sorts and filters them.
    const rows = sheetRecords(wb.getWorksheet('Plan')!).filter((r) => (r.get('Ægtefælle død') as Date | null)?.getTime?.() === utc('2025-01-10'));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(String(r.get('Kode')).startsWith('EFTERLADT')).toBe(true);
      expect((r.get('Fra') as Date).getTime()).toBe(utc('2025-02-21'));
      expect((r.get('Til') as Date).getTime()).toBe(utc('2025-03-07'));
    }
  });

  it('colours every planned row by its status, on every cell, as the sheet does', () => {
    const records = sheetRecords(wb.getWorksheet('Plan')!);
    const seen = new Set<string>();
    for (const r of records) {
      const status = statusByLabel(String(r.get('Status')));
      if (!status) continue;
      seen.add(status.id);
      const expected = argb(status.background);
      for (const header of ['Navn', 'Kode', 'Status', 'Begrundelse']) {
        const fill = r.cell(header).fill as ExcelJS.FillPattern;
        expect([r.rowNumber, header, fill?.fgColor?.argb]).toEqual([r.rowNumber, header, expected]);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(7);
  });

  it('marks bad rows with FEJL and the Danish message, at their own row numbers', () => {
    const records = sheetRecords(wb.getWorksheet('Plan')!);
    const bad = records.filter((r) => r.get('Status') === 'FEJL');
    expect(bad.map((r) => r.rowNumber)).toEqual(result.plan.bad.map((b) => b.row));
    const impossible = bad.find((r) => r.get('Fødselsdato') === '31-02-1950')!;
    expect(impossible.get('Kode')).toMatch(/^FEJL: fødselsdato: «31-02-1950»/);
  });
});

describe('plan.xlsx, sheets Oversigt and Fejl', () => {
  it('prints Oversigt on one A4 landscape page\'s width, numbered, its status names wrapped in a two-line header row (portrait, it took three pages side by side)', () => {
    const summary = wb.getWorksheet('Oversigt')!;
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(summary.headerFooter.oddFooter).toBe('&CSide &P af &N');
    const head = summary.getRow(5);
    expect(head.getCell(1).value).toBe('Kode');
    expect(head.height).toBeGreaterThanOrEqual(2 * 15);
    head.eachCell((c) => expect([c.value, c.alignment?.wrapText]).toEqual([c.value, true]));
  });

  it('counts each offer as the Plan sheet holds it, per status', () => {
    const plan = sheetRecords(wb.getWorksheet('Plan')!);
    const summary = wb.getWorksheet('Oversigt')!;
    const headerRow = summary.getRow(5).values as unknown[];
    expect(headerRow.slice(1, 4)).toEqual(['Kode', 'Tilbud', 'I alt']);
    const lines = new Map<string, unknown[]>();
    for (let r = 6; r <= 14; r++) {
      const v = summary.getRow(r).values as unknown[];
      lines.set(String(v[1]), v);
    }
    for (const code of ['ALENE_70', 'ALDER_75', 'ALDER_80', 'ALDER_82', 'EFTERLADT', 'AEGTEFAELLE_FLYTTET', 'RISIKO', 'UNDTAGET', 'INGEN']) {
      const withCode = plan.filter((r) => String(r.get('Kode')).split('+').includes(code));
      const line = lines.get(code)!;
      expect([code, line[3]]).toEqual([code, withCode.length]);
      STATUSES.forEach((s, i) => {
        const n = withCode.filter((r) => r.get('Status') === s.label).length;
        expect([code, s.label, line[4 + i]]).toEqual([code, s.label, n]);
      });
    }
  });

  it('lists every bad row with its spreadsheet row number and message', () => {
    const rows = sheetRecords(wb.getWorksheet('Fejl')!);
    const input = readText(SAMPLE).slice(1).split('\r\n');
    const listed = rows.map((r) => [r.get('Række'), r.get('Fejl')]);
    expect(listed.length).toBe(result.plan.bad.length);
    // Row n of a spreadsheet is line n of the file here (no quoted line breaks in the sample).
    const lineOf = (needle: string) => input.findIndex((l) => l.includes(needle)) + 1;
    expect(listed).toContainEqual([lineOf(';31-02-1950;'), expect.stringContaining('31-02-1950')]);
    expect(listed).toContainEqual([lineOf(';#N/A;'), expect.stringContaining('#N/A')]);
    expect(listed).toContainEqual([lineOf(';15-06-2025;'), expect.stringContaining('efter referencedatoen')]);
  });
});

describe('the year report', () => {
  it('writes rapport.svg and rapport.html with the chart embedded and last year compared', () => {
    const svg = readText(join(out, 'rapport.svg'));
    const html = readText(join(out, 'rapport.html'));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(html).toContain(svg);
    const eighty = result.report.offers.find((o) => o.code === 'ALDER_80')!;
    expect(svg).toMatch(new RegExp(`data-code="ALDER_80"[\\s\\S]*?>${eighty.total}</text>`));
    expect(result.report.previous).toMatchObject({ year: 2024, source: 'computed' });
    expect(html).toContain('<th>2024</th>');
  });

  it('prints rapport.html on A4 landscape from a browser, table headers repeated, colours kept', () => {
    const html = readText(join(out, 'rapport.html'));
    expect(html).toContain('@page{size:A4 landscape');
    expect(html).toMatch(/@media print\{[^]*thead\{display:table-header-group\}/);
    expect(html).toMatch(/print-color-adjust:exact/);
  });

  it('writes rapport.docx for a committee case: A4 landscape, the same offer and status tables, header rows repeated, no citizen named', () => {
    expect(result.files).toContain(join(out, 'rapport.docx'));
    const bytes = readFileSync(join(out, 'rapport.docx'));
    const xml = docxXml(bytes);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    // The offer and status tables, then each table of the visit part (the sample has visit records).
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBe(2 + visitTables(result.visitReport!).tables.length);
    const words = docxText(bytes);
    expect(words).toContain('Årsrapport 2025: forebyggende hjemmebesøg');
    expect(words).toContain('Referencedato: 01-03-2025');
    for (const o of result.report.offers) expect(words).toContain(o.label);
    const eighty = result.report.offers.find((o) => o.code === 'ALDER_80')!;
    expect(words).toContain(`ALDER_80\n${eighty.label}\n${eighty.total}\n`);
    const names = tableFromCsv(readText(SAMPLE)).rows.map((r) => String(r.cells[0]));
    expect(names.filter((n) => words.includes(n))).toEqual([]);
  });

  it('sizes rapport.docx\'s table columns by what they hold, fixed, within the page (LibreOffice lays a table out by its grid)', () => {
    const xml = docxXml(readFileSync(join(out, 'rapport.docx')));
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThan(2);
    for (const t of tables) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      expect(grid.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(16838 - 2 * 1134);
      expect(new Set(grid).size).toBeGreaterThan(1);
    }
  });

  it('names no citizen in the report', () => {
    const html = readText(join(out, 'rapport.html'));
    const names = tableFromCsv(readText(SAMPLE)).rows.map((r) => String(r.cells[0]));
    expect(names.filter((n) => html.includes(n))).toEqual([]);
  });

  it('compares with last year read from its plan.xlsx when given', async () => {
    const lastYear = tempDir();
    await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2024-03-01', out: lastYear, noLetters: true });
    const now = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01', previous: join(lastYear, 'plan.xlsx') });
    expect(existsSync(join(lastYear, 'plan.xlsx'))).toBe(true);
    expect(now.report.previous).toMatchObject({ year: 2024, source: 'file' });
    const lastPlan = sheetRecords((await openXlsx(join(lastYear, 'plan.xlsx'))).getWorksheet('Plan')!);
    for (const o of now.report.offers) {
      const n = lastPlan.filter((r) => String(r.get('Kode')).split('+').includes(o.code)).length;
      expect([o.code, o.previous]).toEqual([o.code, n]);
    }
    const declined = lastPlan.filter((r) => r.get('Status') === 'Frabedt').length;
    expect(now.report.statuses.find((s) => s.id === 'declined')!.previous).toBe(declined);
    const computed = await runOffline({ input: SAMPLE, settingsPath: SAMPLE_SETTINGS, date: '2025-03-01' });
    expect(computed.report.previous).toMatchObject({ year: 2024, source: 'computed' });
    expect(computed.report.statuses.every((s) => s.previous === undefined)).toBe(true);
  });
});

describe('plan.xlsx: a single date or date-time is a date cell in every column that holds one (issue 22, item 9)', () => {
  const HEADERS = ['Navn', 'Fødselsdato', 'Inviteret', 'Besøg', 'Gennemført', 'Frabedt', 'Ophørt', 'Noter'];
  const ROWS = [
    ['A', '10-05-1945', '06-01-2025', '12-03-2025 10:00', '', '', '', 'en dato og en tid'],
    ['B', '10-05-1945', 'x', '12-03-2025 10:00 med Bo', '', 'takket nej i telefonen', '', 'tekst bliver tekst'],
    ['C', '10-05-1945', '10-12-2024 (for 2025)', '2025-03-20', '', '', '01-02-2025', 'året skrevet ved'],
    ['D', '10-05-1945', '03-03-2024; 10-12-2024 (for 2025)', '', '14.03.2024', '', '', 'flere års poster'],
  ];
  let records: ReturnType<typeof sheetRecords>;
  let dir: string;

  beforeAll(async () => {
    dir = tempDir();
    const input = join(dir, 'borgere.csv');
    writeFileSync(input, [HEADERS, ...ROWS].map((r) => r.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')).join('\r\n'));
    await runOffline({ input, date: '2025-03-01', out: join(dir, 'ud'), noLetters: true, today: iso('2025-02-24') });
    records = sheetRecords((await openXlsx(join(dir, 'ud', 'plan.xlsx'))).getWorksheet('Plan')!);
  });

  const shown = (r: (typeof records)[number], header: string) => {
    const v = r.get(header);
    return v instanceof Date ? [v.toISOString().slice(0, 16), r.cell(header).numFmt] : v;
  };

  test.each([
    ['A', 'Inviteret', ['2025-01-06T00:00', 'dd-mm-yyyy']],
    ['A', 'Besøg', ['2025-03-12T10:00', 'dd-mm-yyyy hh:mm']],
    ['C', 'Besøg', ['2025-03-20T00:00', 'dd-mm-yyyy']],
    ['C', 'Ophørt', ['2025-02-01T00:00', 'dd-mm-yyyy']],
    ['D', 'Gennemført', ['2024-03-14T00:00', 'dd-mm-yyyy']],
    ['A', 'Fødselsdato', ['1945-05-10T00:00', 'dd-mm-yyyy']],
    ['B', 'Inviteret', 'x'],
    ['B', 'Besøg', '12-03-2025 10:00 med Bo'],
    ['B', 'Frabedt', 'takket nej i telefonen'],
    ['C', 'Inviteret', '10-12-2024 (for 2025)'],
    ['D', 'Inviteret', '03-03-2024; 10-12-2024 (for 2025)'],
  ])('row %s, %s: %j', (name, header, expected) => {
    expect(shown(records.find((r) => r.get('Navn') === name)!, header)).toEqual(expected);
  });

  test('plan.xlsx read back as next run\'s input gives every row the same status', async () => {
    const again = await runOffline({ input: join(dir, 'ud', 'plan.xlsx'), date: '2025-03-01', out: join(dir, 'igen'), noLetters: true, today: iso('2025-02-24') });
    const first = records.map((r) => r.get('Status'));
    const second = sheetRecords((await openXlsx(join(dir, 'igen', 'plan.xlsx'))).getWorksheet('Plan')!).map((r) => r.get('Status'));
    expect(again.plan.planned).toHaveLength(4);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBeGreaterThan(1);
  });
});
