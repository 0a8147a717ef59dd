import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runOffline } from '../../../src/offline/run';
import { renderSummary } from '../../../src/cli/summary';
import { HISTORY_HEADERS } from '../../../src/core/history/text';
import { SAMPLE, tempDir } from './helpers';

/** The offline year report counts what was done from the history, when the input has one. */

const HISTORY_CSV = [
  HISTORY_HEADERS.join(';'),
  '05-03-2025 10:00:00;a@k.dk;c1;Karen;2025;ALDER_82;Gennemført;05-03-2025;;Sidepanel',
  '06-03-2025 10:00:00;;c1;Karen;2025;ALDER_82;Gennemført;05-03-2025;;Årsafslutning', // the same visit, logged twice
  '01-04-2025 10:00:00;a@k.dk;c2;Bent;2025;ALDER_82;Frabedt;01-04-2025;;Sidepanel',
  '01-04-2024 10:00:00;a@k.dk;c1;Karen;2024;ALDER_82;Gennemført;02-04-2024;;Sidepanel',
  '01-04-2024 10:00:00;a@k.dk;c3;Inge;2024;ALDER_80;Besøg aftalt;02-05-2024 10:00;Bo;Besøgsplanlægning',
  ';;;;;;;;;',
].join('\r\n');

const totals = (rows: (string | number)[][], header: string) => {
  const head = rows[1].map(String);
  return rows.find((r) => r[0] === 'I alt')![head.indexOf(header)];
};

test('historik.csv beside the input: done this year and last, each fact once, in the result and rapport.html', async () => {
  const dir = tempDir();
  const input = join(dir, 'borgere.csv');
  copyFileSync(SAMPLE, input);
  writeFileSync(join(dir, 'historik.csv'), `\uFEFF${HISTORY_CSV}`);
  const out = join(dir, 'ud');
  const result = await runOffline({ input, date: '2025-06-01', out, noLetters: true });
  expect(result.history?.events).toBe(5);
  const rows = result.history!.rows;
  expect(rows[0][0]).toBe('Det, der blev gjort i 2025, sammenlignet med 2024 (fra Historik)');
  expect(totals(rows, 'Gennemført 2025')).toBe(1);
  expect(totals(rows, 'Gennemført 2024')).toBe(1);
  expect(totals(rows, 'Frabedt 2025')).toBe(1);
  expect(totals(rows, 'Besøg aftalt 2024')).toBe(1);
  const html = readFileSync(join(out, 'rapport.html'), 'utf8');
  expect(html).toContain('fra Historik');
  expect(html).toContain('Gennemført 2024');
  const summary = renderSummary(result, 'none', dir);
  expect(summary).toContain('historik.csv: 5 hændelser');
  expect(summary).toMatch(/Gennemført 2025\s+1 {2}\(Gennemført 2024: 1\)/);
});

test('a Historik sheet in the XLSX input is read; without any history there is no block', async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  const citizens = wb.addWorksheet('Borgere');
  citizens.addRow(['Navn', 'Fødselsdato']);
  citizens.addRow(['Karen', '10-05-1943']);
  const history = wb.addWorksheet('Historik');
  history.addRow([...HISTORY_HEADERS]);
  history.addRow([new Date(Date.UTC(2025, 2, 5, 10)), 'a@k.dk', 'c1', 'Karen', 2025, 'ALDER_82', 'Gennemført', new Date(Date.UTC(2025, 2, 5)), '', 'Sidepanel']);
  const input = join(dir, 'borgere.xlsx');
  await wb.xlsx.writeFile(input);
  const result = await runOffline({ input, date: '2025-06-01' });
  expect(totals(result.history!.rows, 'Gennemført 2025')).toBe(1);

  const plain = tempDir();
  copyFileSync(SAMPLE, join(plain, 'borgere.csv'));
  expect((await runOffline({ input: join(plain, 'borgere.csv'), date: '2025-06-01' })).history).toBeUndefined();
});
