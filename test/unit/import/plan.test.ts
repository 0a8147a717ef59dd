import { dayFromUtcDate, dayFromYmd, dayToUtcDate } from '../../../src/core/day';
import { writeBlocks } from '../../../src/core/import/blocks';
import { planImport, type ImportPlan, type SheetCitizens } from '../../../src/core/import/plan';
import { readCitizenList, type ReadFile } from '../../../src/core/import/read';
import * as text from '../../../src/core/import/text';

const options = { toDay: dayFromUtcDate, today: dayFromYmd(2025, 3, 1) };
const file = (t: string): ReadFile => {
  const r = readCitizenList(t, options);
  if (!r.ok) throw new Error(r.message);
  return r;
};
const date = (y: number, m: number, d: number) => dayToUtcDate(dayFromYmd(y, m, d));

const HEADERS = ['Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Telefon', 'Bor alene', 'Kode', 'Inviteret', 'Noter'];
/** The team's sheet: Karen with CPR, Bent without, Inge invited with a note. */
const ROWS = (): unknown[][] => [
  ['Karen Testesen', '100545-1234', date(1945, 5, 10), 'Prøvevej 1', '40506070', false, 'ALDER_80', '', ''],
  ['Bent Prøvesen', '', date(1950, 8, 20), 'Eksempelgade 7', '', true, 'ALDER_75', '', ''],
  ['Inge Eksempel', '010245-4321', date(1945, 2, 1), 'Vej 3', '', '', 'ALDER_80', date(2025, 2, 10), 'ring efter kl. 10'],
];
const sheet = (rows = ROWS(), formulaColumns = new Set<number>()): SheetCitizens => ({ headers: HEADERS, rows, formulaColumns, toDay: dayFromUtcDate });
const plan = (t: string, mode: 'full' | 'addition' = 'full', s = sheet()): ImportPlan => {
  const r = planImport(file(t), s, mode);
  if (!r.ok) throw new Error(r.message);
  return r.plan;
};

describe('matching and what changes', () => {
  test.each<[string, string, Partial<Record<'adds' | 'updates' | 'unchanged' | 'missing' | 'rejected', number>>]>([
    ['same data: unchanged', 'CPR;Navn;Adresse\n100545-1234;Karen Testesen;Prøvevej 1', { adds: 0, updates: 0, unchanged: 1 }],
    ['a new address: changed', 'CPR;Navn;Adresse\n100545-1234;Karen Testesen;Nyvej 9', { updates: 1 }],
    ['a new CPR number: added', 'CPR;Navn;Adresse\n020330-1111;Ny Borger;Vej 5', { adds: 1 }],
    ['a renamed citizen is still found by CPR', 'CPR;Navn\n100545-1234;Karen T. Testesen', { updates: 1, adds: 0 }],
    ['without CPR: found by name and birth date (case and spaces ignored)', 'Navn;Fødselsdato;Adresse\nbent  prøvesen;20-08-1950;Eksempelgade 7', { unchanged: 1, adds: 0 }],
    ['a CPR in the file finds a sheet row without one by name and birth date', 'CPR;Navn\n200850-1235;Bent Prøvesen', { updates: 1, adds: 0 }],
    ['the same name and birth date with another CPR is someone else', 'CPR;Navn\n100545-9999;Karen Testesen', { adds: 1, updates: 0 }],
    ['phone with spaces is the same phone', 'CPR;Navn;Telefon\n100545-1234;Karen Testesen;40 50 60 70', { unchanged: 1 }],
    ['«ja» in the file is the ticked box in the sheet', 'Navn;Fødselsdato;Bor alene\nBent Prøvesen;20-08-1950;ja', { unchanged: 1 }],
    ['an empty cell in the file never clears the sheet', 'CPR;Navn;Adresse\n100545-1234;Karen Testesen;', { unchanged: 1 }],
  ])('%s', (_what, input, expected) => {
    const p = plan(input);
    const counts = { adds: p.adds.length, updates: p.updates.length, unchanged: p.unchanged, missing: p.missing.length, rejected: p.rejected.length };
    expect(counts).toMatchObject(expected);
  });

  test('a citizen brought in by CPR alone gets Fødselsdato (the formulas read it first); a filled one is not rewritten', () => {
    const p = plan('CPR;Navn\n020330-1111;Ny Borger\n100545-1234;Karen Testesen');
    expect(p.adds[0].cells.find((c) => c.key === 'birthdate')?.value).toEqual({ kind: 'day', day: dayFromYmd(1930, 3, 2) });
    expect(p.unchanged).toBe(1);
    expect(p.warnings).toEqual([]);
  });

  test('a full list names the citizens it lacks (never deleted); an addition does not', () => {
    const t = 'CPR;Navn\n100545-1234;Karen Testesen';
    expect(plan(t, 'full').missing.map((m) => m.sheetRow)).toEqual([3, 4]);
    expect(plan(t, 'addition').missing).toEqual([]);
  });

  test('the team\'s records are never part of a change, even when the file has those columns', () => {
    const p = plan('CPR;Navn;Inviteret;Noter;Adresse\n010245-4321;Inge Eksempel;;;Ny vej 4');
    expect(p.updates).toHaveLength(1);
    expect(p.updates[0].changes.map((c) => c.key)).toEqual(['address']);
    expect(Object.keys(p.columns)).not.toContain('invited');
  });

  test('duplicates in the sheet are shown, and a file row matching two of them is rejected, not guessed', () => {
    const rows = [...ROWS(), ['Karen Testesen', '1005451234', date(1945, 5, 10), 'Andet sted', '', '', '', '', '']];
    const p = plan('CPR;Navn\n100545-1234;Karen Testesen', 'full', sheet(rows));
    expect(p.sheetDuplicates.map((g) => g.map((c) => c.sheetRow))).toEqual([[2, 5]]);
    expect(p.rejected).toEqual([{ line: 2, reason: text.sheetDuplicate([2, 5]) }]);
  });

  test('two rows with the same name and birth date but different CPR numbers are two people', () => {
    const rows = [...ROWS(), ['Karen Testesen', '100545-4444', date(1945, 5, 10), '', '', '', '', '', '']];
    expect(plan('CPR;Navn\n100545-1234;Karen Testesen', 'full', sheet(rows)).sheetDuplicates).toEqual([]);
  });

  test('a column with formulas in the sheet is not written, and said', () => {
    const p = plan('CPR;Navn;Adresse\n100545-1234;Karen Testesen;Nyvej 9', 'full', sheet(ROWS(), new Set([3])));
    expect(p.updates).toEqual([]);
    expect(p.warnings).toContain(text.formulaColumns(['Adresse']));
  });

  test('the sheet needs a CPR column or both Navn and Fødselsdato', () => {
    const r = planImport(file('CPR;Navn\n100545-1234;K'), { headers: ['Adresse', 'Telefon'], rows: [], formulaColumns: new Set(), toDay: dayFromUtcDate }, 'full');
    expect(r).toEqual({ ok: false, message: text.sheetKeyColumnsMissing });
  });

  test('the fingerprint ignores the order of the sheet, and changes with what would be written', () => {
    const t = 'CPR;Navn;Adresse\n100545-1234;Karen Testesen;Nyvej 9\n020330-1111;Ny Borger;Vej 5';
    const a = plan(t);
    const sorted = ROWS().reverse();
    expect(plan(t, 'full', sheet(sorted)).fingerprint).toBe(a.fingerprint);
    const edited = ROWS();
    edited[0][3] = 'Nyvej 9';
    expect(plan(t, 'full', sheet(edited)).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('writeBlocks: one block per run of citizen columns, from the first to the last row touched', () => {
  test('changes and new rows in one block; unchanged cells keep their value; team columns are not in it', () => {
    const rows = ROWS();
    const p = plan('CPR;Navn;Adresse;Bor alene\n010245-4321;Inge Eksempel;Ny vej 4;x\n020330-1111;Ny Borger;Vej 5;nej');
    const w = writeBlocks(p, rows, (v) => (v.kind === 'text' ? v.text : v.kind === 'day' ? `D${v.day}` : v.value));
    // Navn, CPR, Fødselsdato (from the CPR number), Adresse (0-3), then Bor alene (5): two runs.
    expect(w.blocks.map((b) => [b.firstColumn, b.values[0].length])).toEqual([[0, 4], [5, 1]]);
    expect(w.blocks.every((b) => b.firstRow === 2 && b.values.length === 2)).toBe(true);
    expect(w.blocks[0].values).toEqual([
      ['Inge Eksempel', '010245-4321', date(1945, 2, 1), 'Ny vej 4'],
      ['Ny Borger', '020330-1111', `D${dayFromYmd(1930, 3, 2)}`, 'Vej 5'],
    ]);
    expect(w.blocks[1].values).toEqual([[true], [false]]);
    expect(w.blocks[0].textColumns).toEqual([0, 1, 3]);
    expect(w.rowsNeeded).toBe(4);
  });

  test('nothing to write: no blocks', () => {
    expect(writeBlocks(plan('CPR;Navn\n100545-1234;Karen Testesen'), ROWS(), () => '').blocks).toEqual([]);
  });
});
