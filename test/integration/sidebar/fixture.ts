import { dayFromYmd } from '../../../src/core/day';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import { createRuntime, type BundleContext, type Runtime } from '../../runtime';

/**
 * A citizen sheet for the sidebar's tests: synthetic citizens only, each chosen for one scenario, on the
 * runtime's clock (2025-03-01, Europe/Copenhagen). Set up with `fhbSetup` when the build has it (so the
 * sheet is what a team really gets); the citizens and settings are then written over it directly.
 */
export const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Postnr', 'By', 'Telefon', 'Bor alene', 'Ægtefælle død', 'Særlig risiko',
  'Undtaget', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Noter',
];

export const HOSTILE_NAME = '<img src=x onerror=alert(1)>';
export const HOSTILE_ADDRESS = '"><script>alert(2)</script>';

const cph = makeZone('Europe/Copenhagen');
const date = (y: number, m: number, d: number) => cph.toDate(dayFromYmd(y, m, d));

/** Row numbers (1-based, header in row 1) of the scenarios. */
export const ROW = { turns80: 2, turns75: 3, hostile: 4, invited: 5, widowed: 6 } as const;

export const CITIZENS: Record<string, unknown>[] = [
  { Navn: 'Karen Testesen', CPR: '100545-1234', 'Fødselsdato': date(1945, 5, 10), Adresse: 'Prøvevej 1', Postnr: '2600', By: 'Glostrup', Telefon: '40506070' },
  { Navn: 'Bent Prøvesen', 'Fødselsdato': date(1950, 8, 20), Adresse: 'Eksempelgade 7', Postnr: '2600', By: 'Glostrup' },
  { Navn: HOSTILE_NAME, 'Fødselsdato': date(1943, 1, 2), Adresse: HOSTILE_ADDRESS, Postnr: '2600', By: 'Glostrup', Noter: '<b>fed</b>' },
  { Navn: 'Inge Eksempel', 'Fødselsdato': date(1945, 2, 1), Inviteret: date(2025, 2, 10) },
  { Navn: 'Poul Ringesen', 'Fødselsdato': date(1955, 6, 1), 'Ægtefælle død': date(2025, 1, 20) },
];

export const SETTINGS = Settings.parse({
  asOf: '2025-03-01',
  profile: 'glostrup-2025',
  municipality: 'Prøvekommune',
  department: 'Forebyggende hjemmebesøg',
  address: 'Rådhusvej 1',
  postcodeCity: '2600 Glostrup',
  phone: '43 00 00 00',
  phoneHours: 'hverdage kl. 8-9',
  email: 'forebyggelse@proevekommune.dk',
  signature: 'Med venlig hilsen\nForebyggelsesteamet',
  privacyDpo: 'dpo@testrup.dk',
  consultants: [{ name: 'Anne Andersen' }, { name: 'Bo Berg' }],
  // Glostrup's 75-year-olds are invited to an information meeting (G183-192).
  meetings: [
    { name: 'Informationsmøde april', day: '2025-04-08', startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1', capacity: 30, offers: ['ALENE_70', 'ALDER_75'] },
    { name: 'Informationsmøde maj', day: '2025-05-13', startMinute: 600, endMinute: 720, place: 'Biblioteket', address: 'Bogvej 2', capacity: 30, offers: ['ALENE_70', 'ALDER_75'] },
  ],
});

export function writeCitizens(rt: Runtime, citizens = CITIZENS): void {
  const sheet = rt.spreadsheet.findSheet('Borgere') ?? rt.addSheet('Borgere');
  const width = Math.max(sheet.getLastColumn(), HEADERS.length);
  const existing = sheet.getLastColumn() >= 1 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as unknown[]) : [];
  const headers = existing.some((h) => h !== '') ? existing : HEADERS;
  if (headers === HEADERS) sheet.getRange(1, 1, 1, HEADERS.length).setValues([HEADERS]);
  for (const h of HEADERS) if (!headers.includes(h)) throw new Error(`fixture: set-up left out the column ${h}`);
  citizens.forEach((c, i) => {
    for (const [header, value] of Object.entries(c)) sheet.getRange(i + 2, headers.indexOf(header) + 1).setValue(value as never);
  });
  // Text columns stay text, as set-up formats them.
  sheet.getRange(2, headers.indexOf('CPR') + 1, citizens.length, 1).setNumberFormat('@');
}

export function writeSettings(rt: Runtime, settings = SETTINGS): void {
  const sheet = rt.spreadsheet.findSheet('Indstillinger') ?? rt.addSheet('Indstillinger');
  const { rows } = renderSettingsGrid(settings, cph);
  if (sheet.getLastRow() > 0) sheet.getRange(1, 1, sheet.getLastRow(), rows[0].length).clearContent();
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
}

export interface SidebarWorld {
  rt: Runtime;
  bundle: BundleContext;
  usedSetup: boolean;
}

export function sidebarWorld(): SidebarWorld {
  const rt = createRuntime();
  const bundle = rt.load();
  const usedSetup = bundle.hasFunction('fhbSetup');
  writeCitizens(rt);
  if (usedSetup) bundle.run('fhbSetup');
  writeSettings(rt);
  rt.select('Borgere', 'A2');
  return { rt, bundle, usedSetup };
}

/** The sheet's cell under a header, as the script would read it / as the sheet shows it. */
export function cell(rt: Runtime, row: number, header: string): { value: unknown; shown: string } {
  const sheet = rt.sheet('Borgere');
  const headers = sheet.valuesOf(`A1:${letter(sheet.getLastColumn())}1`)[0];
  const col = headers.indexOf(header);
  if (col < 0) throw new Error(`no column ${header}`);
  const a1 = `${letter(col + 1)}${row}`;
  return { value: sheet.valuesOf(a1)[0][0], shown: sheet.displayValuesOf(a1)[0][0] };
}

/** Writes a cell under a header, as a colleague typing in the sheet would. */
export function setCell(rt: Runtime, row: number, header: string, value: unknown): void {
  const sheet = rt.sheet('Borgere');
  const headers = sheet.valuesOf(`A1:${letter(sheet.getLastColumn())}1`)[0];
  sheet.getRange(row, headers.indexOf(header) + 1).setValue(value as never);
}

export function wholeSheet(rt: Runtime, name = 'Borgere'): unknown[][] {
  const sheet = rt.sheet(name);
  return sheet.valuesOf(`A1:${letter(Math.max(sheet.getLastColumn(), 1))}${Math.max(sheet.getLastRow(), 1)}`);
}

function letter(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `åååå-mm-dd` → `dd-mm-åååå`, and a day later, for expectations about "today" as the bundle sees it. */
export const danish = (iso: string) => iso.split('-').reverse().join('-');
export const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
