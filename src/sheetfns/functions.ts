import { Day, ageOn, ageTurnedInYear } from '../core/day';
import { birthDayFromCpr } from '../core/coerce/cpr';
import { InputError, describeValue } from '../core/coerce/errors';
import { isDate, isEmptyCell, parseDay, requireDay } from '../core/coerce/values';
import { resolveProfile } from '../core/profiles/registry';
import type { Profile } from '../core/profiles/schema';
import { evaluate, reasonText } from '../core/rules/engine';
import type { Plan } from '../core/rules/types';
import { PLAN_FIELDS, citizenFromCells, ownEventField } from '../core/rules/citizen-input';
import { fixedTimeCodes, statusOf } from '../core/status/status';
import { STATUS_FIELDS, parseRecord } from '../core/status/records';
import { statusById } from '../core/status/vocabulary';
import { chairStandReading } from '../core/visit-record/chair-stand/reading';
import { parseSex } from '../core/visit-record/chair-stand/sex';
import { looksLikeCpr } from '../core/coerce/cpr';
import { broadcast, rowError, Rows } from './grid';
import { once, rowMemo, type Outcome } from './row-memo';
import { Zone, makeZone, todayIn, DEFAULT_TIME_ZONE } from './zone';

/**
 * The sheet functions' logic, one call over many rows. The entry file (`src/main.ts`) holds the JSDoc
 * stubs Sheets sees; this file knows nothing of Apps Script but the zone name it is handed.
 */

export type Cell = string | number | boolean | Date;

/** The 7 columns of FHB_PLAN: pinned by SPEC section 3. */
export const PLAN_COLUMNS = ['code', 'offer', 'form', 'channel', 'from', 'to', 'legalBasis'] as const;

interface CallContext {
  zone: Zone;
  today: () => Day;
}

export function callContext(spreadsheetTimeZone: string | undefined, now: () => Date = () => new Date()): CallContext {
  const zone = makeZone(spreadsheetTimeZone);
  let today: Day | undefined;
  // "Empty = today in Europe/Copenhagen" (SPEC 3), read once per call.
  return { zone, today: () => (today ??= todayIn(makeZone(DEFAULT_TIME_ZONE), now())) };
}

/**
 * Runs `row` over every row. A row whose first argument (the birth date, the code) is empty gives `empty`,
 * so open ranges like F2:F work. A single-value call returns the bare result and lets a bad input throw its
 * Danish message (Sheets shows it on the #ERROR! cell). A range call never fails as a whole: a bad row
 * gets `onError` and the others are still computed.
 */
function mapRows<T>(rows: Rows, row: (r: number) => T, empty: T, onError: (e: unknown) => T): T[] {
  const out = new Array<T>(rows.count);
  for (let r = 0; r < rows.count; r++) {
    if (isEmptyCell(rows.value(0, r))) {
      out[r] = empty;
      continue;
    }
    if (!rows.isRange) {
      out[r] = row(r);
      continue;
    }
    try {
      out[r] = row(r);
    } catch (e) {
      out[r] = onError(e);
    }
  }
  return out;
}

/** Resolves an argument once when it is one value for every row (the reference date, the profile). */
function memo<T>(rows: Rows, arg: number, resolve: (value: unknown) => T): (r: number) => T {
  if (rows.isScalar(arg)) {
    let done = false;
    let cached: T;
    let failure: unknown;
    return () => {
      if (!done) {
        try {
          cached = resolve(rows.value(arg, 0));
        } catch (e) {
          failure = e;
        }
        done = true;
      }
      if (failure) throw failure;
      return cached;
    };
  }
  const byValue = new Map<unknown, T>();
  return (r) => {
    const value = rows.value(arg, r);
    const key = isDate(value) ? value.getTime() : value;
    if (byValue.has(key)) return byValue.get(key)!;
    const result = resolve(value);
    byValue.set(key, result);
    return result;
  };
}

/** The day argument `arg`, named as its function names it (FHB_STOLETEST's is the test day, «dato»). */
function asOfResolver(ctx: CallContext, rows: Rows, arg: number, field: string = PLAN_FIELDS[2]) {
  return memo(rows, arg, (v) => parseDay(v, field, ctx.zone.toDay) ?? ctx.today());
}

const NO_EVENTS: readonly unknown[] = [];

/** Computes every row's plan; shared by FHB_PLAN, FHB_OFFER and FHB_REASON. */
function plans<T>(ctx: CallContext, args: unknown[], render: (plan: Plan) => T, empty: T, onError: (e: unknown) => T): { rows: Rows; out: T[] } {
  // From the 9th argument on: the profile's own events, one column each, in the profile's order.
  const eventCount = Math.max(0, args.length - PLAN_FIELDS.length);
  const rows = broadcast(args, [...PLAN_FIELDS, ...Array.from({ length: eventCount }, (_, i) => ownEventField(i))]);
  const asOf = asOfResolver(ctx, rows, 2);
  const profile = memo<Profile>(rows, 7, resolveProfile);
  const { toDay } = ctx.zone;
  const row = (r: number) => {
    // Most profiles name no events of their own: one shared empty list, not a new one a row.
    const events = eventCount ? Array.from({ length: eventCount }, (_, i) => rows.value(PLAN_FIELDS.length + i, r)) : NO_EVENTS;
    const citizen = citizenFromCells(
      { birth: rows.value(0, r), livesAlone: rows.value(1, r), spouseDied: rows.value(3, r), spouseMoved: rows.value(4, r), atRisk: rows.value(5, r), exempt: rows.value(6, r), events },
      toDay,
      profile(r).events,
    );
    return render(evaluate(citizen, asOf(r), profile(r)));
  };
  // With one reference date and one profile for the whole column, a row's plan depends on its own cells only.
  const citizenArgs = [0, 1, 3, 4, 5, 6, ...Array.from({ length: eventCount }, (_, i) => PLAN_FIELDS.length + i)];
  const varying = citizenArgs.filter((a) => !rows.isScalar(a));
  const perRow = rows.isRange && rows.isScalar(2) && rows.isScalar(7) && varying.length ? rowMemo(rows, varying, row) : row;
  const out = mapRows(rows, perRow, empty, onError);
  return { rows, out };
}

export function planRow(plan: Plan, zone: Zone): Cell[] {
  const first = plan.offers[0];
  if (!first) {
    const offer = plan.exemption ? `Undtaget: ${plan.exemption.reason}` : `Intet tilbud i ${plan.year}`;
    return [plan.code, offer, '', '', '', '', plan.exemption?.legalBasis ?? ''];
  }
  return [
    plan.code,
    offerLabel(plan),
    first.form,
    first.channel,
    zone.toDate(first.from),
    zone.toDate(first.to),
    unique(plan.offers.map((o) => o.legalBasis)).join('; '),
  ];
}

export function offerLabel(plan: Plan): string {
  if (plan.offers.length === 0) return plan.exemption ? `Undtaget: ${plan.exemption.reason}` : `Intet tilbud i ${plan.year}`;
  return plan.offers.map((o) => o.label).join(' + ');
}

function unique(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

const EMPTY_PLAN_ROW: Cell[] = ['', '', '', '', '', '', ''];

/** A one-column result: a bare value for a single call, one row per input row for a range call. */
function oneColumn(rows: Rows, out: Cell[]): Cell | Cell[][] {
  return rows.isRange ? out.map((v) => [v]) : out[0];
}

export function fhbPlan(ctx: CallContext, args: unknown[]): Cell[][] {
  const { out } = plans(ctx, args, (p) => planRow(p, ctx.zone), EMPTY_PLAN_ROW, (e) => [rowError(e), '', '', '', '', '', '']);
  return out;
}

export function fhbOffer(ctx: CallContext, args: unknown[]): Cell | Cell[][] {
  const { rows, out } = plans(ctx, args, offerLabel, '', rowError);
  return oneColumn(rows, out);
}

export function fhbReason(ctx: CallContext, args: unknown[]): Cell | Cell[][] {
  const { rows, out } = plans(ctx, args, reasonText, '', rowError);
  return oneColumn(rows, out);
}

const AGE_FIELDS = ['fødselsdato', 'referencedato'] as const;

function ageFunction(ctx: CallContext, args: unknown[], measure: (birth: Day, asOf: Day) => number): Cell | Cell[][] {
  const rows = broadcast(args, AGE_FIELDS);
  const asOf = asOfResolver(ctx, rows, 1);
  const out = mapRows<Cell>(rows, (r) => {
    const birth = requireDay(rows.value(0, r), AGE_FIELDS[0], ctx.zone.toDay);
    const on = asOf(r);
    if (birth > on) throw new InputError(`fødselsdato: ${describeValue(rows.value(0, r), ctx.zone.toDay)} ligger efter referencedatoen.`);
    return measure(birth, on);
  }, '', rowError);
  return oneColumn(rows, out);
}

export const fhbAge = (ctx: CallContext, args: unknown[]) => ageFunction(ctx, args, ageOn);
export const fhbTurns = (ctx: CallContext, args: unknown[]) => ageFunction(ctx, args, ageTurnedInYear);

export function fhbBirthdate(ctx: CallContext, args: unknown[]): Cell | Cell[][] {
  const rows = broadcast(args, ['cpr']);
  const out = mapRows<Cell>(rows, (r) => {
    const value = rows.value(0, r);
    const text = typeof value === 'number' ? String(value).padStart(10, '0') : String(value);
    const day = birthDayFromCpr(text);
    if (day === undefined) throw new InputError(`cpr: ${describeValue(value)} er ikke et CPR-nummer (ddmmåå-ssss).`);
    return ctx.zone.toDate(day);
  }, '', rowError);
  return oneColumn(rows, out);
}

export function fhbStatus(ctx: CallContext, args: unknown[]): Cell | Cell[][] {
  const rows = broadcast(args, STATUS_FIELDS);
  const asOf = asOfResolver(ctx, rows, 7);
  // Without a profile argument (sheets set up before it), no code counts as a fixed-time visit.
  const fixed = memo<Set<string>>(rows, 10, (v) => (isEmptyCell(v) ? new Set<string>() : fixedTimeCodes(resolveProfile(v))));
  const { toDay } = ctx.zone;
  const row = (r: number): Cell => {
    const code = String(rows.value(0, r)).trim();
    if (code.startsWith('FEJL')) return 'FEJL';
    const status = statusOf(
      code,
      parseDay(rows.value(1, r), STATUS_FIELDS[1], toDay),
      parseDay(rows.value(2, r), STATUS_FIELDS[2], toDay),
      asOf(r),
      {
        invited: parseRecord(rows.value(3, r), STATUS_FIELDS[3], toDay),
        visit: parseRecord(rows.value(4, r), STATUS_FIELDS[4], toDay),
        done: parseRecord(rows.value(5, r), STATUS_FIELDS[5], toDay),
        declined: parseRecord(rows.value(6, r), STATUS_FIELDS[6], toDay),
        announced: parseRecord(rows.value(8, r), STATUS_FIELDS[8], toDay),
        ended: parseRecord(rows.value(9, r), STATUS_FIELDS[9], toDay),
        followUp: parseRecord(rows.value(11, r), STATUS_FIELDS[11], toDay),
      },
      {
        today: ctx.today(),
        fixedTime: code.split('+').some((c) => fixed(r).has(c.trim())),
        // The column is there when the formula passes it (args 8 given as a range or a value).
        announcedColumn: args.length > 8 && args[8] !== undefined,
      },
    );
    return statusById(status).label;
  };
  // With one reference date and one profile for the whole column, a row's status depends on its own cells only.
  const varying = [1, 0, 2, 3, 4, 5, 6, 8, 9, 11].filter((a) => !rows.isScalar(a));
  const perRow = rows.isRange && rows.isScalar(7) && rows.isScalar(10) && varying.length ? rowMemo(rows, varying, row) : row;
  const out = mapRows<Cell>(rows, perRow, '', rowError);
  return oneColumn(rows, out);
}

/** The Danish names of FHB_STOLETEST's arguments (SPEC §3), as its messages say them. */
export const CHAIR_STAND_FIELDS = ['antal', 'fødselsdato', 'køn', 'dato'] as const;

/**
 * FHB_STOLETEST: the chair-stand count read against the norms, one cell per row. An empty count gives an
 * empty cell (no test that day). Sex comes from `køn` (mand/kvinde/M/K or a CPR number), else from a CPR
 * number given as the birth date; no sex, an age outside 60-94 or a bad count is the row's FEJL message.
 * A reading depends only on count, age and sex, so each distinct one is worded once.
 */
export function fhbChairStand(ctx: CallContext, args: unknown[]): Cell | Cell[][] {
  const rows = broadcast(args, CHAIR_STAND_FIELDS);
  const testDay = asOfResolver(ctx, rows, 3, CHAIR_STAND_FIELDS[3]);
  const sexOf = memo(rows, 2, (v) => parseSex(v, CHAIR_STAND_FIELDS[2]));
  const { toDay } = ctx.zone;
  const worded = new Map<string, Outcome<string>>();
  const out = mapRows<Cell>(rows, (r) => {
    const birthCell = rows.value(1, r);
    const birth = requireDay(birthCell, CHAIR_STAND_FIELDS[1], toDay);
    const sex = sexOf(r) ?? (typeof birthCell === 'string' && looksLikeCpr(birthCell) ? parseSex(birthCell, CHAIR_STAND_FIELDS[1]) : undefined);
    const day = testDay(r);
    const count = rows.value(0, r);
    // The count as typed (a refused one is quoted in its message), the sex and the age: all a reading says.
    const key = day >= birth ? `${typeof count === 'number' ? `n${count}` : `s${String(count)}`}|${sex}|${ageOn(birth, day)}` : '';
    const read = () => chairStandReading({ count, birth, sex, testDay: day }).text;
    return key ? once(worded, key, read) : read();
  }, '', rowError);
  return oneColumn(rows, out);
}
