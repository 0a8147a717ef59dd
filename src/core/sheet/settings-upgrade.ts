import { Settings } from '../settings/schema';
import type { Cell, ZoneFns } from './settings-cells';
import { SCALAR_KEYS } from './settings-grid';
import { settingsLayout } from './settings-layout';
import { renderSettingsGrid } from './settings-render';

/**
 * The setting rows an existing Indstillinger lacks because a newer fhb added them (the data-protection
 * settings, the first contact after a death): with their defaults and help, to be inserted under the
 * last setting the sheet has, above the tables. Settings are found by their label, so nothing else moves
 * but the tables (found by their titles). Undefined when the sheet has every setting.
 */
export function missingSettingRows(grid: readonly Cell[][], zone: ZoneFns): { before: number; rows: Cell[][] } | undefined {
  const have = settingsLayout(grid).scalarRows;
  const missing = SCALAR_KEYS.filter((key) => have[key] === undefined);
  if (missing.length === 0) return undefined;
  const fresh = renderSettingsGrid(Settings.parse({}), zone);
  const last = Math.max(...Object.values(have).filter((r): r is number => r !== undefined));
  return { before: last + 1, rows: missing.map((key) => fresh.rows[fresh.scalarRows[key] - 1]) };
}
