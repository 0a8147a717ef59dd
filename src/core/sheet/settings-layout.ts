import { CLOSURES_TITLE, CONSULTANTS_TITLE, MEETINGS_TITLE, PROJECTION_TITLE, TEMPLATES_TITLE } from './settings-text';
import { Cell, cellText } from './settings-cells';
import { ScalarKey, SCALAR_KEYS, SPARE_ROWS, isBlankRow, isTableTitle, titleRow, tableRows, scalarRow, TableRows } from './settings-grid';

/** Where things are in an existing settings grid (for formats and the Konsulent dropdown). */

export interface SettingsLayout {
  /** 1-based rows of the settings found, by key. */
  scalarRows: Partial<Record<ScalarKey, number>>;
  consultants?: TableRows;
  closures?: TableRows;
  meetings?: TableRows;
  templates?: TableRows;
  projection?: TableRows;
  titleRows: number[];
}

function tableAt(grid: readonly Cell[][], title: string): TableRows | undefined {
  const start = titleRow(grid, title);
  if (start < 0) return undefined;
  const first = start + 2;
  let next = first;
  while (next < grid.length && !isTableTitle(grid[next])) next++;
  let count: number;
  // The blank row before the next title separates the tables; it is not the table's.
  if (next < grid.length) count = next - first - (next - 1 >= first && isBlankRow(grid[next - 1]) ? 1 : 0);
  else {
    const entries = tableRows(grid, title);
    count = (entries.length ? entries[entries.length - 1] - first + 1 : 0) + SPARE_ROWS;
  }
  return { header: start + 2, first: first + 1, count };
}

export function settingsLayout(grid: readonly Cell[][]): SettingsLayout {
  const scalarRows: Partial<Record<ScalarKey, number>> = {};
  for (const key of SCALAR_KEYS) {
    const r = scalarRow(grid, key);
    if (r >= 0 && r < grid.length) scalarRows[key] = r + 1;
  }
  const consultants = tableAt(grid, CONSULTANTS_TITLE);
  const closures = tableAt(grid, CLOSURES_TITLE);
  const meetings = tableAt(grid, MEETINGS_TITLE);
  const templates = tableAt(grid, TEMPLATES_TITLE);
  const projection = tableAt(grid, PROJECTION_TITLE);
  const titleRows = [consultants, closures, meetings, templates, projection].filter((t): t is TableRows => !!t).map((t) => t.header - 1);
  return { scalarRows, consultants, closures, meetings, templates, projection, titleRows };
}

/** The consultants' names, read leniently (for the Konsulent dropdown even when another setting is wrong). */
export function consultantNamesOf(grid: readonly Cell[][]): string[] {
  const names = tableRows(grid, CONSULTANTS_TITLE).map((r) => cellText(grid[r][0])).filter(Boolean);
  return names.filter((n, i) => names.indexOf(n) === i);
}
