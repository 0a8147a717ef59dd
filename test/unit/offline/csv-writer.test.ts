import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvText } from '../../../src/offline/csv';
import { CsvFileWriter } from '../../../src/offline/csv-writer';

describe('CsvFileWriter (forsendelser.csv a row at a time)', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fhb-csv-writer-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same bytes as csvText of every row, across many flushes, owner-only', () => {
    const header = ['Fil', 'Navn', 'Adresse'];
    // Synthetic names with a separator, a quote, a line break and a formula start, over 64 KB in all.
    const rows = Array.from({ length: 3000 }, (_, i) => [`raekke-${i}.docx`, i % 7 === 0 ? `=Ærø "${i}"` : `Test Testesen ${i}`, `Prøvevej ${i}; 2. th.\nBagtrappen`]);
    const path = join(dir, 'liste.csv');
    const writer = new CsvFileWriter(path, header);
    for (const row of rows) writer.add(row);
    writer.close();
    expect(readFileSync(path, 'utf8')).toBe(csvText([header, ...rows]));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('leaves no half list behind when the run fails', () => {
    const path = join(dir, 'liste.csv');
    const writer = new CsvFileWriter(path, ['Fil']);
    writer.add(['raekke-1.docx']);
    writer.abort();
    expect(existsSync(path)).toBe(false);
  });
});
