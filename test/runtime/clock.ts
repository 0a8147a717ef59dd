/**
 * The modelled time, the per-call log, quotas and fault injection.
 *
 * Time is virtual: nothing here reads the real clock. Every *service call* (see kernel.ts) advances
 * the clock by its cost; `Utilities.sleep`, lock waits and `clock.advance` advance it too.
 */
import { wallParts } from './timezone';

export class Clock {
  private ms: number;
  /** Set by the kernel while an execution runs. */
  execStartMs: number | null = null;
  execLimitMs: number | null = null;

  constructor(start: Date) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  nowMs(): number {
    return this.ms;
  }
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`clock.advance: bad duration ${ms}`);
    this.ms += ms;
  }
  /** Jump to an absolute time (never backwards). */
  set(date: Date): void {
    if (date.getTime() < this.ms) throw new Error('clock.set: the clock never runs backwards');
    this.ms = date.getTime();
  }
  /** Start of the current execution, or null outside executions. */
  executionStart(): Date | null {
    return this.execStartMs === null ? null : new Date(this.execStartMs);
  }
  /** Milliseconds left before the current execution hits its limit (Infinity outside executions). */
  remainingMs(): number {
    if (this.execStartMs === null || this.execLimitMs === null) return Infinity;
    return this.execStartMs + this.execLimitMs - this.ms;
  }
}

export class CallLog {
  /** Live counts by 'Service.method'. */
  readonly byName: Record<string, number> = {};
  /** Every counted call in order (names only). */
  readonly sequence: string[] = [];
  private n = 0;

  record(name: string): number {
    this.byName[name] = (this.byName[name] ?? 0) + 1;
    this.sequence.push(name);
    return ++this.n;
  }
  total(): number {
    return this.n;
  }
  count(name: string): number {
    return this.byName[name] ?? 0;
  }
  reset(): void {
    for (const k of Object.keys(this.byName)) delete this.byName[k];
    this.sequence.length = 0;
    this.n = 0;
  }
}

export interface FaultCall {
  name: string;
  args: readonly unknown[];
  /** 1-based index of this call among all counted calls since the runtime was created. */
  index: number;
}
export type NameMatcher = string | RegExp | ((name: string) => boolean);

interface NthFault {
  remaining: number;
  error?: Error | string;
}
interface WhenFault {
  match: NameMatcher;
  predicate?: (call: FaultCall) => boolean;
  error?: Error | string;
}

/** Fault injection. A fault makes the service call throw instead of doing its work. */
export class Faults {
  private nth: NthFault[] = [];
  private when: WhenFault[] = [];
  /** Names of the calls that were failed, in order. */
  readonly injected: string[] = [];

  /** Fail the nth counted service call from now (1 = the very next one). */
  failOnCall(n: number, error?: Error | string): void {
    if (!Number.isInteger(n) || n < 1) throw new Error('faults.failOnCall: n must be an integer >= 1');
    this.nth.push({ remaining: n, error });
  }
  /** Fail every call whose name matches (and, if given, for which predicate returns true), until clear(). */
  failWhen(match: NameMatcher, predicate?: (call: FaultCall) => boolean, error?: Error | string): void {
    this.when.push({ match, predicate, error });
  }
  clear(): void {
    this.nth = [];
    this.when = [];
  }
  /** Called by the kernel for each counted call; returns the error to throw, or null. */
  check(call: FaultCall): { error?: Error | string } | null {
    let hit: { error?: Error | string } | null = null;
    for (const f of this.nth) {
      f.remaining--;
      if (f.remaining === 0 && !hit) hit = { error: f.error };
    }
    this.nth = this.nth.filter((f) => f.remaining > 0);
    if (!hit) {
      for (const w of this.when) {
        if (matches(w.match, call.name) && (!w.predicate || w.predicate(call))) {
          hit = { error: w.error };
          break;
        }
      }
    }
    if (hit) this.injected.push(call.name);
    return hit;
  }
}

export function matches(m: NameMatcher, name: string): boolean {
  if (typeof m === 'string') return m === name;
  if (m instanceof RegExp) return m.test(name);
  return m(name);
}

export type QuotaName = 'documentCreate' | 'spreadsheetCreate' | 'triggerRuntimeMs';

/**
 * Daily quotas per user. Google resets them on a rolling basis; this model resets at midnight
 * US Pacific time (America/Los_Angeles), which is how the quota dashboard reports days.
 */
export class Quotas {
  private used = new Map<string, number>();
  constructor(
    private readonly clock: Clock,
    readonly limits: Record<QuotaName, number>,
  ) {}
  dayKey(ms = this.clock.nowMs()): string {
    const p = wallParts(ms, 'America/Los_Angeles');
    return `${p.year}-${p.month}-${p.day}`;
  }
  usage(name: QuotaName, user: string): number {
    return this.used.get(`${user}|${name}|${this.dayKey()}`) ?? 0;
  }
  /** Test helper: pretend `n` units were already used today. */
  setUsage(name: QuotaName, user: string, n: number): void {
    this.used.set(`${user}|${name}|${this.dayKey()}`, n);
  }
  /** Returns false (and uses nothing) when the quota is exhausted. */
  tryUse(name: QuotaName, user: string): boolean {
    const k = `${user}|${name}|${this.dayKey()}`;
    const n = this.used.get(k) ?? 0;
    if (n >= this.limits[name]) return false;
    this.used.set(k, n + 1);
    return true;
  }
}
