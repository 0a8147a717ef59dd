import { type Day, dayFromYmd } from '../../../src/core/day';
import { Settings, defaultClosures } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import { type BundleContext, type Runtime, createRuntime } from '../../runtime';

/**
 * A Glostrup 2025 sheet for scheduling and the call list: synthetic citizens only. The reference date
 * is Wednesday 26 March 2025; with three weeks' letter lead the first bookable day is Wednesday 16 April,
 * the day before Easter (Skærtorsdag 17, Langfredag 18, 2. påskedag 21 April), and the team has a
 * closed day (Temadag) on Tuesday 22 April.
 */
export const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Postnr', 'By', 'Telefon', 'Bor alene', 'Ægtefælle død', 'Ægtefælle flyttet',
  'Særlig risiko', 'Undtaget', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Noter',
];

export const cph = makeZone('Europe/Copenhagen');
export const day = (y: number, m: number, d: number): Day => dayFromYmd(y, m, d);
export const date = (y: number, m: number, d: number) => cph.toDate(day(y, m, d));
/** A wall-clock time in Copenhagen (CEST in April: UTC+2). */
export const at = (y: number, m: number, d: number, h: number, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 2, min));

/** The call list's columns, written out here so a change to them is a visible change to the test. */
export const CALL_HEADERS_EXPECTED = [
  'Række', 'Navn', 'Telefon', 'Tilbud', 'Kode', 'Ring fra', 'Ring senest', 'Forsøg', 'Seneste forsøg', 'Brev skal sendes', 'Overskredet',
];

export const ANNE = 'Anne Andersen';
export const BO = 'Bo Berg';
export const CARL = 'Carl Carlsen';

export const SETTINGS = Settings.parse({
  asOf: '2025-03-26',
  profile: 'glostrup-2025',
  municipality: 'Prøvekommune',
  consultants: [
    { name: ANNE },
    { name: BO },
    // Carl does not visit on Fridays and has 23 April off.
    { name: CARL, weekdays: [1, 2, 3, 4], daysOff: ['2025-04-23'] },
  ],
  closures: [...defaultClosures(2025), { day: '2025-04-22', reason: 'Temadag' }],
  letterLeadWeeks: 3,
});

/** Thirty 80-year-olds in rows 2-31, then one row per scenario. */
export const EIGHTIES = 30;
export const ROW = {
  booked80: 32, booked82: 33, declined80: 34, done80: 35, consultantOnly80: 36,
  widowLetterDue: 37, widowOverdue: 38, spouseMoved: 39, widowNotYet: 40, widowed80: 41,
} as const;

const POSTCODES = ['2600', '2605', '2620'];

export function citizens(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < EIGHTIES; i++) {
    rows.push({
      Navn: `Borger ${String(i + 1).padStart(2, '0')}`,
      'Fødselsdato': date(1945, 1 + (i % 12), 1 + (i % 28)),
      Adresse: `Prøvevej ${i + 1}`,
      Postnr: POSTCODES[i % 3],
      By: 'Glostrup',
      Telefon: `4000${String(i).padStart(4, '0')}`,
    });
  }
  rows.push(
    { Navn: 'Aftalt Firs', CPR: '020345-1111', 'Fødselsdato': date(1945, 3, 2), Postnr: '2600', 'Besøg': at(2025, 4, 16, 9), Konsulent: ANNE },
    { Navn: 'Aftalt Femogfirs', 'Fødselsdato': date(1940, 6, 6), Postnr: '2600', 'Besøg': at(2025, 4, 16, 9), Konsulent: BO },
    { Navn: 'Nej Tak', 'Fødselsdato': date(1945, 7, 7), Postnr: '2605', Frabedt: date(2025, 3, 10) },
    { Navn: 'Allerede Besøgt', 'Fødselsdato': date(1945, 8, 8), Postnr: '2605', 'Gennemført': date(2025, 3, 5) },
    { Navn: 'Kun Konsulent', 'Fødselsdato': date(1945, 9, 9), Postnr: '2620', Konsulent: BO },
    { Navn: 'Enke Brev', CPR: '050555-2222', 'Fødselsdato': date(1955, 5, 5), Telefon: '50000001', 'Ægtefælle død': date(2025, 2, 5), Opkald: '24-03-2025 ikke truffet' },
    { Navn: 'Enke Sent', 'Fødselsdato': date(1952, 1, 1), Telefon: '50000002', 'Ægtefælle død': date(2025, 1, 20) },
    { Navn: 'Ægtefælle Flyttet', 'Fødselsdato': date(1950, 2, 2), Telefon: '50000003', 'Ægtefælle flyttet': date(2025, 2, 10) },
    { Navn: 'Enke Endnu Ikke', 'Fødselsdato': date(1956, 6, 6), Telefon: '50000004', 'Ægtefælle død': date(2025, 3, 1) },
    { Navn: 'Enke Firs', 'Fødselsdato': date(1945, 11, 11), Postnr: '2600', Telefon: '50000005', 'Ægtefælle død': date(2025, 2, 12) },
  );
  return rows;
}

export interface World {
  rt: Runtime;
  bundle: BundleContext;
}

/** Set up with `fhbSetup` when the build has it (the sheet a team really gets), then the data written over it. */
export function world(settings = SETTINGS): World {
  const rt = createRuntime({ now: new Date('2025-03-26T08:00:00Z') });
  const bundle = rt.load();
  const sheet = rt.addSheet('Borgere');
  sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  if (bundle.hasFunction('fhbSetup')) bundle.run('fhbSetup');
  writeSettings(rt, settings);
  writeCitizens(rt, citizens());
  rt.ui.dialogs.length = 0;
  return { rt, bundle };
}

export function writeSettings(rt: Runtime, settings: Settings): void {
  const sheet = rt.spreadsheet.findSheet('Indstillinger') ?? rt.addSheet('Indstillinger');
  const { rows } = renderSettingsGrid(settings, cph);
  if (sheet.getLastRow() > 0) sheet.getRange(1, 1, sheet.getLastRow(), Math.max(sheet.getLastColumn(), rows[0].length)).clearContent();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
}

export function writeCitizens(rt: Runtime, rows: Record<string, unknown>[]): void {
  const sheet = rt.sheet('Borgere');
  const headers = headersOf(rt);
  for (const h of HEADERS) if (!headers.includes(h)) throw new Error(`fixture: the sheet has no column ${h}`);
  const grid = rows.map((r) => headers.map((h) => (typeof h === 'string' && h in r ? r[h] : '')));
  // Computed columns keep their formulas: write citizen data column by column around them.
  for (const h of HEADERS) {
    const c = headers.indexOf(h);
    sheet.getRange(2, c + 1, rows.length, 1).setValues(grid.map((g) => [g[c]]) as never);
  }
}

export function headersOf(rt: Runtime): unknown[] {
  const sheet = rt.sheet('Borgere');
  return sheet.valuesOf(`A1:${letter(sheet.getLastColumn())}1`)[0];
}

/** Every value of a sheet, as the script reads them. */
export function wholeSheet(rt: Runtime, name = 'Borgere'): unknown[][] {
  const sheet = rt.sheet(name);
  return sheet.valuesOf(`A1:${letter(Math.max(sheet.getLastColumn(), 1))}${Math.max(sheet.getLastRow(), 1)}`);
}

/** A column of the citizen sheet (rows 2 …), by header. */
export function column(rt: Runtime, header: string): unknown[] {
  const c = headersOf(rt).indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return wholeSheet(rt).slice(1).map((r) => r[c]);
}

export function letter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Copenhagen wall-clock day and minute of a Date cell. */
export function wall(value: unknown): { iso: string; weekday: number; minute: number } {
  const d = value as Date;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short',
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { iso: `${get('year')}-${get('month')}-${get('day')}`, weekday, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}
