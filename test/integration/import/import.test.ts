import * as text from '../../../src/core/import/text';
import type { ImportPreviewResult } from '../../../src/core/import/request';
import { confirm, date, preview, request, table, world, type World } from './fixture';

/**
 * The import of the citizen list on the built bundle (dist/Code.js) in the in-memory runtime, called as
 * google.script.run calls it: preview, then confirm; the sheet checked afterwards.
 */
const LIST = [
  'CPR-nummer;Navn;Adresse;Postnummer;By;Telefon;Enlig',
  '100545-1234;Karen Testesen;Nyvej 9;2600;Glostrup;40506070;ja', // changed: address, lives alone
  '200850-1235;Bent Prøvesen;Eksempelgade 7;2600;Glostrup;;nej', // found by name and birth date; gets a CPR
  '020330-1111;Ny Borger;Vej 5;2605;Brøndby;007123;', // new; the phone must stay text
  '150640-2222;Anna Fjerde;9-12;2605;Brøndby;;', // new; the address «9-12» must not become a date
].join('\r\n');

let w: World;
beforeEach(() => {
  w = world();
});

const TEAM_COLUMNS = ['Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Brev', 'Noter'];

describe('preview first, nothing written', () => {
  test('counts, lists and masked CPR; the sheet is untouched', () => {
    const before = table(w.rt, ['Navn', 'CPR', 'Adresse', ...TEAM_COLUMNS]);
    const p = preview(w, `${LIST}\n050505-0505;;Vej 7;;;;\n`);
    expect(p.counts).toEqual({ new: 2, changed: 2, unchanged: 0, missing: 1, rejected: 1, sheetDuplicates: 0 });
    expect(p.rejected).toEqual([{ line: 6, reason: text.NO_NAME }]);
    expect(p.missing.map((m) => [m.sheetRow, m.name, m.cprMasked])).toEqual([[4, 'Inge Eksempel', '010245-xxxx']]);
    // Karen's empty Fødselsdato is filled from her CPR number (the sheet's formulas read it first).
    expect(p.changed.map((c) => c.columns)).toEqual([['Adresse', 'Fødselsdato', 'Bor alene'], ['CPR']]);
    expect(JSON.stringify(p)).not.toMatch(/\d{6}-\d{4}/);
    expect(table(w.rt, ['Navn', 'CPR', 'Adresse', ...TEAM_COLUMNS])).toEqual(before);
  });
});

describe('confirm: written in blocks under the lock, the team\'s records untouched', () => {
  test('adds, updates, keeps records, writes text as text', () => {
    const before = table(w.rt, ['Navn', ...TEAM_COLUMNS]);
    const p = preview(w, LIST);
    w.rt.calls.reset();
    const done = confirm(w, LIST, p.fingerprint);
    expect(done).toEqual({ kind: 'written', message: text.written(2, 2), added: 2, changed: 2 });
    const after = table(w.rt, ['Navn', 'CPR', 'Adresse', 'Telefon', 'Bor alene', ...TEAM_COLUMNS]);
    expect(after.map((r) => r.Navn)).toEqual(['Karen Testesen', 'Bent Prøvesen', 'Inge Eksempel', 'Ny Borger', 'Anna Fjerde']);
    expect(after[0]).toMatchObject({ Adresse: 'Nyvej 9', 'Bor alene': true });
    expect(after[1].CPR).toBe('200850-1235');
    expect(after[3].Telefon).toBe('007123');
    expect(after[4].Adresse).toBe('9-12');
    // The records of the three team citizens are exactly as before.
    expect(after.slice(0, 3).map((r) => Object.fromEntries(['Navn', ...TEAM_COLUMNS].map((c) => [c, r[c]])))).toEqual(before);
    expect(w.rt.calls.count('LockService.getDocumentLock')).toBe(1);
  });

  test('every added or updated citizen gets an «Importeret» event in Historik, with no CPR number', () => {
    confirm(w, LIST, preview(w, LIST).fingerprint);
    const history = w.rt.sheet('Historik');
    const rows = history.getRange(2, 1, history.getLastRow() - 1, 10).getValues();
    const imported = rows.filter((r) => r[6] === 'Importeret');
    expect(imported.map((r) => [r[3], r[4], r[8], r[9]])).toEqual([
      ['Ny Borger', 2025, text.HISTORY_ADDED, 'Import'],
      ['Anna Fjerde', 2025, text.HISTORY_ADDED, 'Import'],
      ['Karen Testesen', 2025, text.historyUpdated(['Adresse', 'Fødselsdato', 'Bor alene']), 'Import'],
      ['Bent Prøvesen', 2025, text.historyUpdated(['CPR']), 'Import'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/\d{6}-?\d{4}/);
    // A second import of the same list adds no events.
    const again = preview(w, LIST);
    expect(again.canWrite).toBe(false);
  });

  test('the sheet sorted between preview and confirm: citizens are found by who they are', () => {
    const p = preview(w, LIST);
    const sheet = w.rt.sheet('Borgere');
    sheet.getRange(2, 1, 3, sheet.getLastColumn()).sort({ column: 1, ascending: false });
    expect(table(w.rt, ['Navn']).map((r) => r.Navn)).toEqual(['Karen Testesen', 'Inge Eksempel', 'Bent Prøvesen']);
    expect(confirm(w, LIST, p.fingerprint).kind).toBe('written');
    const after = table(w.rt, ['Navn', 'Adresse', 'Noter', 'Frabedt']);
    expect(after[0]).toMatchObject({ Navn: 'Karen Testesen', Adresse: 'Nyvej 9', Noter: 'ring efter kl. 10' });
    expect(after[1]).toMatchObject({ Navn: 'Inge Eksempel', Adresse: 'Vej 3', Frabedt: date(2025, 1, 5) });
  });

  test('a colleague changed a citizen between preview and confirm: nothing written, a new preview', () => {
    const p = preview(w, LIST);
    w.rt.sheet('Borgere').getRange('A3').setValue('Bent Andersen');
    const answer = confirm(w, LIST, p.fingerprint);
    expect(answer.kind).toBe('changed');
    expect(table(w.rt, ['Navn']).map((r) => r.Navn)).toEqual(['Karen Testesen', 'Bent Andersen', 'Inge Eksempel']);
  });

  test('another consultant holds the lock: refused, nothing written', () => {
    const p = preview(w, LIST);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    expect(() => confirm(w, LIST, p.fingerprint)).toThrow(text.lockBusy);
    expect(table(w.rt, ['Navn'])).toHaveLength(3);
  });

  test('a second import of the same list changes nothing', () => {
    confirm(w, LIST, preview(w, LIST).fingerprint);
    const again = preview(w, LIST);
    expect(again.counts).toMatchObject({ new: 0, changed: 0, unchanged: 4 });
    expect(again.canWrite).toBe(false);
  });
});

describe('bad input: a clear Danish answer, nothing written', () => {
  test.each([
    ['the wrong file entirely', 'Dato;Beløb;Konto\n01-01-2025;100;1234\n', text.NO_HEADER],
    ['no CPR column and no birth date', 'Navn;Adresse\nKaren Testesen;Nyvej 9\n', text.NO_KEY_COLUMNS],
    ['UTF-8 decoded as Windows-1252', 'Navn;CPR\nSÃ¸ren;010203-1234\n', text.MOJIBAKE],
    ['a broken quote', 'Navn;CPR\n"Karen;100545-1234\n', text.unclosedQuote(2)],
  ])('%s', (_what, input, message) => {
    const before = table(w.rt, ['Navn', 'CPR', 'Adresse']);
    const answer = w.bundle.googleScriptRun('fhbImportPreview', request(input)) as ImportPreviewResult;
    expect(answer).toEqual({ kind: 'refused', message: `${message} ${text.NOTHING_WRITTEN}` });
    expect(table(w.rt, ['Navn', 'CPR', 'Adresse'])).toEqual(before);
  });

  test('broken rows are listed with line numbers; the good rows still import', () => {
    const input = 'CPR;Navn;Ægtefælle død\n100545-1234;Karen Testesen;15-01-25\n320145-1234;Jens;\n020330-1111;Ny Borger;01-02-2025\n';
    const p = preview(w, input);
    expect(p.rejected.map((r) => r.line)).toEqual([2, 3]);
    expect(p.counts.new).toBe(1);
  });

  test('a request that is not an import is refused by the schema', () => {
    expect(() => w.bundle.googleScriptRun('fhbImportPreview', { text: 'x' })).toThrow(/Intet er ændret/);
  });
});

describe('the menu', () => {
  test('Importér borgerliste … opens the sidebar on the Import pane', () => {
    w.bundle.run('onOpen', {});
    const items = w.rt.ui.menus[0].items.map((i) => ('caption' in i ? i.caption : ''));
    expect(items).toContain('Importér borgerliste …');
    w.bundle.run('fhbImportCitizens');
    expect(w.rt.ui.sidebars.at(-1)?.html).toContain('data-pane="import"');
  });
});
