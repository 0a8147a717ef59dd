import type { Runtime } from '../../runtime';
import { boot, Booted, day } from '../sheet/helpers';

/**
 * Hjælp → Kontrollér opsætningen on the built bundle (issue 12): every capability green on the runtime, one
 * broken capability shows exactly its line as ✗, everything scratch is gone afterwards (also when a check
 * throws half-way), and Borgere is never touched. Synthetic citizens only.
 */

const CHECKS = 14;

/** A set-up sheet with two synthetic citizens, as a team has it. */
function team(): Booted {
  const b = boot();
  b.bundle.run('fhbSetup');
  const sheet = b.rt.sheet('Borgere');
  sheet.getRange('A2:E3').setValues([
    ['Borger Et Testesen', 'Prøvevej 1', '9999', 'Prøveby', day('1950-04-10')],
    ['Borger To Testesen', 'Prøvevej 2', '9999', 'Prøveby', day('1938-06-12')],
  ] as never);
  b.rt.ui.dialogs.length = 0;
  b.rt.ui.panels.length = 0;
  return b;
}

/** Everything a self-test could leave behind or change, read test-side (free). */
function world(rt: Runtime) {
  const borgere = rt.sheet('Borgere');
  const range = borgere.getRange(1, 1, borgere.getMaxRows(), borgere.getMaxColumns());
  return {
    sheets: rt.spreadsheet.sheets.map((s) => s.getName()),
    active: rt.spreadsheet.activeSheet.getName(),
    borgere: JSON.stringify(range.getValues()),
    borgereFormulas: JSON.stringify(range.getFormulas()),
    borgereFormats: JSON.stringify(range.getNumberFormats()),
    folders: [...rt.drive.folders.keys()],
    files: [...rt.drive.files.keys()],
    triggers: rt.triggers.list.map((t) => t.id),
    documentProperties: JSON.stringify([...rt.properties.document.entries()]),
  };
}

function selfTest(b: Booted, address = ''): { text: string; lines: string[]; html: string } {
  b.rt.ui.answers.push({ button: 'OK', text: address });
  const text = b.bundle.run<string>('fhbSelfTest');
  const panel = b.rt.ui.panels.at(-1)!;
  expect(panel.title).toBe('Kontrol af opsætningen');
  const lines = text.split('\n').filter((l) => /^(\d+\. )?[✓✗–] /.test(l));
  return { text, lines, html: panel.html };
}

const marks = (lines: string[]) => lines.map((l) => /[✓✗–]/.exec(l)![0]).join('');

describe('Kontrollér opsætningen', () => {
  test('green on the runtime: every check ✓, sharing skipped without an address, and nothing left or changed', () => {
    const b = team();
    const before = world(b.rt);
    const { text, lines, html } = selfTest(b);
    expect(marks(lines)).toBe('✓'.repeat(CHECKS - 1) + '–' + '✓');
    expect(text).toMatch(/^Alt virker: 14 kontroller i orden; 1 sprunget over\./);
    expect(lines[13]).toBe('14. – Deling af mappe og dokument med en kollega: sprunget over: ingen kollegas adresse angivet');
    expect(html).toContain('<li style="color:#1e7d32">9. ✓ Brev lavet fra en skabelon med pladsholdere udfyldt</li>');
    expect(world(b.rt)).toEqual(before);
  });

  test("with a colleague's address, sharing is tried too, and the shared scratch is gone afterwards", () => {
    const b = team();
    const before = world(b.rt);
    const { lines } = selfTest(b, '  kollega@kommune.dk ');
    expect(marks(lines)).toBe('✓'.repeat(CHECKS + 1));
    expect(b.rt.calls.byName['Drive.Permissions.create']).toBe(1);
    expect(b.rt.calls.byName['Document.addEditors']).toBe(1);
    expect(world(b.rt)).toEqual(before);
  });

  test('PDF export refused: exactly that line is ✗ with Google\'s message, every other ✓, and it all still goes', () => {
    const b = team();
    const before = world(b.rt);
    b.rt.faults.failWhen('Document.getAs', undefined, 'Exception: Conversion from application/vnd.google-apps.document to application/pdf failed.');
    const { text, lines } = selfTest(b, 'kollega@kommune.dk');
    expect(marks(lines)).toBe('✓'.repeat(11) + '✗' + '✓'.repeat(3));
    expect(lines[11]).toBe('12. ✗ PDF-eksport gemt i mappen: Exception: Conversion from application/vnd.google-apps.document to application/pdf failed.');
    expect(text).toMatch(/^1 af 15 kontroller fejlede\./);
    expect(text).toContain('Teksten efter ✗ er Googles egen meddelelse');
    expect(world(b.rt)).toEqual(before);
  });

  test.each([
    ['the scratch sheet cannot be made', 'Spreadsheet.insertSheet', [0, 1, 2, 3]],
    ['the trigger cannot be made', 'ClockTriggerBuilder.create', [5]],
    ['document properties refuse', 'Properties.setProperty', [6]],
    ['a move in Drive is refused', 'Drive.Files.update', [12]],
  ])('%s: those lines ✗, the rest ✓, nothing left', (_what, call, failed) => {
    const b = team();
    const before = world(b.rt);
    b.rt.faults.failWhen(call, undefined, 'Service error: injected');
    const { lines } = selfTest(b);
    const want = Array.from({ length: CHECKS }, (_, i) => (failed.includes(i) ? '✗' : i === 13 ? '–' : '✓')).join('') + '✓';
    expect(marks(lines)).toBe(want);
    for (const i of failed) expect(lines[i]).toMatch(/: Service error: injected$/);
    expect(world(b.rt)).toEqual(before);
  });

  test('a check that throws half-way (the letter): what needs it is not tried, and the folder with its files still goes', () => {
    const b = team();
    const before = world(b.rt);
    // the template opens; the letter's own Doc does not
    b.rt.faults.failWhen('DocumentApp.openById', (c) => c.args[0] !== undefined && b.rt.drive.nameOf(b.rt.drive.files.get(String(c.args[0]))!).endsWith(': brev'), 'Document is missing (perhaps it was deleted, or you don\'t have read access?)');
    const { lines } = selfTest(b, 'kollega@kommune.dk');
    expect(lines[8]).toMatch(/^9\. ✗ Brev lavet fra en skabelon med pladsholdere udfyldt: Document is missing/);
    for (const i of [9, 10, 11, 13]) expect(lines[i]).toMatch(/: ikke prøvet, fordi punkt 9 fejlede$/);
    expect(marks(lines)).toBe('✓✓✓✓✓✓✓✓✗–––✓–✓');
    expect(world(b.rt)).toEqual(before);
  });

  test('a clean-up Google refuses is a ✗ line naming what to delete by hand', () => {
    const b = team();
    const before = world(b.rt);
    b.rt.faults.failWhen('Drive.Files.remove', undefined, 'Service error: Drive');
    const { lines, text } = selfTest(b);
    expect(lines.at(-1)).toMatch(/^✗ Oprydning: Service error: Drive\. Slet selv: mappen «fhb selvtest \d+ \(kan slettes\)» i Drev$/);
    expect(text).toMatch(/^1 af 15 kontroller fejlede/);
    // the sheet, trigger and property went all the same; only Drive kept what it refused to delete
    const after = world(b.rt);
    expect({ ...after, folders: before.folders, files: before.files }).toEqual(before);
    expect(after.folders.length).toBe(before.folders.length + 1);
  });

  test("Google's message is shown escaped in the dialog", () => {
    const b = team();
    b.rt.faults.failWhen('Lock.tryLock', undefined, 'Fejl <img src=x onerror=alert(1)> & "mere"');
    const { html } = selfTest(b);
    expect(html).toContain('5. ✗ Dokumentlåsen (to konsulenter klikker samtidig): Fejl &lt;img src=x onerror=alert(1)&gt; &amp; &quot;mere&quot;');
    expect(html).not.toMatch(/<img|<script/);
  });

  test('an address that is not one: a Danish message, and nothing is tried', () => {
    const b = team();
    const before = world(b.rt);
    b.rt.calls.reset();
    b.rt.ui.answers.push({ button: 'OK', text: 'kollega på kontoret' });
    expect(b.bundle.run('fhbSelfTest')).toBe('');
    expect(b.rt.ui.alerts.at(-1)!.prompt).toBe('«kollega på kontoret» er ikke en e-mailadresse. Kontrollen er ikke kørt; prøv igen med en adresse som navn@kommune.dk, eller lad feltet stå tomt.');
    expect(b.rt.ui.panels).toEqual([]);
    expect(Object.keys(b.rt.calls.byName).filter((n) => /^(Spreadsheet\.insertSheet|Drive|DocumentApp|ScriptApp|Properties)/.test(n))).toEqual([]);
    expect(world(b.rt)).toEqual(before);
  });

  test('Annuller: nothing is tried', () => {
    const b = team();
    const before = world(b.rt);
    b.rt.ui.answers.push({ button: 'CANCEL', text: 'kollega@kommune.dk' });
    expect(b.bundle.run('fhbSelfTest')).toBe('');
    expect(b.rt.ui.panels).toEqual([]);
    expect(world(b.rt)).toEqual(before);
  });
});
