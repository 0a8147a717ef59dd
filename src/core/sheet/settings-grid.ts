import { isEmptyCell } from '../coerce/values';
import { normalizeHeader } from './columns';
import {
  CLOSURES_TITLE, CONSULTANTS_TITLE, CONSULTANT_HEADERS, MEETINGS_TITLE, PROJECTION_TITLE, SCALAR_LABELS, TEMPLATES_TITLE, settingsErrors,
} from './settings-text';
import { Cell, cellText } from './settings-cells';

/**
 * The settings sheet `Indstillinger` as a grid of cells, both ways: `parseSettingsGrid` reads the cells
 * into the zod `Settings` (Danish errors naming the row), `renderSettingsGrid` writes `Settings` as cells.
 *
 * Layout: row 1 headings; rows 2-15 one setting each (label A, value B, help C; B2 the reference date
 * and B3 the profile are fixed, the others are found by their label, so a team may move them); then
 * five tables, each a title row, a header row and one row per entry: Konsulenter, Lukkedage,
 * Arrangementer, Brevskabeloner, Fremskrivning (the last, so set-up can add it under an older sheet). Pure: dates cross as Date values through the zone functions the adapter passes in.
 *
 * This file: where each setting and table is in the grid, and the settings' error.
 */

export type ScalarKey = keyof typeof SCALAR_LABELS;
export const SCALAR_KEYS = Object.keys(SCALAR_LABELS) as ScalarKey[];

export const GRID_WIDTH = CONSULTANT_HEADERS.length;
/** Blank rows left under each table, to type a new entry in. */
export const SPARE_ROWS = 2;

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`${settingsErrors.sheetHeading}:\n${problems.map((p) => `• ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

export const isBlankRow = (row: readonly Cell[]) => row.every((c) => isEmptyCell(c));
const label = (row: readonly Cell[] | undefined) => normalizeHeader(cellText(row?.[0] ?? ''));

/** The tables, in sheet order: a row whose label is one of these titles starts a table. */
const TABLE_TITLES = [CONSULTANTS_TITLE, CLOSURES_TITLE, MEETINGS_TITLE, TEMPLATES_TITLE, PROJECTION_TITLE] as const;
export const isTableTitle = (row: readonly Cell[]) => TABLE_TITLES.some((t) => label(row) === normalizeHeader(t));

/** The 0-based row of a table's title, or -1. */
export function titleRow(grid: readonly Cell[][], title: string): number {
  const want = normalizeHeader(title);
  return grid.findIndex((row) => label(row) === want);
}

/** The 0-based rows of a table's entries: under its header, up to the next title, blank rows skipped. */
export function tableRows(grid: readonly Cell[][], title: string): number[] {
  const start = titleRow(grid, title);
  if (start < 0) return [];
  const rows: number[] = [];
  for (let r = start + 2; r < grid.length; r++) {
    if (isTableTitle(grid[r])) break;
    if (!isBlankRow(grid[r].slice(0, GRID_WIDTH))) rows.push(r);
  }
  return rows;
}

/** The 0-based row of a scalar setting: B2 and B3 are fixed; the others are found by label. */
export function scalarRow(grid: readonly Cell[][], key: ScalarKey): number {
  if (key === 'asOf') return 1;
  if (key === 'profile') return 2;
  const want = normalizeHeader(SCALAR_LABELS[key]);
  const tablesStart = Math.min(...TABLE_TITLES.map((t) => titleRow(grid, t)).filter((r) => r >= 0), grid.length);
  for (let r = 1; r < tablesStart; r++) if (label(grid[r]) === want) return r;
  return -1;
}

/** 1-based rows of a rendered table: its header row, and its entry rows (entries plus spare rows). */
export interface TableRows {
  header: number;
  first: number;
  count: number;
}

/** Whether a grid is an fhb settings sheet (its reference-date row is where the contract puts it). */
export function isSettingsGrid(grid: readonly Cell[][]): boolean {
  return label(grid[1]) === normalizeHeader(SCALAR_LABELS.asOf) && label(grid[2]) === normalizeHeader(SCALAR_LABELS.profile);
}

export function isEmptyGrid(grid: readonly Cell[][]): boolean {
  return grid.every(isBlankRow);
}
