import ExcelJS from 'exceljs';
import { date, table, world, type World } from '../integration/import/fixture';
import { containsText, eventually, hasAttribute, horizontalOverflow, openSidebar, type OpenedSidebar, screenshot, useBrowser } from './harness';

/**
 * The Import pane in headless Chromium against the built bundle on the in-memory runtime: the consultant
 * picks a Windows-1252 CSV (as Danish Excel saves it), sees the preview, confirms; and a wrong file.
 */
const browser = useBrowser();
let w: World;
let s: OpenedSidebar;


beforeEach(async () => {
  w = world();
  w.bundle.run('fhbImportCitizens');
  s = await openSidebar(browser(), w.bundle, w.rt.ui.sidebars.at(-1)!.html);
});
afterEach(async () => {
  expect(s.errors).toEqual([]);
  expect(s.network).toEqual([]);
  await s.page.close();
});

const HOSTILE = '<img src=x onerror=alert(1)>';
/** Windows-1252 bytes: «ø» is one byte (0xF8), as Danish Excel writes «CSV (semikolonsepareret)». */
const LIST = Buffer.from(
  ['CPR-nummer;Navn;Adresse;Telefon', '100545-1234;Karen Testesen;Nyvej 9;40506070', `020330-1111;${HOSTILE};Søndervej 5;007123`, ''].join('\r\n'),
  'latin1',
);

test('choose a Windows-1252 list, see the preview with masked CPR, confirm, and the sheet has it', async () => {
  await hasAttribute(s.page.locator('#tab-import'), 'aria-selected', 'true');
  await s.page.locator('#import-file').setInputFiles({ name: 'borgerliste.csv', mimeType: 'text/csv', buffer: LIST });
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const box = s.page.locator('#import-preview');
  await containsText(box, '1 borger tilføjes, 1 borger opdateres');
  await containsText(box, 'Windows-1252');
  await expectCount('new', '1');
  await expectCount('missing', '2');
  const content = await s.page.content();
  expect(content).not.toContain('020330-1111');
  expect(s.dialogs).toEqual([]);
  expect(table(w.rt, ['Adresse']).map((r) => r.Adresse)).toEqual(['Prøvevej 1', 'Eksempelgade 7', 'Vej 3']);
  expect(await horizontalOverflow(s.page)).toBe(0);
  await s.page.locator('#import-added summary').click();
  await containsText(s.page.locator('#import-added'), `${HOSTILE} (020330-xxxx)`);
  await screenshot(s.page, 'import-preview');

  await s.page.getByRole('button', { name: 'Importér' }).click();
  await containsText(box, 'Importeret: 1 borger tilføjet, 1 borger opdateret.');
  await eventually(() => expect(table(w.rt, ['Navn', 'Adresse', 'Telefon']).slice(-1)).toEqual([{ Navn: HOSTILE, Adresse: 'Søndervej 5', Telefon: '007123' }]));
  expect(table(w.rt, ['Adresse'])[0].Adresse).toBe('Nyvej 9');
  expect(s.dialogs).toEqual([]);
});

test('an .xlsx workbook is read in the browser: text, dates and numbers as in a CSV', async () => {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Udtræk');
  ws.addRow(['CPR-nummer', 'Navn', 'Fødselsdato', 'Adresse', 'Postnummer', 'Enlig']);
  ws.addRow(['100545-1234', 'Karen Testesen', new Date(Date.UTC(1945, 4, 10)), 'Nyvej 9', 2600, true]);
  ws.addRow(['020330-1111', 'Ny Borger', new Date(Date.UTC(1930, 2, 2)), 'Søndervej 5', 2605, false]);
  ws.getColumn(3).numFmt = 'dd-mm-yyyy';
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  await s.page.locator('#import-file').setInputFiles({ name: 'udtraek.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const box = s.page.locator('#import-preview');
  await containsText(box, 'Excel-projektmappe (.xlsx)');
  await containsText(box, '1 borger tilføjes, 1 borger opdateres');
  await s.page.locator('#import-changed summary').click();
  await containsText(s.page.locator('#import-changed'), 'Adresse');
  await s.page.getByRole('button', { name: 'Importér' }).click();
  await containsText(box, 'Importeret: 1 borger tilføjet, 1 borger opdateret.');
  const last = table(w.rt, ['Navn', 'Fødselsdato', 'Postnr', 'Bor alene']).slice(-1)[0];
  expect(last).toMatchObject({ Navn: 'Ny Borger', Postnr: '2605', 'Bor alene': false });
  expect((last['Fødselsdato'] as Date).getTime()).toBe(date(1930, 3, 2).getTime());
});

test('a broken workbook or the wrong file: a clear Danish answer, nothing written', async () => {
  await s.page.locator('#import-file').setInputFiles({ name: 'liste.xlsx', mimeType: 'application/zip', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]) });
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await containsText(s.page.locator('#import-refused'), 'Excel-projektmappen kan ikke læses');
  await s.page.locator('#import-file').setInputFiles({ name: 'regnskab.csv', mimeType: 'text/csv', buffer: Buffer.from('Dato;Beløb\n01-01-2025;100\n', 'latin1') });
  await s.page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  await containsText(s.page.locator('#import-refused'), 'ligner ikke en borgerliste');
  expect(await s.page.getByRole('button', { name: 'Importér' }).isDisabled()).toBe(true);
  expect(s.calls.filter((c) => c === 'fhbImportConfirm')).toEqual([]);
  expect(table(w.rt, ['Navn'])).toHaveLength(3);
});

async function expectCount(key: string, value: string): Promise<void> {
  await containsText(s.page.locator(`[data-count="${key}"] .num`), value);
}
