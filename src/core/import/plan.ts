import type { Day } from '../day';
import { isEmptyCell, isDate, parseDay, tryYesNo, type DateToDay } from '../coerce/values';
import { birthDayFromCpr } from '../coerce/cpr';
import { columnSpec, findColumns, type ColumnKey, type ColumnMap } from '../sheet/columns';
import { versionKey } from '../sidebar/version';
import type { ImportRow, ReadFile, Rejection } from './read';
import * as text from './text';
import { cprDigits, IMPORT_KEYS, nameKey, sameText, type ImportValue } from './values';

/**
 * The import's plan: the citizen list matched against the sheet (by CPR number, or by name and birth
 * date when either side has no CPR), and what would change. Pure; computed for the preview and again
 * under the lock at the write, from the sheet as it is then (it may have been sorted in between: rows
 * are found by who is on them, and the fingerprint does not depend on row order).
 */

/** `full`: the file is the whole list (citizens missing from it are listed for review); `addition`: only new or changed ones. */
export type ImportMode = 'full' | 'addition';

export interface SheetCitizens {
  headers: readonly unknown[];
  /** The data rows, sheet row 2 first, as getValues gives them. */
  rows: readonly (readonly unknown[])[];
  /** 0-based columns with a formula below the header: never written. */
  formulaColumns: ReadonlySet<number>;
  toDay: DateToDay;
}

export interface CellChange {
  key: ColumnKey;
  /** 0-based sheet column. */
  column: number;
  value: ImportValue;
}

/** A citizen as previews name them: the name and (for masking) the CPR digits. */
export interface CitizenRef {
  name: string;
  cpr?: string;
}

export interface PlannedUpdate extends CitizenRef {
  /** 0-based data row (sheet row = row + 2). */
  row: number;
  line: number;
  changes: CellChange[];
}

export interface PlannedAdd extends CitizenRef {
  line: number;
  cells: CellChange[];
}

export interface SheetRef extends CitizenRef {
  /** The sheet row (1-based, as the consultant sees it). */
  sheetRow: number;
}

export interface ImportPlan {
  mode: ImportMode;
  /** The sheet columns the import writes (the file has them, the sheet has them, no formulas). */
  columns: Partial<Record<ColumnKey, number>>;
  adds: PlannedAdd[];
  updates: PlannedUpdate[];
  unchanged: number;
  /** Full lists only: citizens in the sheet the file does not name. Never deleted. */
  missing: SheetRef[];
  rejected: Rejection[];
  /** Groups of rows in the sheet that hold the same citizen. */
  sheetDuplicates: SheetRef[][];
  warnings: string[];
  /** 0-based data row where new citizens go: after the last row with anything but computed values. */
  appendAt: number;
  /** Changes when the plan would write something else; not when the sheet is only sorted. */
  fingerprint: string;
}

interface SheetCitizen {
  row: number;
  name: string;
  cpr?: string;
  birth?: Day;
}

/** Thrown (as a Danish message) when the sheet cannot take an import at all. */
export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; message: string };

export function planImport(file: ReadFile, sheet: SheetCitizens, mode: ImportMode): PlanResult {
  const map = findColumns(sheet.headers);
  if (map.cpr === undefined && (map.name === undefined || (map.birthdate ?? map.cpr) === undefined)) {
    return { ok: false, message: text.sheetKeyColumnsMissing };
  }
  const warnings = [...file.warnings];
  const columns = writableColumns(file, map, sheet.formulaColumns, warnings);
  if (file.columns.includes('cpr') && map.cpr === undefined) warnings.push(text.sheetNoCpr);

  const citizens: SheetCitizen[] = [];
  let unkeyed = 0;
  let appendAt = 0;
  const computed = new Set(Object.entries(map).filter(([k]) => columnSpec(k as ColumnKey).group === 'computed').map(([, i]) => i));
  sheet.rows.forEach((values, row) => {
    if (values.some((v, c) => !computed.has(c) && !isEmptyCell(v))) appendAt = row + 1;
    const c = sheetCitizen(values, row, map, sheet.toDay);
    if (c === 'empty') return;
    if (c === 'unkeyed') unkeyed++;
    else citizens.push(c);
  });
  if (unkeyed) warnings.push(text.unkeyedSheetRows(unkeyed));

  const byCpr = group(citizens, (c) => c.cpr);
  const byNameBirth = group(citizens, (c) => nameBirthKey(c.name, c.birth));
  const sheetDuplicates = duplicates(citizens, byCpr, byNameBirth);

  const adds: PlannedAdd[] = [];
  const updates: PlannedUpdate[] = [];
  const rejected = [...file.rejected];
  const matched = new Map<number, number>();
  let unchanged = 0;
  for (const r of file.rows) {
    let found = r.cpr ? byCpr.get(r.cpr) ?? [] : [];
    if (!found.length && r.birth !== undefined) {
      found = (byNameBirth.get(nameBirthKey(r.name, r.birth) ?? '') ?? []).filter((c) => !c.cpr || !r.cpr);
    }
    if (found.length > 1) {
      rejected.push({ line: r.line, reason: text.sheetDuplicate(found.map((c) => c.row + 2)) });
      continue;
    }
    if (found.length === 0) {
      adds.push({ line: r.line, name: r.name, cpr: r.cpr, cells: cellsOf(r, columns) });
      continue;
    }
    const target = found[0];
    const earlier = matched.get(target.row);
    if (earlier !== undefined) {
      rejected.push({ line: r.line, reason: text.duplicateInFile(earlier) });
      continue;
    }
    matched.set(target.row, r.line);
    const changes = cellsOf(r, columns).filter((ch) => !sameValue(ch, sheet.rows[target.row][ch.column], sheet.toDay));
    if (changes.length) updates.push({ row: target.row, line: r.line, name: r.name, cpr: r.cpr ?? target.cpr, changes });
    else unchanged++;
  }
  rejected.sort((a, b) => a.line - b.line);
  const missing = mode === 'full'
    ? citizens.filter((c) => !matched.has(c.row)).map((c) => ref(c))
    : [];

  const plan: Omit<ImportPlan, 'fingerprint'> = {
    mode, columns, adds, updates, unchanged, missing, rejected, sheetDuplicates, warnings, appendAt,
  };
  return { ok: true, plan: { ...plan, fingerprint: fingerprintOf(plan, citizens) } };
}

/** The file's import columns the sheet can take; the rest explained in a warning. */
function writableColumns(file: ReadFile, map: ColumnMap, formulas: ReadonlySet<number>, warnings: string[]): Partial<Record<ColumnKey, number>> {
  const out: Partial<Record<ColumnKey, number>> = {};
  const lacking: string[] = [];
  const withFormulas: string[] = [];
  for (const key of file.columns) {
    const at = map[key];
    const header = file.headers[key] ?? columnSpec(key).header;
    if (at === undefined) {
      // A sheet without a CPR column has its own warning; a derived column is no loss.
      if (key !== 'cpr' && !file.derived.includes(key)) lacking.push(header);
    } else if (formulas.has(at)) withFormulas.push(header);
    else out[key] = at;
  }
  if (lacking.length) warnings.push(text.sheetLacks(lacking));
  if (withFormulas.length) warnings.push(text.formulaColumns(withFormulas));
  return out;
}

function sheetCitizen(values: readonly unknown[], row: number, map: ColumnMap, toDay: DateToDay): SheetCitizen | 'empty' | 'unkeyed' {
  const at = (k: ColumnKey) => (map[k] === undefined ? undefined : values[map[k]!]);
  const name = isEmptyCell(at('name')) ? '' : String(at('name')).trim();
  const cprCell = at('cpr');
  const birthCell = at('birthdate');
  let cpr = cprCell === undefined || isEmptyCell(cprCell) ? undefined : cprDigits(typeof cprCell === 'number' ? String(cprCell) : String(cprCell));
  if (!cpr && typeof birthCell === 'string') cpr = cprDigits(birthCell);
  if (cpr && birthDayFromCpr(cpr) === undefined) cpr = undefined;
  let birth: Day | undefined;
  try {
    birth = parseDay(birthCell ?? cprCell, 'Fødselsdato', toDay);
  } catch {
    birth = undefined;
  }
  if (birth === undefined && cpr) birth = birthDayFromCpr(cpr);
  if (!cpr && !name && birth === undefined) {
    const anything = IMPORT_KEYS.some((k) => map[k] !== undefined && !isEmptyCell(values[map[k]!]));
    return anything ? 'unkeyed' : 'empty';
  }
  if (!cpr && (!name || birth === undefined)) return 'unkeyed';
  return { row, name, cpr, birth };
}

function nameBirthKey(name: string, birth: Day | undefined): string | undefined {
  return name && birth !== undefined ? `${nameKey(name)}|${birth}` : undefined;
}

function group(citizens: readonly SheetCitizen[], keyOf: (c: SheetCitizen) => string | undefined): Map<string, SheetCitizen[]> {
  const out = new Map<string, SheetCitizen[]>();
  for (const c of citizens) {
    const k = keyOf(c);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** Same CPR twice; or same name and birth date where the CPR numbers do not tell them apart. */
function duplicates(citizens: readonly SheetCitizen[], byCpr: Map<string, SheetCitizen[]>, byNameBirth: Map<string, SheetCitizen[]>): SheetRef[][] {
  const seen = new Set<string>();
  const out: SheetRef[][] = [];
  const add = (list: SheetCitizen[]) => {
    const id = list.map((c) => c.row).join(',');
    if (seen.has(id)) return;
    seen.add(id);
    out.push(list.map(ref));
  };
  for (const list of byCpr.values()) if (list.length > 1) add(list);
  for (const list of byNameBirth.values()) {
    if (list.length < 2) continue;
    const cprs = list.map((c) => c.cpr);
    const distinct = cprs.every((c) => c !== undefined) && new Set(cprs).size === cprs.length;
    if (!distinct) add(list);
  }
  return out.sort((a, b) => a[0].sheetRow - b[0].sheetRow);
}

function ref(c: SheetCitizen): SheetRef {
  return { sheetRow: c.row + 2, name: c.name, cpr: c.cpr };
}

/** The row's values for the writable columns. */
function cellsOf(r: ImportRow, columns: Partial<Record<ColumnKey, number>>): CellChange[] {
  const out: CellChange[] = [];
  for (const [key, column] of Object.entries(columns) as [ColumnKey, number][]) {
    const value = r.values[key];
    if (value) out.push({ key, column, value });
  }
  return out.sort((a, b) => a.column - b.column);
}

/** Whether the sheet already holds the value (as the team would read it: "ja" = TRUE, a date = its text). */
function sameValue(change: CellChange, cell: unknown, toDay: DateToDay): boolean {
  const v = change.value;
  switch (v.kind) {
    case 'day':
      try {
        return parseDay(cell, '', toDay) === v.day;
      } catch {
        return false;
      }
    case 'bool':
      return tryYesNo(cell) === v.value;
    case 'text': {
      if (isDate(cell)) return false;
      const current = isEmptyCell(cell) ? '' : String(cell);
      if (change.key === 'cpr') return cprDigits(current) === cprDigits(v.text);
      // A list in capitals («BENT PRØVESEN») does not rewrite the team's spelling.
      if (change.key === 'name') return nameKey(current) === nameKey(v.text);
      if (change.key === 'phone') return current.replace(/\s+/g, '') === v.text.replace(/\s+/g, '');
      return sameText(current, v.text);
    }
  }
}

function valueText(v: ImportValue): string {
  return v.kind === 'text' ? `t${v.text}` : v.kind === 'day' ? `d${v.day}` : `b${v.value}`;
}

function fingerprintOf(plan: Omit<ImportPlan, 'fingerprint'>, citizens: readonly SheetCitizen[]): string {
  const who = (c: CitizenRef, birth?: Day) => (c.cpr ? `c${c.cpr}` : `n${nameKey(c.name)}|${birth ?? ''}`);
  const birthOf = new Map(citizens.map((c) => [c.row, c.birth]));
  const parts: string[] = [
    ...plan.adds.map((a) => `a${a.line}:${a.cells.map((c) => `${c.key}=${valueText(c.value)}`).join(',')}`),
    ...plan.updates.map((u) => `u${who(u, birthOf.get(u.row))}:${u.changes.map((c) => `${c.key}=${valueText(c.value)}`).join(',')}`),
    ...plan.missing.map((m) => `m${who(m, birthOf.get(m.sheetRow - 2))}`),
    ...plan.rejected.map((r) => `r${r.line}:${r.reason.replace(/række [\d, ]+/, '')}`),
  ].sort();
  return versionKey([plan.mode, plan.unchanged, ...Object.keys(plan.columns).sort(), ...parts]);
}
