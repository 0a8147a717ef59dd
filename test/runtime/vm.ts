/**
 * Loading the built bundle into node:vm and running it the way Apps Script does.
 *
 * - Each execution (run, custom function, trigger, …) gets a FRESH context by default and re-runs the
 *   bundle's top-level code first, because Apps Script does: globals never survive between executions,
 *   and top-level code runs in the execution's mode (so top-level service calls fail in AuthMode.NONE and
 *   in custom functions). `load(path, { freshContextPerExecution: false })` shares one context instead.
 * - Contexts contain only ECMAScript built-ins plus the fakes: no require, process, setTimeout, URL,
 *   TextEncoder, atob, crypto, Buffer (Apps Script has none of them).
 * - Realms: a context has its own Date/Array/Object/Error. A Date made by a test is not `instanceof Date`
 *   inside the bundle. Everything handed to the bundle (run/callCustomFunction arguments, getValues
 *   results, getProperties objects, …) is rebuilt with the running context's intrinsics (Kernel.out), and
 *   everything coming back (return values, setValues data) is rebuilt with the test's (Kernel.in). Errors
 *   raised by fakes are created with the context's Error (name 'Exception', like Google's). Errors leaving
 *   `run` are re-created in the test realm with the same name and message.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import type { ExecKind, ExecMode, Kernel, Realm } from './kernel';
import { SIX_MINUTES, THIRTY_SECONDS, isDateLike } from './kernel';
import { CellError, fromScript, toScript, type CellValue } from './values';

export interface LoadOptions {
  /** Default true: a new context per execution, re-running top-level code (Apps Script semantics). */
  freshContextPerExecution?: boolean;
  /** Real-time guard against infinite loops, per execution (ms). Default 20000. */
  realTimeoutMs?: number;
}

export interface BundleHost {
  kernel: Kernel;
  globals(): Record<string, unknown>;
  onExecutionEnd(execId: number): void;
}

interface ExecOpts {
  mode: ExecMode;
  kind: ExecKind;
  limitMs: number;
  hasUi: boolean;
}

export class BundleContext {
  readonly bundlePath: string;
  readonly bundleDir: string;
  private readonly script: vm.Script;
  private current: { ctx: vm.Context; realm: Realm } | null = null;
  private names: string[] | null = null;
  private readonly fresh: boolean;
  private readonly realTimeoutMs: number;

  constructor(
    private readonly host: BundleHost,
    bundlePath: string,
    opts: LoadOptions = {},
  ) {
    this.bundlePath = path.resolve(bundlePath);
    this.bundleDir = path.dirname(this.bundlePath);
    const code = fs.readFileSync(this.bundlePath, 'utf8');
    try {
      this.script = new vm.Script(code, { filename: this.bundlePath });
    } catch (e) {
      // re-create in this realm (vm errors come from node's main realm)
      const err = new SyntaxError((e as Error).message);
      err.stack = (e as Error).stack;
      throw err;
    }
    this.fresh = opts.freshContextPerExecution ?? true;
    this.realTimeoutMs = opts.realTimeoutMs ?? 20_000;
    this.exec({ mode: 'FULL', kind: 'load', limitMs: SIX_MINUTES, hasUi: true }, null, []);
  }

  /** The context of the latest execution (the load, or the last run). */
  get context(): vm.Context {
    return this.current!.ctx;
  }

  private makeContext(): { ctx: vm.Context; realm: Realm } {
    const sandbox: Record<string, unknown> = { ...this.host.globals() };
    const ctx = vm.createContext(sandbox, { name: 'apps-script', codeGeneration: { strings: true, wasm: false } });
    installClockDate(ctx, () => this.host.kernel.clock.nowMs());
    const realm = vm.runInContext('({ Date: Date, Array: Array, Object: Object, Error: Error })', ctx) as Realm;
    return { ctx, realm };
  }

  private exec(opts: ExecOpts, name: string | null, args: unknown[]): unknown {
    const k = this.host.kernel;
    const reuse = !this.fresh && this.current !== null;
    const c = reuse ? this.current! : this.makeContext();
    if (k.stack.length === 0 || this.current === null) this.current = c;
    try {
      return k.execute(
        { ...opts, realm: c.realm },
        (ex) => {
          if (!reuse) this.script.runInContext(c.ctx, { timeout: this.realTimeoutMs });
          if (name === null) return undefined;
          const fn = (c.ctx as Record<string, unknown>)[name];
          if (typeof fn !== 'function' || name.endsWith('_')) throw k.error(`Script function not found: ${name}`);
          (c.ctx as Record<string, unknown>).__fhbCall = { fn, args: k.out(args) };
          let result: unknown;
          try {
            result = vm.runInContext('__fhbCall.fn.apply(undefined, __fhbCall.args)', c.ctx, { timeout: this.realTimeoutMs });
          } finally {
            delete (c.ctx as Record<string, unknown>).__fhbCall;
          }
          if (ex.killed) throw k.error('Exceeded maximum execution time');
          return k.in(result);
        },
        (ex) => this.host.onExecutionEnd(ex.id),
      );
    } catch (e) {
      throw toOuterError(e);
    }
  }

  /** Run a top-level function as one execution (6-minute limit, FULL auth, UI available). */
  run<T = unknown>(name: string, ...args: unknown[]): T {
    return this.exec({ mode: 'FULL', kind: 'run', limitMs: SIX_MINUTES, hasUi: true }, name, args) as T;
  }

  /** As Sheets calls a custom function from a cell: read-only, no authorised services, 30 s. Throws what the function throws. */
  callCustomFunction(name: string, ...args: unknown[]): unknown {
    return this.exec({ mode: 'CUSTOM_FUNCTION', kind: 'custom', limitMs: THIRTY_SECONDS, hasUi: false }, name, args);
  }

  /** Simple trigger in AuthMode.NONE (an add-on's onOpen before it is enabled in this document). */
  runInAuthModeNone(name: string, e?: unknown): unknown {
    const event = { authMode: 'NONE', ...(typeof e === 'object' && e !== null ? e : {}) };
    return this.exec({ mode: 'NONE', kind: 'addon-open', limitMs: THIRTY_SECONDS, hasUi: true }, name, [event]);
  }

  /** Simple trigger (onOpen/onEdit of a bound script) in AuthMode.LIMITED: the bound spreadsheet only, 30 s. */
  runSimpleTrigger(name: string, e?: Record<string, unknown>): unknown {
    const event = { authMode: 'LIMITED', ...(e ?? {}) };
    return this.exec({ mode: 'LIMITED', kind: 'simple', limitMs: THIRTY_SECONDS, hasUi: true }, name, [event]);
  }

  /** An installable trigger's execution (FULL; time-driven ones have no UI). */
  runTrigger(name: string, event: Record<string, unknown>, hasUi: boolean): unknown {
    return this.exec({ mode: 'FULL', kind: 'trigger', limitMs: SIX_MINUTES, hasUi }, name, [event]);
  }

  /**
   * Like `google.script.run.name(...args)` from the sidebar: arguments must be primitives, arrays and
   * plain objects (a Date or function anywhere is refused); a return value containing a Date or a
   * function arrives as null; names ending in `_` are private and cannot be called.
   */
  googleScriptRun(name: string, ...args: unknown[]): unknown {
    for (const a of args) {
      const bad = illegalForClient(a);
      if (bad) throw new Error(`google.script.run: illegal parameter (${bad}) for ${name}`);
    }
    if (name.endsWith('_')) throw new Error(`google.script.run: ${name} is private (ends with _) and cannot be called`);
    const res = this.exec({ mode: 'FULL', kind: 'run', limitMs: SIX_MINUTES, hasUi: true }, name, args);
    if (illegalForClient(res)) return null;
    return res === undefined ? undefined : JSON.parse(JSON.stringify(res));
  }

  /** Custom-function adapter used by formula recalculation: cell values in, cell values out. */
  customFunctionForCells(name: string, args: (CellValue | CellValue[][] | undefined)[], tz: string): CellValue | CellValue[][] {
    const toArg = (v: CellValue | CellValue[][] | undefined): unknown =>
      v === undefined ? undefined : Array.isArray(v) ? v.map((row) => row.map((x) => toScript(x, tz))) : toScript(v, tz);
    let res: unknown;
    try {
      res = this.callCustomFunction(name, ...args.map(toArg));
    } catch (e) {
      return new CellError('#ERROR!', (e as Error).message);
    }
    if (Array.isArray(res)) {
      if (res.length === 0) return '';
      const rows = res.every((r) => Array.isArray(r)) ? (res as unknown[][]) : res.map((x) => [x]);
      return rows.map((row) => (Array.isArray(row) ? row : [row]).map((x) => fromScript(x, tz)));
    }
    return fromScript(res, tz);
  }

  hasFunction(name: string): boolean {
    return this.globalNames().includes(name);
  }

  /** Top-level function names the bundle defines (private `_` names included). */
  globalNames(): string[] {
    if (!this.names) {
      const c = this.current!;
      const own = new Set(Object.keys(this.host.globals()));
      this.names = Object.keys(c.ctx).filter((k) => !own.has(k) && !k.startsWith('__fhb') && typeof (c.ctx as Record<string, unknown>)[k] === 'function');
    }
    return [...this.names];
  }
}

function illegalForClient(v: unknown, seen = new Set<unknown>()): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'function') return 'function';
  if (isDateLike(v)) return 'Date';
  if (typeof v !== 'object') return null;
  if (seen.has(v)) return 'cycle';
  seen.add(v);
  for (const x of Array.isArray(v) ? v : Object.values(v as object)) {
    const bad = illegalForClient(x, seen);
    if (bad) return bad;
  }
  return null;
}

function toOuterError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (e && typeof e === 'object' && 'message' in e) {
    const src = e as { message: unknown; name?: unknown; stack?: unknown };
    const out = new Error(String(src.message));
    if (typeof src.name === 'string') out.name = src.name;
    if (typeof src.stack === 'string') out.stack = src.stack;
    return out;
  }
  return new Error(String(e));
}

/**
 * The bundle's "now" is the runtime's modelled clock, as its quotas, triggers and 6-minute limit are:
 * `new Date()`, `Date()` and `Date.now()` read it; every other use is the context's own Date. The
 * replacement shares Date's prototype, so `instanceof Date` holds for Dates made either way.
 */
function installClockDate(ctx: vm.Context, nowMs: () => number): void {
  const install = vm.runInContext(
    `(function (nowMs) {
      var RealDate = Date;
      function ClockDate(a, b, c, d, e, f, g) {
        if (!new.target) return new RealDate(nowMs()).toString();
        switch (arguments.length) {
          case 0: return new RealDate(nowMs());
          case 1: return new RealDate(a);
          default: return new RealDate(a, b, c === undefined ? 1 : c, d || 0, e || 0, f || 0, g || 0);
        }
      }
      ClockDate.prototype = RealDate.prototype;
      ClockDate.now = function () { return nowMs(); };
      ClockDate.UTC = RealDate.UTC;
      ClockDate.parse = RealDate.parse;
      Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
      globalThis.Date = ClockDate;
    })`,
    ctx,
  ) as (now: () => number) => void;
  install(nowMs);
}
