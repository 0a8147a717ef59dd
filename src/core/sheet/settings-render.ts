import { fromIso, toDanish } from '../day';
import { Settings } from '../settings/schema';
import {
  ACCEPTANCE_HELP, CLOSURES_TITLE, CLOSURE_HEADERS, CONSULTANTS_TITLE, CONSULTANT_HEADERS, HELP_TITLE, MEETINGS_TITLE, MEETING_HEADERS,
  MERGE_MODE_LABELS, PROJECTION_HEADERS, PROJECTION_HELP, PROJECTION_LABELS, PROJECTION_TITLE, SCALAR_HELP, SCALAR_LABELS, SETTINGS_TITLE,
  TEMPLATES_TITLE, TEMPLATE_HEADERS, VALUE_TITLE, acceptanceLabel,
} from './settings-text';
import { Cell, ZoneFns, formatWeekdays, formatMinute } from './settings-cells';
import { ScalarKey, SCALAR_KEYS, GRID_WIDTH, SPARE_ROWS, TableRows, isBlankRow, titleRow } from './settings-grid';

/** Writes `Settings` as the settings grid's cells. */

export interface RenderedSettings {
  /** Every row GRID_WIDTH cells wide. */
  rows: Cell[][];
  /** 1-based rows of the settings, by key. */
  scalarRows: Record<ScalarKey, number>;
  consultants: TableRows;
  closures: TableRows;
  meetings: TableRows;
  templates: TableRows;
  projection: TableRows;
  /** 1-based title rows (bold). */
  titleRows: number[];
}

const pad = (cells: Cell[]): Cell[] => [...cells, ...new Array(Math.max(0, GRID_WIDTH - cells.length)).fill('')];

function scalarValue(s: Settings, key: ScalarKey, zone: ZoneFns): Cell {
  switch (key) {
    case 'asOf': {
      const day = s.asOf ? fromIso(s.asOf) : undefined;
      return day === undefined ? '' : zone.toDate(day);
    }
    case 'mergeMode':
      return MERGE_MODE_LABELS[s.mergeMode];
    case 'pdf':
    case 'privacyShort':
    case 'letterLeadWeeks':
    case 'retentionMonths':
    case 'bereavedDelayWeeks':
      return s[key];
    default:
      return s[key];
  }
}

/**
 * The settings as cells. `templateCodes` adds an empty row for each code without a template yet, so the
 * team sees what to fill in.
 */
export function renderSettingsGrid(s: Settings, zone: ZoneFns, templateCodes: readonly string[] = []): RenderedSettings {
  const rows: Cell[][] = [pad([SETTINGS_TITLE, VALUE_TITLE, HELP_TITLE])];
  const scalarRows = {} as Record<ScalarKey, number>;
  for (const key of SCALAR_KEYS) {
    rows.push(pad([SCALAR_LABELS[key], scalarValue(s, key, zone), SCALAR_HELP[key]]));
    scalarRows[key] = rows.length;
  }
  const titleRows: number[] = [];
  const table = (title: string, headers: readonly string[], entries: Cell[][]): TableRows => {
    rows.push(pad([]));
    rows.push(pad([title]));
    titleRows.push(rows.length);
    rows.push(pad([...headers]));
    const header = rows.length;
    for (const e of entries) rows.push(pad(e));
    for (let i = 0; i < SPARE_ROWS; i++) rows.push(pad([]));
    return { header, first: header + 1, count: entries.length + SPARE_ROWS };
  };
  const consultants = table(
    CONSULTANTS_TITLE,
    CONSULTANT_HEADERS,
    s.consultants.map((c) => [
      c.name, formatWeekdays(c.weekdays), formatMinute(c.startMinute), formatMinute(c.endMinute), c.visitsPerDay, c.visitMinutes,
      c.travelMinutes, c.daysOff.map((d) => toDanish(fromIso(d)!)).join(', '), c.phone,
    ]),
  );
  const closures = table(
    CLOSURES_TITLE,
    CLOSURE_HEADERS,
    s.closures.map((c) => [zone.toDate(fromIso(c.day)!), c.fromMinute === undefined ? '' : formatMinute(c.fromMinute), c.reason]),
  );
  const meetings = table(
    MEETINGS_TITLE,
    MEETING_HEADERS,
    s.meetings.map((m) => [
      m.name, zone.toDate(fromIso(m.day)!), m.endMinute === undefined ? formatMinute(m.startMinute) : `${formatMinute(m.startMinute)}-${formatMinute(m.endMinute)}`,
      m.place, m.address, m.capacity, m.offers.join(', '), m.postcodes.join(', '),
    ]),
  );
  const codes = [...Object.keys(s.templates), ...templateCodes.filter((c) => !(c in s.templates))];
  const templates = table(TEMPLATES_TITLE, TEMPLATE_HEADERS, codes.map((code) => [code, s.templates[code] ?? '']));
  const projection = table(PROJECTION_TITLE, PROJECTION_HEADERS, projectionRows(s));
  return { rows, scalarRows, consultants, closures, meetings, templates, projection, titleRows };
}

/** The table Fremskrivning: every figure a team may set (empty where fhb's own is used), then each acceptance set. */
export function projectionRows(s: Settings): Cell[][] {
  const own = s.projection;
  const keys = Object.keys(PROJECTION_LABELS) as (keyof typeof PROJECTION_LABELS)[];
  return [
    ...keys.map((k) => [PROJECTION_LABELS[k], own[k] ?? '', PROJECTION_HELP[k]]),
    // With none set, one row shows how to write it (a placeholder code with no value is not read).
    ...(Object.keys(own.acceptance).length ? Object.entries(own.acceptance) : [['KODE', '']]).map(([code, share]) => [
      acceptanceLabel(code), share, ACCEPTANCE_HELP,
    ]),
  ];
}

/**
 * What set-up adds under an older settings grid without the table Fremskrivning: a blank row, the
 * title, the header and its rows, to write from the returned 1-based row; undefined when it is there.
 */
export function missingProjectionTable(grid: readonly Cell[][]): { row: number; rows: Cell[][] } | undefined {
  if (titleRow(grid, PROJECTION_TITLE) >= 0) return undefined;
  let last = grid.length;
  while (last > 0 && isBlankRow(grid[last - 1].slice(0, GRID_WIDTH))) last--;
  const rows = [pad([]), pad([PROJECTION_TITLE]), pad([...PROJECTION_HEADERS]), ...projectionRows(Settings.parse({})).map(pad)];
  return { row: last + 1, rows };
}
