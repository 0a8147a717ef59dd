import { useDanishErrors } from '../zod-danish';
import { Day, fromIso, toDanish, toIso } from '../day';
import { isDate, isEmptyCell, parseDay, tryYesNo } from '../coerce/values';
import { profileSetting } from '../profiles/registry';
import { Settings, SettingsInput } from '../settings/schema';
import { normalizeHeader } from './columns';
import {
  CLOSURES_TITLE, CLOSURE_HEADERS, CONSULTANTS_TITLE, CONSULTANT_HEADERS, HELP_TITLE, MEETINGS_TITLE, MEETING_HEADERS, MERGE_MODE_LABELS, SCALAR_HELP,
  SCALAR_LABELS, SETTINGS_TITLE, TEMPLATES_TITLE, TEMPLATE_HEADERS, VALUE_TITLE, WEEKDAY_NAMES, settingsErrors,
} from './settings-text';

/**
 * The settings sheet `Indstillinger` as a grid of cells, both ways: `parseSettingsGrid` reads the cells
 * into the zod `Settings` (Danish errors naming the row), `renderSettingsGrid` writes `Settings` as cells.
 *
 * Layout: row 1 headings; rows 2-15 one setting each (label A, value B, help C; B2 the reference date
 * and B3 the profile are fixed, the others are found by their label, so a team may move them); then
 * four tables, each a title row, a header row and one row per entry: Konsulenter, Lukkedage,
 * Arrangementer, Brevskabeloner. Pure: dates cross as Date values through the zone functions the adapter passes in.
 */

export type ScalarKey = keyof typeof SCALAR_LABELS;
export const SCALAR_KEYS = Object.keys(SCALAR_LABELS) as ScalarKey[];

export const GRID_WIDTH = CONSULTANT_HEADERS.length;
/** Blank rows left under each table, to type a new entry in. */
export const SPARE_ROWS = 2;

export type Cell = unknown;
export interface ZoneFns {
  toDay(date: Date): Day;
  toDate(day: Day): Date;
}

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`${settingsErrors.sheetHeading}:\n${problems.map((p) => `• ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

// ─── Small parsers ───────────────────────────────────────────────────────────────────────────────────

/** The first three letters of each weekday name, with ø folded to o ("lør" → "lor"). */
const WEEKDAY_STEMS = WEEKDAY_NAMES.map((n) => normalizeHeader(n).replace('oe', 'o').slice(0, 3));

function weekdayOf(token: string): number | undefined {
  if (/^[1-7]$/.test(token)) return Number(token);
  const n = normalizeHeader(token).replace('oe', 'o');
  if (n.length < 3) return undefined;
  const i = WEEKDAY_STEMS.indexOf(n.slice(0, 3));
  return i < 0 ? undefined : i + 1;
}

/** "man-fre", "man, ons, fre", "mandag og torsdag", "1-5": ISO weekdays, sorted. */
export function parseWeekdays(text: string): number[] {
  const days = new Set<number>();
  // Spaces around a dash go by split and trim: `\s*-\s*` and `^(.+?)-(.+)$` backtrack quadratically.
  const parts = text.toLowerCase().split('-').map((p) => p.trim()).join('-').split(/\s*(?:,|;|\/|\bog\b|\s)\s*/).filter(Boolean);
  for (const part of parts) {
    const dash = part.indexOf('-', 1);
    if (dash > 0 && dash < part.length - 1) {
      const a = weekdayOf(part.slice(0, dash));
      const b = weekdayOf(part.slice(dash + 1));
      if (a === undefined || b === undefined || b < a) throw new Error(settingsErrors.weekday(part));
      for (let d = a; d <= b; d++) days.add(d);
    } else {
      const d = weekdayOf(part);
      if (d === undefined) throw new Error(settingsErrors.weekday(part));
      days.add(d);
    }
  }
  return [...days].sort((a, b) => a - b);
}

/** ISO weekdays as Danes write them: a run of three or more as "man-fre", else "man, ons". */
export function formatWeekdays(days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  if (sorted.length >= 3 && sorted[sorted.length - 1] - sorted[0] === sorted.length - 1) {
    return `${WEEKDAY_NAMES[sorted[0] - 1]}-${WEEKDAY_NAMES[sorted[sorted.length - 1] - 1]}`;
  }
  return sorted.map((d) => WEEKDAY_NAMES[d - 1]).join(', ');
}

/** A time of day as minutes after midnight: "9", "09:00", "9.30", a Sheets time fraction, or a Date. */
export function parseMinute(value: Cell, dateToMinute: (d: Date) => number): number {
  if (isDate(value)) return dateToMinute(value);
  if (typeof value === 'number') {
    if (value >= 0 && value < 1) return Math.round(value * 1440);
    if (Number.isInteger(value) && value >= 0 && value <= 24) return value * 60;
    throw new Error(settingsErrors.time(String(value)));
  }
  const text = String(value).trim().replace(/^kl\.?\s*/i, '');
  const m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m || Number(m[1]) > 24 || Number(m[2] ?? 0) > 59) throw new Error(settingsErrors.time(String(value)));
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

export function formatMinute(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

function parseNumber(value: Cell): number {
  if (typeof value === 'number') return value;
  const text = String(value).trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(settingsErrors.number(String(value)));
  return Number(text);
}

function text(v: Cell): string {
  if (isEmptyCell(v)) return '';
  return String(v).trim();
}

function isoOf(value: Cell, field: string, zone: ZoneFns): string | undefined {
  let day: Day | undefined;
  try {
    day = parseDay(value, field, zone.toDay);
  } catch {
    throw new Error(settingsErrors.date(String(value)));
  }
  return day === undefined ? undefined : toIso(day);
}

function parseMergeMode(value: Cell): 'combined' | 'perCitizen' {
  const n = normalizeHeader(String(value));
  for (const [id, label] of Object.entries(MERGE_MODE_LABELS) as ['combined' | 'perCitizen', string][]) {
    if (n === normalizeHeader(id) || n === normalizeHeader(label)) return id;
  }
  if (n.startsWith('samlet') || n.startsWith('etsamlet') || n.startsWith('eetsamlet')) return 'combined';
  if (n.includes('prborger') || n.includes('perborger')) return 'perCitizen';
  throw new Error(settingsErrors.mergeMode(String(value)));
}

/** "10-12", "10:00-11:30", "kl. 10", a Date or a time fraction: the start and, if given, the end. */
export function parseTimeSpan(value: Cell, dateToMinute: (d: Date) => number): { startMinute: number; endMinute?: number } {
  if (isEmptyCell(value)) throw new Error(settingsErrors.timeSpan(''));
  if (isDate(value) || typeof value === 'number') return { startMinute: parseMinute(value, dateToMinute) };
  const parts = String(value).trim().replace(/^kl\.?\s*/i, '').split(/[-–]/).map((p) => p.trim());
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(settingsErrors.timeSpan(String(value)));
  const startMinute = parseMinute(parts[0], dateToMinute);
  if (parts.length === 1) return { startMinute };
  const endMinute = parseMinute(parts[1], dateToMinute);
  if (endMinute <= startMinute) throw new Error(settingsErrors.timeSpan(String(value)));
  return { startMinute, endMinute };
}

/** "ALENE_70, ALDER_75", "2600 2605": a cell's list (commas, semicolons or spaces between). */
function listOf(value: Cell): string[] {
  return text(value).split(/[,;\s]+/).map((t) => t.trim()).filter(Boolean);
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────────────

export interface ParsedSettings {
  settings?: Settings;
  problems: string[];
}

const isBlankRow = (row: readonly Cell[]) => row.every((c) => isEmptyCell(c));
const label = (row: readonly Cell[] | undefined) => normalizeHeader(text(row?.[0] ?? ''));

/** The tables, in sheet order: a row whose label is one of these titles starts a table. */
const TABLE_TITLES = [CONSULTANTS_TITLE, CLOSURES_TITLE, MEETINGS_TITLE, TEMPLATES_TITLE] as const;
const isTableTitle = (row: readonly Cell[]) => TABLE_TITLES.some((t) => label(row) === normalizeHeader(t));

/** The 0-based row of a table's title, or -1. */
function titleRow(grid: readonly Cell[][], title: string): number {
  const want = normalizeHeader(title);
  return grid.findIndex((row) => label(row) === want);
}

/** The 0-based rows of a table's entries: under its header, up to the next title, blank rows skipped. */
function tableRows(grid: readonly Cell[][], title: string): number[] {
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
function scalarRow(grid: readonly Cell[][], key: ScalarKey): number {
  if (key === 'asOf') return 1;
  if (key === 'profile') return 2;
  const want = normalizeHeader(SCALAR_LABELS[key]);
  const tablesStart = Math.min(...TABLE_TITLES.map((t) => titleRow(grid, t)).filter((r) => r >= 0), grid.length);
  for (let r = 1; r < tablesStart; r++) if (label(grid[r]) === want) return r;
  return -1;
}

/** Reads the settings grid (values of A1:H, as getValues gives them). Never throws: problems are listed. */
export function parseSettingsGrid(grid: readonly Cell[][], zone: ZoneFns, dateToMinute: (d: Date) => number): ParsedSettings {
  const problems: string[] = [];
  const rowOf = new Map<string, { row: number; label: string }>();
  const input: Record<string, unknown> = {};
  const at = (row: number, field: string, fn: () => void) => {
    try {
      fn();
    } catch (e) {
      problems.push(`${settingsErrors.rowPrefix(row + 1, field)}: ${(e as Error).message}`);
    }
  };

  for (const key of SCALAR_KEYS) {
    const r = scalarRow(grid, key);
    if (r < 0 || r >= grid.length) continue;
    const lbl = SCALAR_LABELS[key];
    rowOf.set(key, { row: r + 1, label: lbl });
    const v = grid[r][1];
    if (isEmptyCell(v)) continue;
    at(r, lbl, () => {
      switch (key) {
        case 'asOf':
          input.asOf = isoOf(v, lbl, zone);
          break;
        case 'profile':
          input.profile = profileSetting(text(v));
          break;
        case 'letterLeadWeeks':
          input.letterLeadWeeks = parseNumber(v);
          break;
        case 'retentionMonths':
        case 'bereavedDelayWeeks':
          input[key] = parseNumber(v);
          break;
        case 'mergeMode':
          input.mergeMode = parseMergeMode(v);
          break;
        case 'pdf':
        case 'privacyShort': {
          const yes = tryYesNo(v);
          if (yes === undefined) throw new Error(settingsErrors.yesNo(String(v)));
          input[key] = yes;
          break;
        }
        default:
          input[key] = text(v);
      }
    });
  }

  const consultants: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const r of tableRows(grid, CONSULTANTS_TITLE)) {
    const row = grid[r];
    const c: Record<string, unknown> = { name: text(row[0]) };
    rowOf.set(`consultants.${consultants.length}`, { row: r + 1, label: CONSULTANTS_TITLE });
    const cell = (i: number, name: string, fn: (v: Cell) => void) => {
      if (!isEmptyCell(row[i])) at(r, `${CONSULTANTS_TITLE}, ${name}`, () => fn(row[i]));
    };
    if (!c.name) problems.push(`${settingsErrors.rowPrefix(r + 1, CONSULTANTS_TITLE)}: ${settingsErrors.nameMissing}`);
    else if (seen.has(String(c.name).toLowerCase())) problems.push(`${settingsErrors.rowPrefix(r + 1, CONSULTANTS_TITLE)}: ${settingsErrors.duplicateName(String(c.name))}`);
    seen.add(String(c.name).toLowerCase());
    cell(1, CONSULTANT_HEADERS[1], (v) => (c.weekdays = parseWeekdays(String(v))));
    cell(2, CONSULTANT_HEADERS[2], (v) => (c.startMinute = parseMinute(v, dateToMinute)));
    cell(3, CONSULTANT_HEADERS[3], (v) => (c.endMinute = parseMinute(v, dateToMinute)));
    cell(4, CONSULTANT_HEADERS[4], (v) => (c.visitsPerDay = parseNumber(v)));
    cell(5, CONSULTANT_HEADERS[5], (v) => (c.visitMinutes = parseNumber(v)));
    cell(6, CONSULTANT_HEADERS[6], (v) => (c.travelMinutes = parseNumber(v)));
    cell(7, CONSULTANT_HEADERS[7], (v) => {
      const parts = isDate(v) ? [v] : String(v).split(/[,;]\s*|\s+/).filter(Boolean);
      c.daysOff = parts.map((p) => isoOf(p, CONSULTANT_HEADERS[7], zone)).filter((d): d is string => !!d);
    });
    if (!isEmptyCell(row[8])) c.phone = text(row[8]);
    consultants.push(c);
  }
  input.consultants = consultants;

  const closures: Record<string, unknown>[] = [];
  for (const r of tableRows(grid, CLOSURES_TITLE)) {
    const row = grid[r];
    const c: Record<string, unknown> = { reason: text(row[2]) };
    rowOf.set(`closures.${closures.length}`, { row: r + 1, label: CLOSURES_TITLE });
    at(r, `${CLOSURES_TITLE}, ${CLOSURE_HEADERS[0]}`, () => {
      const day = isoOf(row[0], CLOSURE_HEADERS[0], zone);
      if (!day) throw new Error(settingsErrors.date(''));
      c.day = day;
    });
    if (!isEmptyCell(row[1])) at(r, `${CLOSURES_TITLE}, ${CLOSURE_HEADERS[1]}`, () => (c.fromMinute = parseMinute(row[1], dateToMinute)));
    closures.push(c);
  }
  input.closures = closures;

  const meetings: Record<string, unknown>[] = [];
  const meetingNames = new Set<string>();
  for (const r of tableRows(grid, MEETINGS_TITLE)) {
    const row = grid[r];
    const m: Record<string, unknown> = { name: text(row[0]), place: text(row[3]), address: text(row[4]) };
    rowOf.set(`meetings.${meetings.length}`, { row: r + 1, label: MEETINGS_TITLE });
    const name = String(m.name).toLowerCase();
    if (name && meetingNames.has(name)) problems.push(`${settingsErrors.rowPrefix(r + 1, MEETINGS_TITLE)}: ${settingsErrors.duplicateMeeting(String(m.name))}`);
    meetingNames.add(name);
    at(r, `${MEETINGS_TITLE}, ${MEETING_HEADERS[1]}`, () => {
      const day = isoOf(row[1], MEETING_HEADERS[1], zone);
      if (!day) throw new Error(settingsErrors.date(''));
      m.day = day;
    });
    at(r, `${MEETINGS_TITLE}, ${MEETING_HEADERS[2]}`, () => Object.assign(m, parseTimeSpan(row[2], dateToMinute)));
    at(r, `${MEETINGS_TITLE}, ${MEETING_HEADERS[5]}`, () => (m.capacity = parseNumber(row[5])));
    m.offers = listOf(row[6]).map((c) => c.toUpperCase());
    m.postcodes = listOf(row[7]);
    meetings.push(m);
  }
  input.meetings = meetings;

  const templates: Record<string, string> = {};
  for (const r of tableRows(grid, TEMPLATES_TITLE)) {
    const code = text(grid[r][0]).toUpperCase();
    const id = text(grid[r][1]);
    if (!code) {
      if (id) problems.push(`${settingsErrors.rowPrefix(r + 1, TEMPLATES_TITLE)}: ${settingsErrors.codeMissing}`);
      continue;
    }
    rowOf.set(`templates.${code}`, { row: r + 1, label: TEMPLATES_TITLE });
    if (id) templates[code] = id;
  }
  input.templates = templates;

  if (problems.length) return { problems };
  useDanishErrors();
  const result = Settings.safeParse(input as SettingsInput);
  if (result.success) return { settings: result.data, problems };
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    const where = rowOf.get(path.slice(0, 2).join('.')) ?? rowOf.get(path[0]);
    const field = path.length > 2 ? ` ${path.slice(2).join('.')}` : '';
    problems.push(where ? `${settingsErrors.rowPrefix(where.row, where.label)}${field}: ${issue.message}` : `${path.join('.')}: ${issue.message}`);
  }
  return { problems };
}


// ─── Writing ─────────────────────────────────────────────────────────────────────────────────────────

/** 1-based rows of a rendered table: its header row, and its entry rows (entries plus spare rows). */
export interface TableRows {
  header: number;
  first: number;
  count: number;
}

export interface RenderedSettings {
  /** Every row GRID_WIDTH cells wide. */
  rows: Cell[][];
  /** 1-based rows of the settings, by key. */
  scalarRows: Record<ScalarKey, number>;
  consultants: TableRows;
  closures: TableRows;
  meetings: TableRows;
  templates: TableRows;
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
  return { rows, scalarRows, consultants, closures, meetings, templates, titleRows };
}

/** Whether a grid is an fhb settings sheet (its reference-date row is where the contract puts it). */
export function isSettingsGrid(grid: readonly Cell[][]): boolean {
  return label(grid[1]) === normalizeHeader(SCALAR_LABELS.asOf) && label(grid[2]) === normalizeHeader(SCALAR_LABELS.profile);
}

export function isEmptyGrid(grid: readonly Cell[][]): boolean {
  return grid.every(isBlankRow);
}

// ─── Where things are in an existing grid (for formats and the Konsulent dropdown) ──────────────────

export interface SettingsLayout {
  /** 1-based rows of the settings found, by key. */
  scalarRows: Partial<Record<ScalarKey, number>>;
  consultants?: TableRows;
  closures?: TableRows;
  meetings?: TableRows;
  templates?: TableRows;
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
  const titleRows = [consultants, closures, meetings, templates].filter((t): t is TableRows => !!t).map((t) => t.header - 1);
  return { scalarRows, consultants, closures, meetings, templates, titleRows };
}

/** The consultants' names, read leniently (for the Konsulent dropdown even when another setting is wrong). */
export function consultantNamesOf(grid: readonly Cell[][]): string[] {
  const names = tableRows(grid, CONSULTANTS_TITLE).map((r) => text(grid[r][0])).filter(Boolean);
  return names.filter((n, i) => names.indexOf(n) === i);
}
