import { HEADERS, column, date, driveToEnd, dueCitizens, lettersIn, mergeWorld, MergeWorld, nameOf, SETTINGS, writeSettings } from './fixture';

/** The Google merge on the built bundle, called as the sidebar calls it (google.script.run). */

interface Progress { runId: string; done: number; total: number; finished: boolean; message: string; documents: { url: string; title: string }[] }
interface Preview { total: number; countsByTemplate: { template: string; count: number }[]; problems: { row: number; field: string }[]; warnings?: string[]; firstLetter?: { title: string; paragraphs: string[] } }

const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const docId = (url: string) => /\/d\/([^/]+)/.exec(url)![1];
const docCount = (w: MergeWorld) => w.rt.documents.docs.size;

describe('preview', () => {
  test('counts letters per template and shows the first letter filled in, writing nothing', () => {
    const w = mergeWorld(6);
    const docsBefore = docCount(w);
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.total).toBe(6);
    expect(preview.countsByTemplate).toEqual([
      { template: 'ALDER_75', count: 2 }, { template: 'ALENE_70', count: 2 }, { template: 'ALDER_82', count: 2 },
    ]);
    expect(preview.problems).toEqual([]);
    const text = preview.firstLetter!.paragraphs.join('\n');
    expect(text).toContain(`Kære ${nameOf(1)}`);
    expect(text).toContain('4. marts 2025');
    expect(text).toContain('11 22 33 44');
    expect(text).not.toContain('{{');
    expect(docCount(w)).toBe(docsBefore);
    expect(column(w.rt, 'Inviteret').every((v) => v === '')).toBe(true);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });

  test('lists each row and field without a value', () => {
    const citizens = dueCitizens(3);
    citizens[1].Adresse = '';
    const w = mergeWorld(0, { citizens });
    writeSettings(w.rt, { ...SETTINGS, phone: '' });
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.problems).toEqual(expect.arrayContaining([{ row: 3, field: 'Adresse' }, { row: 2, field: 'Telefon (Indstillinger)' }]));
    expect(preview.problems.filter((p) => p.field === 'Adresse')).toHaveLength(1);
  });

  test('a template Doc that cannot be opened is reported once, by the template, not once per row', () => {
    const w = mergeWorld(6);
    const ids = JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!);
    w.rt.properties.document.set('fhb.merge.templates', JSON.stringify({ ...ids, ALDER_75: 'no-such-doc' }));
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    // rows 2 and 5 take ALDER_75
    expect(preview.problems).toEqual([{ row: 2, field: expect.stringMatching(/^Brevskabelon ALDER_75 kan ikke åbnes/) }]);
  });
});

describe('combined mode (default)', () => {
  test('one Doc, one letter per page, every due row marked with the date and the link', () => {
    const w = mergeWorld(9);
    const docsBefore = docCount(w);
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(p).toMatchObject({ done: 9, total: 9, finished: true });
    expect(p.message).toMatch(/^Færdig: 9 breve/);
    expect(docCount(w)).toBe(docsBefore + 1);
    const id = docId(p.documents[0].url);
    const letters = lettersIn(w.rt.documents.bodyText(id));
    expect(letters.map((l) => l.text.match(/Kære (.+)/)![1])).toEqual(Array.from({ length: 9 }, (_, i) => nameOf(i + 1)));
    expect(letters.every((l) => !l.text.includes('{{'))).toBe(true);
    const body = w.rt.documents.get(id)!.live.body.children;
    expect(body.filter((b) => b.kind === 'PARAGRAPH' && b.pageBreak)).toHaveLength(8);
    // every page after the first starts with the letter's first line, as the first page does: the break
    // ends the previous letter's reference line instead of making an empty paragraph of its own (issue 12)
    body.forEach((b, i) => {
      if (b.kind !== 'PARAGRAPH' || !b.pageBreak) return;
      expect(b.text).toMatch(/^Brevnr\. /);
      expect(body[i + 1]).toMatchObject({ kind: 'PARAGRAPH', text: 'Prøvekommune' });
    });
    // the window-envelope address starts the first page: no blank line above the sender
    expect(body[0]).toMatchObject({ kind: 'PARAGRAPH', text: 'Prøvekommune' });
    expect(column(w.rt, 'Inviteret')).toEqual(Array(9).fill(date(2025, 3, 4)));
    expect(column(w.rt, 'Brev')).toEqual(Array(9).fill(p.documents[0].url));
    expect(call<Progress>(w, 'fhbMergeStatus')).toEqual(p);
  });

  test('a second merge finds nobody due and makes nothing', () => {
    const w = mergeWorld(3);
    call(w, 'fhbMergeStart', { scope: 'due' });
    const docs = docCount(w);
    const again = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(again).toMatchObject({ total: 0, finished: true, message: 'Der er ingen borgere, der skal have et brev lige nu.' });
    expect(docCount(w)).toBe(docs);
  });

  test('a merge with gaps makes the complete letters, leaves the rows with gaps unmarked and lists them (issue 22)', () => {
    // 12 letters due; row 4 lacks its postcode, row 9 its address.
    const citizens = dueCitizens(12);
    citizens[2].Postnr = '';
    citizens[7].Adresse = '';
    const w = mergeWorld(0, { citizens });
    const preview = call<Preview & { skippedRows: number; gaps?: string }>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.total).toBe(10);
    expect(preview.skippedRows).toBe(2);
    expect(preview.gaps).toMatch(/^10 breve laves; 2 rækker mangler oplysninger og springes over/);
    expect(preview.problems).toEqual([{ row: 4, field: 'Postnr' }, { row: 9, field: 'Adresse' }]);

    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(p).toMatchObject({ done: 10, total: 10, finished: true });
    expect(p.message).toMatch(/^Færdig: 10 breve .*\n2 rækker blev sprunget over.*\n• række 4: Postnr\n• række 9: Adresse$/s);
    const letters = lettersIn(w.rt.documents.bodyText(docId(p.documents[0].url)));
    expect(letters.map((l) => l.text.match(/Kære (.+)/)![1])).toEqual([1, 2, 4, 5, 6, 7, 9, 10, 11, 12].map(nameOf));
    expect(column(w.rt, 'Brev').map((v) => v !== '')).toEqual([true, true, false, true, true, true, true, false, true, true, true, true]);
    expect(column(w.rt, 'Inviteret').map((v) => v !== '')).toEqual([true, true, false, true, true, true, true, false, true, true, true, true]);

    // Mended, the two go out in the next merge; nobody gets a second letter.
    const sheet = w.rt.sheet('Borgere');
    sheet.getRange(4, HEADERS.indexOf('Postnr') + 1).setValue('9999');
    sheet.getRange(9, HEADERS.indexOf('Adresse') + 1).setValue('Prøvevej 8');
    const again = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(again).toMatchObject({ done: 2, total: 2, finished: true });
    expect(lettersIn(w.rt.documents.bodyText(docId(again.documents[0].url))).map((l) => l.text.match(/Kære (.+)/)![1])).toEqual([nameOf(3), nameOf(8)]);
  });

  test('when nothing can be made, the merge does not start and says why, by row and field', () => {
    const citizens = dueCitizens(2);
    citizens[0].Postnr = '';
    citizens[1].Adresse = '';
    const w = mergeWorld(0, { citizens });
    const docs = docCount(w);
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due' }).total).toBe(0);
    expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow(/^Ingen breve kan laves: 2 rækker mangler oplysninger.*\n• række 2: Postnr\n• række 3: Adresse$/s);
    expect(docCount(w)).toBe(docs);
    expect(column(w.rt, 'Brev').every((v) => v === '')).toBe(true);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });

  test('the selection scope takes only the selected rows', () => {
    const w = mergeWorld(6);
    w.rt.select('Borgere', 'B3:C4');
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'selection' });
    expect(p.total).toBe(2);
    expect(column(w.rt, 'Brev').map((v) => v !== '')).toEqual([false, true, true, false, false, false]);
  });

  test('a bereaved citizen gets the not-reached letter only after an unanswered call (Glostrup 214-219)', () => {
    const widow = { Navn: 'Enke Testesen', 'Fødselsdato': date(1950, 6, 1), 'Ægtefælle død': date(2025, 1, 10), Adresse: 'Sorgvej 1', Postnr: '9999', By: 'Prøveby' };
    const w = mergeWorld(0, { citizens: [widow] });
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due' }).total).toBe(0);
    w.rt.sheet('Borgere').getRange('Q2').setValue('24-02-2025 ikke truffet');
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.countsByTemplate).toEqual([{ template: 'EFTERLADT', count: 1 }]);
    expect(preview.firstLetter!.paragraphs.join('\n')).toMatch(/prøvet at ringe/);
  });
});

describe('one Doc per citizen, with PDFs and the Digital Post list', () => {
  test('each letter in its own Doc in the folder, a PDF each, no CPR number in any name or file', () => {
    const citizens = dueCitizens(4).map((c, i) => ({ ...c, CPR: `0101${50 + i}-123${i}` }));
    const w = mergeWorld(0, { citizens });
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen', pdf: true });
    expect(p).toMatchObject({ done: 4, finished: true });
    const folder = [...w.rt.drive.folders.values()].find((f) => f.name === 'Forebyggende hjemmebesøg – breve')!;
    const files = w.rt.drive.filesIn(folder.id).map((f) => ({ name: w.rt.drive.nameOf(f), f }));
    const docs = files.filter((x) => x.f.mimeType === 'application/vnd.google-apps.document');
    expect(docs).toHaveLength(4);
    expect(files.filter((x) => x.name.endsWith('.pdf'))).toHaveLength(4);
    const csv = files.find((x) => x.name.endsWith('.csv'))!;
    const content = csv.f.data!.toString('utf8');
    expect(content.split('\r\n')[0]).toBe('\uFEFFBrevnr;Række;Navn;Adresse;Postnr;By;Digital post;Skabelon;Dokument;PDF');
    expect(content).toContain(nameOf(4));
    for (const x of files) expect(x.name).not.toMatch(/\d{6}-?\d{4}/);
    expect(content).not.toMatch(/\d{6}-\d{4}/);
    for (const d of docs) expect(w.rt.documents.bodyText(d.f.id)).not.toMatch(/0101\d\d-123/);
    const links = column(w.rt, 'Brev') as string[];
    expect(new Set(links).size).toBe(4);
    expect(links.map((l) => w.rt.documents.bodyText(docId(l)).match(/Kære (.+)/)![1])).toEqual([1, 2, 3, 4].map(nameOf));
  });
});

describe('the combined document with its PDF and the Digital Post list', () => {
  test('a stop while the last outputs are made links each output once', () => {
    const w = mergeWorld(3);
    let failed = false;
    w.rt.faults.failWhen('Drive.Files.create', (c) => {
      const csv = !failed && String((c.args[0] as { name?: string })?.name ?? '').endsWith('.csv');
      if (csv) failed = true;
      return csv;
    });
    expect(() => call(w, 'fhbMergeStart', { scope: 'due', pdf: true })).toThrow();
    const p = driveToEnd(w);
    expect(p).toMatchObject({ done: 3, finished: true });
    expect(p.documents).toHaveLength(3); // the document, its PDF, the Digital Post list
    expect(new Set(p.documents.map((d) => d.url)).size).toBe(3);
    // Each shown by its title in Drive (issue 15: not «Åbn dokument 1»), and each title is the file's name.
    const tag = /\(([A-Z0-9]+)\)$/.exec(p.documents[0].title)?.[1];
    expect(p.documents.map((d) => d.title)).toEqual([`Invitationer ${p.documents[0].title.slice(13, 23)} (${tag})`, `${p.documents[0].title}.pdf`, `Digital Post-liste ${tag}.csv`]);
    expect(p.documents[0].title).toMatch(/^Invitationer \d{4}-\d{2}-\d{2} \([A-Z0-9]+\)$/);
    const folder = w.rt.drive.foldersIn(w.rt.drive.rootId).find((f) => f.name === 'Forebyggende hjemmebesøg – breve')!;
    expect(w.rt.drive.filesIn(folder.id).map((f) => w.rt.drive.nameOf(f))).toEqual(expect.arrayContaining(p.documents.slice(1).map((d) => d.title)));
  });
});

describe('Drive with the drive.file scope only (appsscript.json)', () => {
  const driveAppCalls = (w: MergeWorld) => Object.keys(w.rt.calls.byName).filter((n) => /^(DriveApp|File|Folder|FileIterator|FolderIterator)\./.test(n));

  test('the whole per-citizen run with PDFs goes through the advanced Drive service, never DriveApp', () => {
    const w = mergeWorld(3);
    expect(w.rt.kernel.scopes).not.toContain('https://www.googleapis.com/auth/drive');
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen', pdf: true });
    expect(p).toMatchObject({ done: 3, finished: true });
    expect(driveAppCalls(w)).toEqual([]);
    // the folder, a Doc and a PDF each (Docs are made by Drive in the folder: see output.ts), the Digital Post list
    expect(w.rt.calls.count('Drive.Files.create')).toBe(1 + 3 + 3 + 1);
    expect(p.documents[0].url).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
    expect(p.documents.map((d) => d.title)).toEqual(['Forebyggende hjemmebesøg – breve', expect.stringMatching(/^Digital Post-liste [A-Z0-9]+\.csv$/)]);
  });

  test('a folder in the settings that the merge cannot open is refused in Danish, and nothing is made', () => {
    const w = mergeWorld(2);
    const theirs = w.rt.drive.addFolder('Teamets mappe'); // made by hand: not visible with drive.file
    writeSettings(w.rt, { ...SETTINGS, outputFolder: theirs.id });
    const docs = docCount(w);
    expect(() => call(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' })).toThrow(/Mappen til breve \(Indstillinger: «.+»\) kan ikke åbnes/);
    expect(docCount(w)).toBe(docs);
    expect(column(w.rt, 'Brev').every((v) => v === '')).toBe(true);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });
});

describe('preview warnings', () => {
  test('more letters than the 250 new documents a day a consumer account may make: a Danish warning for one Doc per citizen', () => {
    const w = mergeWorld(251);
    const warn = /laves 251 dokumenter\. En almindelig Google-konto må højst oprette 250 dokumenter om dagen/;
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due' }).warnings).toEqual([expect.stringMatching(warn)]);
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due', mode: 'perCitizen' }).warnings).toEqual([expect.stringMatching(warn)]);
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due', mode: 'combined' }).warnings).toEqual([]);
  });

  test('250 letters: no warning', () => {
    const w = mergeWorld(250);
    expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due', mode: 'perCitizen' }).warnings).toEqual([]);
  });
});

describe('bad input changes nothing', () => {
  test.each([
    [{ scope: 'alle' }, /udvalg skal være «due»/],
    [{ scope: 'due', mode: 'ét' }, /form skal være «combined»/],
    [{ scope: 'due', pdf: 'ja' }, /pdf skal være sand eller falsk/],
    [null, /Ugyldig forespørgsel/],
  ])('%p', (req, message) => {
    const w = mergeWorld(2);
    const docs = docCount(w);
    expect(() => call(w, 'fhbMergeStart', req)).toThrow(message);
    expect(docCount(w)).toBe(docs);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });

  test('continuing an unknown run says so in Danish', () => {
    const w = mergeWorld(1);
    expect(() => call(w, 'fhbMergeContinue', 'XYZ')).toThrow(/Fletningen «XYZ» findes ikke/);
    expect(() => call(w, 'fhbMergeContinue', '../x')).toThrow(/Ugyldig forespørgsel/);
  });
});

describe('templates', () => {
  test('fhbCreateTemplates makes the eight Docs (the follow-up\'s OPFOLGNING too) once and keeps them on a second run', () => {
    const w = mergeWorld(0, { citizens: dueCitizens(1), templates: false });
    const first = w.bundle.run<string>('fhbCreateTemplates');
    expect(first).toMatch(/^Oprettet: ALENE_70, ALDER_75, ALDER_80, ALDER_82, EFTERLADT, AEGTEFAELLE_FLYTTET, RISIKO, OPFOLGNING\.$/);
    const docs = docCount(w);
    const second = w.bundle.run<string>('fhbCreateTemplates');
    expect(second).toMatch(/^Beholdt \(findes allerede\): ALENE_70/);
    expect(docCount(w)).toBe(docs);
  });

  test('placeholders typed loosely in a team\'s own template are filled', () => {
    const w = mergeWorld(1);
    const ids = JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!);
    const own = w.rt.drive.addGoogleDoc('Egen skabelon', ['Kære {{ navn }}', '{{POSTNR}} {{ By}}, tlf. {{Telefon kommune}}']);
    w.rt.properties.document.set('fhb.merge.templates', JSON.stringify({ ...ids, ALDER_75: own.id }));
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(w.rt.documents.bodyText(docId(p.documents[0].url))).toContain(`Kære ${nameOf(1)}\n9999 Prøveby, tlf. 11 22 33 44`);
  });
});

describe('the marks (issue 17)', () => {
  test('marks between rows that get no letter go in one block write; those rows keep their formula and their text', () => {
    // Every other row is somebody not due (82+ and invited this year already): their Inviteret holds text
    // that Sheets would parse if typed ("7-3" would become a date), their Brev a team's formula.
    const citizens = dueCitizens(12).map((c, i) => (i % 2 === 1 ? { ...c, 'Fødselsdato': date(1938, 2, 2) } : c));
    const w = mergeWorld(0, { citizens });
    const sheet = w.rt.sheet('Borgere');
    const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const inv = header.indexOf('Inviteret') + 1;
    const brev = header.indexOf('Brev') + 1;
    for (let i = 1; i < 12; i += 2) {
      sheet.getRange(i + 2, inv).setNumberFormat('@').setValue('7-3');
      sheet.getRange(i + 2, inv).setNumberFormat('dd-mm-yyyy');
      sheet.getRange(i + 2, brev).setFormula('="se mappen"');
    }
    const before = sheet.getRange(2, 1, 13, header.length).getValues() as unknown[][];
    w.rt.calls.reset();
    const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(p).toMatchObject({ done: 6, finished: true });
    // One block per column (Inviteret and Brev are apart in this sheet), not one per row.
    expect(w.rt.calls.count('Range.setValues')).toBeLessThanOrEqual(6);
    const after = sheet.getRange(2, 1, 13, header.length).getValues() as unknown[][];
    for (let r = 0; r < 12; r++) {
      if (r % 2 === 1) {
        expect(after[r]).toEqual(before[r]);
        expect(sheet.getRange(r + 2, brev).getFormula()).toBe('="se mappen"');
        expect(after[r][inv - 1]).toBe('7-3');
      } else {
        expect(after[r][inv - 1]).toEqual(date(2025, 3, 4));
        expect(after[r][brev - 1]).toBe(p.documents[0].url);
      }
    }
  });
});
