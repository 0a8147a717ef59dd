/**
 * ScriptApp: installable triggers, enums. Triggers are per user; at most 20 per user per script.
 * `runtime.triggers.fire(idOrHandler)` runs a handler as a new execution with Google's event object;
 * `runtime.triggers.runUntil(date)` advances the clock and fires time-driven triggers when due.
 * Daily triggers fire exactly at atHour:nearMinute (Google picks a time within ±15 minutes).
 */
import type { Env } from './env';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeUser } from './spreadsheet';
import { fromWallMs, isValidTimeZone, toWallMs, wallParts } from './timezone';
import type { GasShape } from './types';

export const AuthMode = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;
export const TriggerSource = { SPREADSHEETS: 'SPREADSHEETS', CLOCK: 'CLOCK', FORMS: 'FORMS', DOCUMENTS: 'DOCUMENTS', CALENDAR: 'CALENDAR' } as const;
export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT', ON_FORM_SUBMIT: 'ON_FORM_SUBMIT', ON_CHANGE: 'ON_CHANGE' } as const;
export const WeekDay = { SUNDAY: 'SUNDAY', MONDAY: 'MONDAY', TUESDAY: 'TUESDAY', WEDNESDAY: 'WEDNESDAY', THURSDAY: 'THURSDAY', FRIDAY: 'FRIDAY', SATURDAY: 'SATURDAY' } as const;
const WEEKDAY_INDEX: Record<string, number> = { SUNDAY: 0, MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5, SATURDAY: 6 };

export const MAX_TRIGGERS_PER_USER = 20;
const DAY = 86_400_000;

export type Schedule =
  | { kind: 'once'; atMs: number }
  | { kind: 'minutes'; n: number }
  | { kind: 'hours'; n: number }
  | { kind: 'days'; n: number; hour: number; minute: number; tz: string }
  | { kind: 'weeks'; n: number; weekday: number; hour: number; minute: number; tz: string };

export interface TriggerRecord {
  id: string;
  handler: string;
  eventType: keyof typeof EventType;
  source: keyof typeof TriggerSource;
  sourceId: string | null;
  user: string;
  schedule: Schedule | null;
  nextRunMs: number | null;
  fired: number;
}

/** Runs a handler as a new execution; set by the loaded bundle. */
export type TriggerRunner = (t: TriggerRecord, event: Record<string, unknown>) => unknown;

export class TriggerRegistry {
  readonly list: TriggerRecord[] = [];
  runner: TriggerRunner | null = null;
  constructor(
    private readonly env: Env,
    private readonly active: () => FakeSpreadsheet,
  ) {}
  byUser(user: string): TriggerRecord[] {
    return this.list.filter((t) => t.user === user);
  }
  find(idOrHandler: string): TriggerRecord | undefined {
    return this.list.find((t) => t.id === idOrHandler) ?? this.list.find((t) => t.handler === idOrHandler);
  }
  private eventFor(t: TriggerRecord, extra?: Record<string, unknown>): Record<string, unknown> {
    const base: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: t.id };
    if (t.eventType === 'CLOCK') {
      const p = wallParts(this.env.k.clock.nowMs(), 'UTC');
      Object.assign(base, {
        year: p.year,
        month: p.month,
        'day-of-month': p.day,
        'day-of-week': p.weekday === 0 ? 7 : p.weekday,
        'week-of-year': Math.ceil(((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY + 1) / 7),
        hour: p.hour,
        minute: p.minute,
        second: p.second,
        timezone: 'UTC',
      });
    } else {
      const ss = this.active();
      Object.assign(base, { source: ss, user: new FakeUser(t.user) });
      if (t.eventType === 'ON_EDIT') {
        const sheet = ss.activeSheet;
        Object.assign(base, { range: sheet.rangeAt(1, 1, 1, 1), value: undefined, oldValue: undefined });
      }
      if (t.eventType === 'ON_CHANGE') base.changeType = 'OTHER';
    }
    return { ...base, ...(extra ?? {}) };
  }
  /** Run a trigger's handler now (by unique id, or the first trigger with that handler). */
  fire(idOrHandler: string, event?: Record<string, unknown>): unknown {
    const t = this.find(idOrHandler);
    if (!t) throw new Error(`test runtime: no trigger ${idOrHandler}`);
    if (!this.runner) throw new Error('test runtime: load a bundle before firing triggers');
    t.fired++;
    if (t.schedule) t.nextRunMs = nextRun(t.schedule, this.env.k.clock.nowMs(), true);
    return this.runner(t, this.eventFor(t, event));
  }
  /** Fire every time-driven trigger that is due now. Returns how many fired. */
  runDue(): number {
    let n = 0;
    for (const t of [...this.list]) {
      if (t.nextRunMs !== null && t.nextRunMs <= this.env.k.clock.nowMs() && this.list.includes(t)) {
        this.fire(t.id);
        n++;
      }
    }
    return n;
  }
  /** Advance the clock to `until`, firing time-driven triggers at their due times on the way. */
  runUntil(until: Date): number {
    let n = 0;
    for (;;) {
      const due = this.list.filter((t) => t.nextRunMs !== null && t.nextRunMs <= until.getTime()).sort((a, b) => a.nextRunMs! - b.nextRunMs!)[0];
      if (!due) break;
      if (due.nextRunMs! > this.env.k.clock.nowMs()) this.env.k.clock.set(new Date(due.nextRunMs!));
      this.fire(due.id);
      n++;
    }
    if (until.getTime() > this.env.k.clock.nowMs()) this.env.k.clock.set(until);
    return n;
  }
}

/** Next due time of a schedule after `fromMs` (strictly later when `after`). */
export function nextRun(s: Schedule, fromMs: number, after = false): number | null {
  switch (s.kind) {
    case 'once':
      return after ? null : s.atMs;
    case 'minutes':
      return fromMs + s.n * 60_000;
    case 'hours':
      return fromMs + s.n * 3_600_000;
    case 'days':
    case 'weeks': {
      const wall = toWallMs(fromMs, s.tz);
      const midnight = wall - (((wall % DAY) + DAY) % DAY);
      let cand = midnight + s.hour * 3_600_000 + s.minute * 60_000;
      if (s.kind === 'weeks') {
        const wd = new Date(cand).getUTCDay();
        cand += ((s.weekday - wd + 7) % 7) * DAY;
      }
      while (fromWallMs(cand, s.tz) <= fromMs) cand += (s.kind === 'days' ? 1 : 7) * DAY;
      if (after && s.n > 1) cand += (s.n - 1) * (s.kind === 'days' ? 1 : 7) * DAY;
      return fromWallMs(cand, s.tz);
    }
  }
}

export class FakeTrigger implements GasShape<GoogleAppsScript.Script.Trigger> {
  constructor(
    private readonly env: Env,
    readonly rec: TriggerRecord,
  ) {}
  getHandlerFunction() {
    this.env.k.local('Trigger.getHandlerFunction');
    return this.rec.handler;
  }
  getUniqueId() {
    this.env.k.local('Trigger.getUniqueId');
    return this.rec.id;
  }
  getEventType() {
    this.env.k.local('Trigger.getEventType');
    return this.rec.eventType as unknown as GoogleAppsScript.Script.EventType;
  }
  getTriggerSource() {
    this.env.k.local('Trigger.getTriggerSource');
    return this.rec.source as unknown as GoogleAppsScript.Script.TriggerSource;
  }
  getTriggerSourceId() {
    this.env.k.local('Trigger.getTriggerSourceId');
    return this.rec.sourceId;
  }
}

class Creator {
  constructor(
    protected readonly env: Env,
    protected readonly reg: TriggerRegistry,
    protected readonly handler: string,
  ) {}
  protected add(rec: Omit<TriggerRecord, 'id' | 'user' | 'handler' | 'fired'>): FakeTrigger {
    const user = this.env.k.activeUser;
    if (this.reg.byUser(user).length >= MAX_TRIGGERS_PER_USER) {
      throw this.env.k.error('This script has too many triggers. Triggers must be deleted from the script before more can be added.');
    }
    const full: TriggerRecord = { ...rec, id: String(1_000_000 + this.reg.list.length * 7 + Math.floor(this.env.k.clock.nowMs() % 1000)), user, handler: this.handler, fired: 0 };
    while (this.reg.list.some((t) => t.id === full.id)) full.id = String(Number(full.id) + 1);
    this.reg.list.push(full);
    return new FakeTrigger(this.env, full);
  }
}

export class FakeClockTriggerBuilder extends Creator implements GasShape<GoogleAppsScript.Script.ClockTriggerBuilder> {
  private s: { after?: number; at?: number; minutes?: number; hours?: number; days?: number; weeks?: number; hour?: number; minute?: number; weekday?: number; tz?: string } = {};
  constructor(env: Env, reg: TriggerRegistry, handler: string, private readonly scriptTz: string) {
    super(env, reg, handler);
  }
  private l(name: string) {
    this.env.k.local(`ClockTriggerBuilder.${name}`);
    return this;
  }
  after(durationMilliseconds: number) {
    this.s.after = durationMilliseconds;
    return this.l('after');
  }
  at(instant: GoogleAppsScript.Base.Date) {
    this.s.at = (instant as unknown as Date).getTime();
    return this.l('at');
  }
  everyMinutes(n: number) {
    if (![1, 5, 10, 15, 30].includes(n)) throw this.env.k.error('The value passed to everyMinutes() must be 1, 5, 10, 15 or 30.');
    this.s.minutes = n;
    return this.l('everyMinutes');
  }
  everyHours(n: number) {
    if (![1, 2, 4, 6, 8, 12].includes(n)) throw this.env.k.error('The value passed to everyHours() must be 1, 2, 4, 6, 8 or 12.');
    this.s.hours = n;
    return this.l('everyHours');
  }
  everyDays(n: number) {
    this.s.days = n;
    return this.l('everyDays');
  }
  everyWeeks(n: number) {
    this.s.weeks = n;
    return this.l('everyWeeks');
  }
  onWeekDay(day: GoogleAppsScript.Base.Weekday) {
    this.s.weekday = WEEKDAY_INDEX[String(day)] ?? 1;
    return this.l('onWeekDay');
  }
  atHour(hour: number) {
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw this.env.k.error('Invalid argument: hour');
    this.s.hour = hour;
    return this.l('atHour');
  }
  nearMinute(minute: number) {
    this.s.minute = minute;
    return this.l('nearMinute');
  }
  inTimezone(timezone: string) {
    if (!isValidTimeZone(timezone)) throw this.env.k.error(`Invalid argument: timezone`);
    this.s.tz = timezone;
    return this.l('inTimezone');
  }
  create() {
    this.env.k.call('ClockTriggerBuilder.create', { write: true });
    const s = this.s;
    const tz = s.tz ?? this.scriptTz;
    let schedule: Schedule;
    if (s.hour !== undefined && s.days === undefined && s.weeks === undefined) {
      throw this.env.k.error('atHour() must be used with everyDays() or everyWeeks().');
    }
    if (s.after !== undefined) schedule = { kind: 'once', atMs: this.env.k.clock.nowMs() + s.after };
    else if (s.at !== undefined) schedule = { kind: 'once', atMs: s.at };
    else if (s.minutes !== undefined) schedule = { kind: 'minutes', n: s.minutes };
    else if (s.hours !== undefined) schedule = { kind: 'hours', n: s.hours };
    else if (s.days !== undefined) schedule = { kind: 'days', n: s.days, hour: s.hour ?? wallParts(this.env.k.clock.nowMs(), tz).hour, minute: s.minute ?? 0, tz };
    else if (s.weeks !== undefined) schedule = { kind: 'weeks', n: s.weeks, weekday: s.weekday ?? 1, hour: s.hour ?? 0, minute: s.minute ?? 0, tz };
    else throw this.env.k.error('The trigger has no schedule. Use after(), at(), everyMinutes(), everyHours(), everyDays() or everyWeeks().');
    return this.add({ eventType: 'CLOCK', source: 'CLOCK', sourceId: null, schedule, nextRunMs: nextRun(schedule, this.env.k.clock.nowMs()) });
  }
}

export class FakeSpreadsheetTriggerBuilder extends Creator implements GasShape<GoogleAppsScript.Script.SpreadsheetTriggerBuilder> {
  private type: TriggerRecord['eventType'] | null = null;
  constructor(env: Env, reg: TriggerRegistry, handler: string, private readonly ssId: string) {
    super(env, reg, handler);
  }
  private on(t: TriggerRecord['eventType']) {
    this.env.k.local(`SpreadsheetTriggerBuilder.on${t}`);
    this.type = t;
    return this;
  }
  onOpen() {
    return this.on('ON_OPEN');
  }
  onEdit() {
    return this.on('ON_EDIT');
  }
  onChange() {
    return this.on('ON_CHANGE');
  }
  onFormSubmit() {
    return this.on('ON_FORM_SUBMIT');
  }
  create() {
    this.env.k.call('SpreadsheetTriggerBuilder.create', { write: true });
    if (!this.type) throw this.env.k.error('The trigger has no event type. Use onOpen(), onEdit(), onChange() or onFormSubmit().');
    return this.add({ eventType: this.type, source: 'SPREADSHEETS', sourceId: this.ssId, schedule: null, nextRunMs: null });
  }
}

export class FakeTriggerBuilder implements GasShape<GoogleAppsScript.Script.TriggerBuilder> {
  constructor(
    private readonly env: Env,
    private readonly reg: TriggerRegistry,
    private readonly handler: string,
    private readonly scriptTz: () => string,
  ) {}
  timeBased() {
    this.env.k.local('TriggerBuilder.timeBased');
    return new FakeClockTriggerBuilder(this.env, this.reg, this.handler, this.scriptTz());
  }
  forSpreadsheet(sheet: unknown) {
    this.env.k.local('TriggerBuilder.forSpreadsheet');
    const id = typeof sheet === 'string' ? sheet : (sheet as FakeSpreadsheet).id;
    return new FakeSpreadsheetTriggerBuilder(this.env, this.reg, this.handler, id);
  }
}

export class FakeScriptApp implements GasShape<GoogleAppsScript.Script.ScriptApp> {
  readonly AuthMode = AuthMode as unknown as typeof GoogleAppsScript.Script.AuthMode;
  readonly TriggerSource = TriggerSource as unknown as typeof GoogleAppsScript.Script.TriggerSource;
  readonly EventType = EventType as unknown as typeof GoogleAppsScript.Script.EventType;
  readonly WeekDay = WeekDay as unknown as typeof GoogleAppsScript.Base.Weekday;
  constructor(
    private readonly env: Env,
    private readonly reg: TriggerRegistry,
    private readonly scriptTz: () => string,
    readonly scriptId: string,
  ) {}
  newTrigger(functionName: string) {
    this.env.k.call('ScriptApp.newTrigger');
    if (typeof functionName !== 'string' || functionName === '') throw this.env.k.error('Invalid argument: functionName');
    return new FakeTriggerBuilder(this.env, this.reg, functionName, this.scriptTz);
  }
  getProjectTriggers() {
    this.env.k.call('ScriptApp.getProjectTriggers');
    return this.env.k.out(this.reg.byUser(this.env.k.activeUser).map((t) => new FakeTrigger(this.env, t)));
  }
  getUserTriggers(_document: unknown) {
    this.env.k.call('ScriptApp.getUserTriggers');
    return this.env.k.out(this.reg.byUser(this.env.k.activeUser).filter((t) => t.source === 'SPREADSHEETS').map((t) => new FakeTrigger(this.env, t)));
  }
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger) {
    this.env.k.call('ScriptApp.deleteTrigger', { write: true });
    const rec = (trigger as unknown as FakeTrigger).rec;
    const i = this.reg.list.findIndex((t) => t.id === rec?.id);
    if (i < 0) throw this.env.k.error('Trigger not found.');
    this.reg.list.splice(i, 1);
  }
  getScriptId() {
    this.env.k.local('ScriptApp.getScriptId');
    return this.scriptId;
  }
  getAuthorizationInfo(_authMode: unknown) {
    this.env.k.local('ScriptApp.getAuthorizationInfo');
    return {
      getAuthorizationStatus: () => 'NOT_REQUIRED',
      getAuthorizationUrl: () => null,
      getAuthorizedScopes: () => [],
    };
  }
  getOAuthToken() {
    this.env.k.call('ScriptApp.getOAuthToken');
    return 'ya29.test-token';
  }
}
