/**
 * Shared set-up of the sheet integration tests: the built bundle in the in-memory runtime, synthetic
 * citizens (never real people), and views of what the team sees.
 */
import { BundleContext, FakeSheet, Runtime, createRuntime } from '../../runtime';
import type { RuntimeOptions } from '../../runtime';

export interface Booted {
  rt: Runtime;
  bundle: BundleContext;
}

export function boot(options: RuntimeOptions = {}): Booted {
  const rt = createRuntime(options);
  const bundle = rt.load();
  return { rt, bundle };
}

/** Midnight of a Danish calendar day, as the sheet holds a typed date. */
export function day(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  // Copenhagen is UTC+1 in winter and UTC+2 in summer; the runtime stores the wall-clock day.
  const guess = Date.UTC(y, m - 1, d) - 3_600_000;
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', hour: 'numeric', hourCycle: 'h23' }).format(new Date(guess)) === '00' ? 0 : 3_600_000;
  return new Date(guess - offset);
}

/** The ISO day of a Date read from the sheet (midnight in Copenhagen). */
export function isoOf(v: unknown): string {
  if (Object.prototype.toString.call(v) !== '[object Date]') return String(v);
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(v as Date);
  return parts;
}

export interface Citizen {
  name: string;
  birth: Date | string;
  livesAlone?: boolean | string;
  spouseDied?: Date | '';
}

/** N synthetic citizens with a spread of ages (some with no offer this year). */
export function syntheticCitizens(n: number): Citizen[] {
  const out: Citizen[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1935 + (i % 30);
    out.push({ name: `Borger ${i + 1}`, birth: day(`${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`), livesAlone: i % 3 === 0 });
  }
  return out;
}

/** Fills a sheet with a header row and rows (test set-up: free, not counted). */
export function fill(sheet: FakeSheet, headers: string[], rows: unknown[][]): void {
  if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  sheet.getRange(1, 1, 1, headers.length).setValues([headers]);
  if (rows.length) sheet.getRange(2, 1, rows.length, headers.length).setValues(rows);
}

/** The header row of a sheet. */
export function headersOf(sheet: FakeSheet): string[] {
  const width = sheet.getLastColumn();
  return (sheet.valuesOf(`A1:${letters(width - 1)}1`)[0] as unknown[]).map(String);
}

export function letters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The 1-based column of a header (first match), or throws. */
export function col(sheet: FakeSheet, header: string): number {
  const i = headersOf(sheet).indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i + 1;
}

/** The value of a citizen's cell under a header. */
export function cell(sheet: FakeSheet, row: number, header: string): unknown {
  const c = letters(col(sheet, header) - 1);
  return sheet.valuesOf(`${c}${row}`)[0][0];
}

/** Calls that change something (reads, builders and toasts excluded). */
const WRITE = /\.(set|insert|delete|clear|protect|remove|create|append|addEditor|addToUi|hide|show|merge|sort|activate|check|uncheck)/;
export function writesIn(names: readonly string[]): string[] {
  return names.filter((n) => WRITE.test(n) && !/^Spreadsheet\.toast$/.test(n));
}

/** Writes a citizen's cells by header into a row (test set-up). */
export function putRow(sheet: FakeSheet, row: number, cells: Record<string, unknown>): void {
  for (const [header, value] of Object.entries(cells)) sheet.getRange(row, col(sheet, header)).setValue(value);
}
