import { useDanishErrors } from '../zod-danish';
import { isDate, isEmptyCell, tryYesNo } from '../coerce/values';
import { profileSetting, withoutField } from '../profiles/registry';
import { Settings, SettingsInput } from '../settings/schema';
import {
  ACCEPTANCE_LABEL, CLOSURES_TITLE, CLOSURE_HEADERS, CONSULTANTS_TITLE, CONSULTANT_HEADERS, MEETINGS_TITLE, MEETING_HEADERS, PROJECTION_LABELS,
  PROJECTION_TITLE, SCALAR_LABELS, TEMPLATES_TITLE, settingsErrors,
} from './settings-text';
import { Cell, ZoneFns, parseWeekdays, parseMinute, parseNumber, parseShare, cellText, isoOf, parseMergeMode, parseTimeSpan, listOf } from './settings-cells';
import { normalizeHeader } from './columns';
import { SCALAR_KEYS, tableRows, scalarRow } from './settings-grid';

/** Reads the settings grid into the zod `Settings`; each problem names its row. */

export interface ParsedSettings {
  settings?: Settings;
  problems: string[];
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
      // The row names the field already: «(Profil): profil: …» said it twice.
      problems.push(`${settingsErrors.rowPrefix(row + 1, field)}: ${withoutField((e as Error).message)}`);
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
          input.profile = profileSetting(cellText(v));
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
          input[key] = cellText(v);
      }
    });
  }

  const consultants: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const r of tableRows(grid, CONSULTANTS_TITLE)) {
    const row = grid[r];
    const c: Record<string, unknown> = { name: cellText(row[0]) };
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
    if (!isEmptyCell(row[8])) c.phone = cellText(row[8]);
    consultants.push(c);
  }
  input.consultants = consultants;

  const closures: Record<string, unknown>[] = [];
  for (const r of tableRows(grid, CLOSURES_TITLE)) {
    const row = grid[r];
    const c: Record<string, unknown> = { reason: cellText(row[2]) };
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
    const m: Record<string, unknown> = { name: cellText(row[0]), place: cellText(row[3]), address: cellText(row[4]) };
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
    const code = cellText(grid[r][0]).toUpperCase();
    const id = cellText(grid[r][1]);
    if (!code) {
      if (id) problems.push(`${settingsErrors.rowPrefix(r + 1, TEMPLATES_TITLE)}: ${settingsErrors.codeMissing}`);
      continue;
    }
    rowOf.set(`templates.${code}`, { row: r + 1, label: TEMPLATES_TITLE });
    if (id) templates[code] = id;
  }
  input.templates = templates;
  input.projection = readProjection(grid, at, rowOf);

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

type ProjectionKey = keyof typeof PROJECTION_LABELS;
const PROJECTION_KEYS = Object.keys(PROJECTION_LABELS) as ProjectionKey[];

/**
 * The table Fremskrivning: one row per figure, found by its label; «Tager imod: KODE» sets an offer's
 * acceptance. An empty value leaves fhb's own figure; a label it does not know is a problem.
 */
function readProjection(
  grid: readonly Cell[][],
  at: (row: number, field: string, fn: () => void) => void,
  rowOf: Map<string, { row: number; label: string }>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const acceptance: Record<string, number> = {};
  const acceptanceStem = normalizeHeader(ACCEPTANCE_LABEL);
  for (const r of tableRows(grid, PROJECTION_TITLE)) {
    const label = cellText(grid[r][0]);
    const value = grid[r][1];
    const key = PROJECTION_KEYS.find((k) => normalizeHeader(PROJECTION_LABELS[k]) === normalizeHeader(label));
    const field = `${PROJECTION_TITLE}, ${label}`;
    if (key) {
      rowOf.set(`projection.${key}`, { row: r + 1, label: PROJECTION_TITLE });
      if (!isEmptyCell(value)) at(r, field, () => (out[key] = parseNumber(value)));
    } else if (normalizeHeader(label).startsWith(acceptanceStem)) {
      const code = label.slice(label.toLowerCase().indexOf('imod') + 4).replace(/^[\s:]+/, '').trim().toUpperCase();
      at(r, field, () => {
        if (!code) throw new Error(settingsErrors.codeMissing);
        rowOf.set(`projection.acceptance`, { row: r + 1, label: PROJECTION_TITLE });
        if (!isEmptyCell(value)) acceptance[code] = parseShare(value);
      });
    } else at(r, PROJECTION_TITLE, () => { throw new Error(settingsErrors.assumption(label)); });
  }
  out.acceptance = acceptance;
  return out;
}
