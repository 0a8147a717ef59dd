/**
 * The settings sheet `Indstillinger` as a grid of cells, both ways. Kept at this path for older imports;
 * the parts: settings-grid.ts (the layout, where each setting and table is), settings-cells.ts (one cell's
 * value), settings-read.ts (the grid to `Settings`), settings-render.ts (`Settings` to the grid),
 * settings-layout.ts (where things are in an existing grid).
 */
export { parseWeekdays, formatWeekdays, parseMinute, formatMinute, parseTimeSpan } from './settings-cells';
export type { Cell, ZoneFns } from './settings-cells';
export { SCALAR_KEYS, GRID_WIDTH, SPARE_ROWS, SettingsError, isSettingsGrid, isEmptyGrid } from './settings-grid';
export type { ScalarKey, TableRows } from './settings-grid';
export { parseSettingsGrid } from './settings-read';
export type { ParsedSettings } from './settings-read';
export { renderSettingsGrid, missingProjectionTable } from './settings-render';
export type { RenderedSettings } from './settings-render';
export { settingsLayout, consultantNamesOf } from './settings-layout';
export type { SettingsLayout } from './settings-layout';
