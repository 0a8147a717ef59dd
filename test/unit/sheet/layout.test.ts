import { COLUMNS, ColumnKey, PLAN_BLOCK, columnSpec, findColumns } from '../../../src/core/sheet/columns';
import { ExistingColumn, LayoutPlan, formulaColumns, planLayout, requiredKeys } from '../../../src/core/sheet/layout';
import { formulasOf } from '../../../src/core/sheet/formulas';

/** A column the team typed into. */
const typed = (header: string): ExistingColumn => ({ header, empty: false, formula: '' });
const empty = (header: string): ExistingColumn => ({ header, empty: true, formula: '' });

/** What the sheet looks like after a plan is carried out (new columns empty, formulas written). */
function apply(existing: readonly ExistingColumn[], plan: LayoutPlan): ExistingColumn[] {
  const formulas = formulasOf(formulaColumns(plan));
  return plan.headers.map((header, i) => {
    const o = plan.origin[i];
    const base = o === undefined ? empty(String(header)) : { ...existing[o], header };
    const key = (Object.entries(plan.columns) as [ColumnKey, number][]).find(([, c]) => c === i)?.[0];
    if (key === 'code' || key === 'status' || key === 'reason') return { ...base, formula: formulas[key], empty: false };
    return base;
  });
}

/** Only the insertions carried out: what an interrupted set-up leaves (blank, unnamed columns). */
function applyInsertsOnly(existing: readonly ExistingColumn[], plan: LayoutPlan): ExistingColumn[] {
  const out = [...existing];
  for (const ins of plan.inserts) out.splice(ins.before, 0, ...Array.from({ length: ins.count }, () => empty('')));
  return out;
}

const ALL_HEADERS = COLUMNS.map((c) => c.header).filter((h) => h !== 'CPR');

describe('planLayout', () => {
  test('a new sheet gets every column in the order of COLUMNS, CPR left out', () => {
    const plan = planLayout([]);
    expect(plan.inserts).toEqual([]);
    expect(plan.appendCount).toBe(ALL_HEADERS.length);
    expect(plan.headers).toEqual(ALL_HEADERS);
    expect(plan.headersChanged).toBe(true);
    expect(plan.columns.cpr).toBeUndefined();
    expect(plan.birth).toBe(plan.columns.birthdate);
  });

  test('the plan block is contiguous and in the pinned order', () => {
    const plan = planLayout([typed('Navn'), typed('Fødselsdato')]);
    const start = plan.columns.code!;
    PLAN_BLOCK.forEach((k, j) => expect(plan.columns[k]).toBe(start + j));
  });

  test("a team's own order and extra columns stay; missing columns go beside their neighbours", () => {
    const existing = [typed('Fødselsdato'), typed('Navn'), typed('Kaffe?'), typed('Bor alene'), typed('Mine noter')];
    const plan = planLayout(existing);
    // existing columns keep their relative order
    const origins = plan.origin.filter((o): o is number => o !== undefined);
    expect(origins).toEqual([0, 1, 2, 3, 4]);
    expect(plan.headers.filter((h) => ['Fødselsdato', 'Navn', 'Kaffe?', 'Bor alene', 'Mine noter'].includes(String(h)))).toEqual([
      'Fødselsdato', 'Navn', 'Kaffe?', 'Bor alene', 'Mine noter',
    ]);
    // Adresse, Postnr and By follow Navn (their predecessor in COLUMNS)
    expect(plan.columns.address).toBe(plan.columns.name! + 1);
    expect(plan.columns.city).toBe(plan.columns.name! + 3);
    // Ægtefælle død follows Bor alene
    expect(plan.columns.spouseDied).toBe(plan.columns.livesAlone! + 1);
    // every required column is there and found by header, first match
    const found = findColumns(plan.headers);
    for (const k of requiredKeys(found)) expect(found[k]).toBe(plan.columns[k]);
  });

  test('synonyms are recognised and their headers kept as typed', () => {
    const plan = planLayout([typed('Borger'), typed('Født'), typed('Enlig')]);
    expect(plan.headers[plan.columns.name!]).toBe('Borger');
    expect(plan.headers[plan.columns.birthdate!]).toBe('Født');
    expect(plan.headers[plan.columns.livesAlone!]).toBe('Enlig');
    expect(plan.added).not.toContain('name');
    expect(plan.added).not.toContain('livesAlone');
  });

  test('a sheet with CPR but no Fødselsdato reads the birth date from CPR and gets no Fødselsdato column', () => {
    const plan = planLayout([typed('Navn'), typed('CPR-nummer')]);
    expect(plan.columns.birthdate).toBeUndefined();
    expect(plan.birth).toBe(plan.columns.cpr);
    const letter = String.fromCharCode(65 + plan.columns.cpr!);
    expect(plan.headers[plan.columns.cpr!]).toBe('CPR-nummer');
    expect(formulasOf(formulaColumns(plan)).code.startsWith(`=FHB_PLAN(${letter}2:${letter}, `)).toBe(true);
  });

  test('a broken plan block (typed Tilbud, Fra, Til) is kept; a fresh contiguous block goes in front of it', () => {
    const existing = [typed('Navn'), typed('Fødselsdato'), typed('Tilbud'), typed('Fra'), typed('Til'), typed('Noter')];
    const plan = planLayout(existing);
    const start = plan.columns.code!;
    PLAN_BLOCK.forEach((k, j) => expect(plan.columns[k]).toBe(start + j));
    // the old columns are still there, untouched, after the fresh block
    for (const header of ['Tilbud', 'Fra', 'Til']) {
      const old = plan.headers.lastIndexOf(header);
      expect(plan.origin[old]).toBe(existing.findIndex((c) => c.header === header));
      expect(old).toBeGreaterThan(start + 6);
    }
    expect(plan.superseded.map((s) => s.key).sort()).toEqual(['from', 'offer', 'to']);
    expect(findColumns(plan.headers).offer).toBe(start + 1);
  });

  test('a Status column holding typed statuses is kept; a fresh Status goes in front', () => {
    const existing = [typed('Navn'), typed('Fødselsdato'), typed('Status')];
    const plan = planLayout(existing);
    expect(plan.origin[plan.columns.status!]).toBeUndefined();
    const old = plan.headers.lastIndexOf('Status');
    expect(plan.origin[old]).toBe(2);
    expect(plan.superseded).toEqual([{ key: 'status', index: old }]);
    expect(old).toBeGreaterThan(plan.columns.status!);
    expect(findColumns(plan.headers).status).toBe(plan.columns.status);
  });

  test('hand-written IF formulas in a computed column count as the team’s own', () => {
    const plan = planLayout([typed('Fødselsdato'), { header: 'Status', empty: false, formula: '=IF(A2="","","x")' }]);
    expect(plan.origin[plan.columns.status!]).toBeUndefined();
  });

  test('an empty computed column, or one holding our own formula, is used as it is', () => {
    const plan = planLayout([typed('Fødselsdato'), empty('Status'), { header: 'Begrundelse', empty: false, formula: '=FHB_REASON(A2:A)' }]);
    expect(plan.origin[plan.columns.status!]).toBe(1);
    expect(plan.origin[plan.columns.reason!]).toBe(2);
    expect(plan.superseded).toEqual([]);
  });

  test('set-up twice: the second plan changes nothing', () => {
    const start = [typed('Navn'), typed('Fødselsdato'), typed('Tilbud'), typed('Ekstra'), typed('Status')];
    const first = planLayout(start);
    const after = apply(start, first);
    const second = planLayout(after);
    expect(second.inserts).toEqual([]);
    expect(second.appendCount).toBe(0);
    expect(second.headersChanged).toBe(false);
    expect(second.added).toEqual([]);
    expect(second.columns).toEqual(first.columns);
    // the kept old columns are now plain extra columns behind the fresh ones
    expect(second.superseded).toEqual([]);
  });

  test('an interrupted set-up (columns inserted, not yet named) is completed without inserting again', () => {
    const start = [typed('Fødselsdato'), typed('Navn'), typed('Noter'), typed('Tilbud')];
    const first = planLayout(start);
    expect(first.inserts.length).toBeGreaterThan(0);
    const interrupted = applyInsertsOnly(start, first);
    const resumed = planLayout(interrupted);
    expect(resumed.inserts).toEqual([]);
    expect(resumed.headers).toEqual(first.headers);
    expect(resumed.columns).toEqual(first.columns);
  });

  test('inserts are listed rightmost first so earlier positions stay valid', () => {
    const plan = planLayout([typed('Navn'), typed('Fødselsdato'), typed('Telefon'), typed('Noter')]);
    const befores = plan.inserts.map((i) => i.before);
    expect([...befores].sort((a, b) => b - a)).toEqual(befores);
    expect(plan.inserts.length).toBeGreaterThan(1);
  });

  test('every spec column is added with the header set-up writes', () => {
    const plan = planLayout([typed('Navn')]);
    for (const k of plan.added) expect(plan.headers[plan.columns[k]!]).toBe(columnSpec(k).header);
  });
});
