import { Day, toIso } from '../day';
import { maskCpr, looksLikeCpr } from '../coerce/cpr';
import { InputError } from '../coerce/errors';
import { DateToDay, isEmptyCell, parseDay, requireDay } from '../coerce/values';
import { resolveProfile } from '../profiles/registry';
import type { Profile } from '../profiles/schema';
import { evaluate } from '../rules/engine';
import type { Citizen, Plan } from '../rules/types';
import { ColumnKey, ColumnMap, columnSpec } from '../sheet/columns';
import { ownEventCells, ownEventColumns, type OwnEventColumns } from '../sheet/event-columns';
import { rowStatus } from '../status/row-status';
import { statusById } from '../status/vocabulary';
import { PLAN_FIELDS, citizenFromCells } from '../rules/citizen-input';
import { danishTime, longDanishDate } from '../letters/danish';
import { planScope, visitThisYear } from '../records/this-year';
import { type YearScope, yearScope } from '../records/year';
import { clock } from '../schedule/text';
import type { BookedVisitView, CitizenView, OfferView, PlanView, RecordKey, RecordView } from './protocol';
import { RECORD_KEYS } from './vocabulary';
import { type RecordKey as StatusRecordKey, readTeamRecords } from '../status/records';
import { withFollowUp } from '../follow-up/offer';
import * as text from './text';
import { versionKey } from './version';
import { citizenKey } from '../citizens/key';
import { citizenMeeting, type MeetingContext, type MeetingRow } from '../meetings/citizen';

/** One row of the citizen sheet as the server read it: raw values and what the sheet displays. */
export interface RowData {
  row: number;
  headers: readonly unknown[];
  columns: ColumnMap;
  values: readonly unknown[];
  display: readonly string[];
}

export interface ViewContext {
  today: Day;
  /**
   * `Indstillinger!B2:B3` (reference date, profile) as the sheet holds them: the plan is computed from
   * them exactly as the sheet's formulas are, and they are part of the version key.
   */
  settingsCells: readonly unknown[];
  consultants: string[];
  toDay: DateToDay;
  /** The meetings and the seats taken, asked only for a citizen with a meeting offer or a meeting. */
  meetings?: () => Omit<MeetingContext, 'today'>;
}

/** The reference date and profile from `Indstillinger!B2:B3`, read as FHB_PLAN reads them (empty date = today). */
export function planSettings(cells: readonly unknown[], toDay: DateToDay, today: Day): { asOf: Day; profile: Profile } {
  return { asOf: referenceDate(cells, toDay, today), profile: resolveProfile(cells[1]) };
}

/** The reference date alone (a record written from the sidebar needs the planning year, not the profile). */
export function referenceDate(cells: readonly unknown[], toDay: DateToDay, today: Day): Day {
  return parseDay(cells[0], PLAN_FIELDS[2], toDay) ?? today;
}

/** Who is on a row (core/citizens/key.ts): an action on a row is refused when another citizen is on it now. */
export { citizenKey };

/** Changes when any cell of the row or the settings behind every plan change; what the sidebar polls. */
export function rowVersion(values: readonly unknown[], settingsCells: readonly unknown[]): string {
  return versionKey([...values, '|', ...settingsCells]);
}

export function isEmptyRow(data: Pick<RowData, 'values'>): boolean {
  return data.values.every(isEmptyCell);
}

/** Everything the sidebar shows for one row: who, which offers and why, the window, the status, the records. */
export function buildCitizenView(data: RowData, ctx: ViewContext): CitizenView {
  const { columns, display } = data;
  const name = shown(display, columns.name) || text.NO_NAME;
  const birthShown = String(at(display, columns.birthdate) ?? '');
  const cprText = shown(display, columns.cpr) || (looksLikeCpr(birthShown) ? maskCpr(birthShown.trim()) : '');
  const view: CitizenView = {
    row: data.row,
    key: citizenKey(data),
    version: rowVersion(data.values, ctx.settingsCells),
    name,
    cprMasked: cprText,
    address: [shown(display, columns.address), [shown(display, columns.postcode), shown(display, columns.city)].filter(Boolean).join(' ')]
      .filter(Boolean).join(', '),
    phone: shown(display, columns.phone),
    records: recordViews(data),
    today: toIso(ctx.today),
    asOf: toIso(ctx.today),
    consultants: ctx.consultants,
  };
  let plan: Plan;
  let settings: { asOf: Day; profile: Profile };
  try {
    settings = planSettings(ctx.settingsCells, ctx.toDay, ctx.today);
    plan = evaluate(citizenOf(data, ctx.toDay, ownEventColumns(data.headers, settings.profile.events)), settings.asOf, settings.profile);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { ...view, problem: e.message };
  }
  const cellOf = (key: StatusRecordKey) => at(data.values, data.columns[key]);
  plan = withFollowUp(plan, readTeamRecords(cellOf, ctx.toDay), settings.asOf, settings.profile);
  const status = statusById(rowStatus(plan, cellOf, data.columns, settings.asOf, ctx.today, ctx.toDay));
  return {
    ...view,
    asOf: toIso(settings.asOf),
    birth: toIso(citizenBirth(data, ctx.toDay)),
    age: plan.age,
    turns: plan.turns,
    plan: planView(plan, settings.profile),
    visit: bookedVisit(data, ctx.toDay, planScope(plan, ctx.today)),
    status: { id: status.id, label: status.label, background: status.background, text: status.text, help: status.help },
    ...meetingOf(data, plan, ctx),
  };
}

/**
 * The codes of the plan's meeting offers (booked as a meeting) for the row, and the planning year its meeting
 * is read in; no codes (and today's year) when the row cannot be read.
 */
export function meetingCodes(data: Pick<RowData, 'columns' | 'values'>, ctx: Pick<ViewContext, 'settingsCells' | 'toDay' | 'today'>): Pick<MeetingRow, 'codes' | 'scope'> {
  try {
    const settings = planSettings(ctx.settingsCells, ctx.toDay, ctx.today);
    return meetingOffers(evaluate(citizenOf(data, ctx.toDay), settings.asOf, settings.profile), ctx.today);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { codes: [], scope: yearScope(ctx.today, ctx.today) };
  }
}

/** The plan's meeting offers' codes, and the year (and the first such offer's period) its meeting counts in. */
function meetingOffers(plan: Plan, today: Day): Pick<MeetingRow, 'codes' | 'scope'> {
  const offers = plan.offers.filter((o) => o.booking === 'meeting');
  return { codes: offers.map((o) => o.code), scope: planScope(plan, today, offers[0]) };
}

/** The meeting part of the view (core/meetings/citizen.ts), when the plan has a meeting offer or the row names one. */
function meetingOf(data: RowData, plan: Plan, ctx: ViewContext): Pick<CitizenView, 'meeting'> {
  const { codes, scope } = meetingOffers(plan, ctx.today);
  const cell = at(data.values, data.columns.meeting);
  if (!ctx.meetings || (codes.length === 0 && isEmptyCell(cell))) return {};
  const meeting = citizenMeeting({ codes, scope, meeting: cell, attendance: at(data.values, data.columns.attendance) }, { ...ctx.meetings(), today: ctx.today });
  return meeting ? { meeting } : {};
}

function planView(plan: Plan, profile: Profile): PlanView {
  return {
    profileName: profile.name,
    year: plan.year,
    code: plan.code,
    offers: plan.offers.map((o): OfferView => ({
      code: o.code,
      title: o.title,
      label: o.label,
      form: o.form,
      channel: o.channel,
      from: toIso(o.from),
      to: toIso(o.to),
      legalBasis: o.legalBasis,
      reason: o.reason,
      note: o.note,
      phoneFirst: o.booking === 'phone' || o.letterIfNotReached !== undefined,
    })),
    exemption: plan.exemption ? { reason: plan.exemption.reason, legalBasis: plan.exemption.legalBasis } : undefined,
    reason: plan.reason,
    warnings: plan.warnings,
  };
}

/** The birth date from `Fødselsdato`, or from `CPR` when that column is empty or missing. */
function birthValue(data: Pick<RowData, 'columns' | 'values'>): unknown {
  const { columns, values } = data;
  const fromDate = at(values, columns.birthdate);
  return isEmptyCell(fromDate) ? at(values, columns.cpr) : fromDate;
}

export function citizenBirth(data: Pick<RowData, 'columns' | 'values'>, toDay: DateToDay): Day {
  return requireDay(birthValue(data), PLAN_FIELDS[0], toDay);
}

/** The row as the rules see it, read with the same coercion (and Danish errors) as FHB_PLAN. */
export function citizenOf(data: Pick<RowData, 'columns' | 'values'>, toDay: DateToDay, own?: OwnEventColumns): Citizen {
  const { columns, values } = data;
  const cell = (column: number | undefined) => at(values, column);
  return citizenFromCells(
    {
      birth: birthValue(data), livesAlone: cell(columns.livesAlone), spouseDied: cell(columns.spouseDied), spouseMoved: cell(columns.spouseMoved),
      atRisk: cell(columns.atRisk), exempt: cell(columns.exempt), events: ownEventCells(own, values),
    },
    toDay,
    own?.events,
  );
}

/**
 * Besøg read as the scheduler reads it (this planning year's visit: records/this-year.ts): a booking only
 * with a time, since only that can be moved; last year's visit is history, not a booking to move.
 */
export function bookedVisit(data: Pick<RowData, 'columns' | 'values'>, toDay: DateToDay, scope: YearScope): BookedVisitView | undefined {
  const visit = visitThisYear(at(data.values, data.columns.visit), scope, toDay);
  if (visit?.minute === undefined) return undefined;
  const consultant = at(data.values, data.columns.consultant);
  return {
    day: toIso(visit.day),
    minute: visit.minute,
    time: clock(visit.minute),
    consultant: isEmptyCell(consultant) ? '' : String(consultant).trim(),
    when: `${longDanishDate(visit.day)} ${danishTime(visit.minute)}`,
  };
}

const RECORD_COLUMN: Record<RecordKey, ColumnKey> = {
  invited: 'invited', visit: 'visit', consultant: 'consultant', done: 'done', declined: 'declined', calls: 'calls', followUp: 'followUp',
};

function recordViews(data: RowData): RecordView[] {
  return RECORD_KEYS.map((key) => {
    const column = data.columns[RECORD_COLUMN[key]];
    return { key, header: headerOf(data.headers, column, RECORD_COLUMN[key]), value: shown(data.display, column), present: column !== undefined };
  });
}

/** The header as the team wrote it, or the standard one when the column is missing. */
export function headerOf(headers: readonly unknown[], column: number | undefined, key: ColumnKey): string {
  const h = column === undefined ? undefined : headers[column];
  return typeof h === 'string' && h.trim() ? h.trim() : columnSpec(key).header;
}

function at(values: readonly unknown[], column: number | undefined): unknown {
  return column === undefined ? undefined : values[column];
}

/** A cell's display text, with any CPR number masked: the sidebar never shows a whole one. */
function shown(display: readonly string[], column: number | undefined): string {
  return column === undefined ? '' : maskCpr(String(display[column] ?? '').trim());
}
