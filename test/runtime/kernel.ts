/**
 * The kernel: every fake service method starts with `k.call('Class.method', ...)`.
 *
 * Outside an execution (a test poking at the fakes directly) calls are free, uncounted and unchecked.
 * Inside an execution (`run`, `callCustomFunction`, `runInAuthModeNone`, trigger firing, formula
 * recalculation) a counted call:
 *   1. throws `Exceeded maximum execution time` once the execution is over its limit (and keeps
 *      throwing: Google kills the execution, so catching it does not help);
 *   2. is counted in `calls`;
 *   3. may be failed by `faults`;
 *   4. is refused when the execution's mode may not use the service (AuthMode.NONE, custom function);
 *   5. advances the clock by its cost.
 * `k.local(...)` is for calls that do no server work (builders, range geometry, enums): only the
 * mode check applies.
 */
import { CallLog, Clock, Faults, matches, NameMatcher, Quotas } from './clock';

export type ExecMode = 'FULL' | 'LIMITED' | 'NONE' | 'CUSTOM_FUNCTION';
export type ExecKind = 'run' | 'custom' | 'trigger' | 'simple' | 'addon-open' | 'load';

/** The intrinsics of one vm context ("realm"); values handed to the bundle are built from these. */
export interface Realm {
  Date: DateConstructor;
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Error: ErrorConstructor;
}

export interface Execution {
  id: number;
  mode: ExecMode;
  kind: ExecKind;
  startMs: number;
  limitMs: number;
  realm: Realm | null;
  /** Whether SpreadsheetApp.getUi() works (false for custom functions and time-driven triggers). */
  hasUi: boolean;
  user: string;
  killed: boolean;
}

export const SIX_MINUTES = 6 * 60 * 1000;
export const THIRTY_SECONDS = 30 * 1000;

type Service =
  | 'sheets'
  | 'ui'
  | 'docs'
  | 'drive'
  | 'advancedDrive'
  | 'advancedDocs'
  | 'properties'
  | 'lock'
  | 'script'
  | 'session'
  | 'utilities'
  | 'html'
  | 'cache'
  | 'log';

const SERVICE_OF: Record<string, Service> = {
  SpreadsheetApp: 'sheets', Spreadsheet: 'sheets', Sheet: 'sheets', Range: 'sheets', Protection: 'sheets',
  NamedRange: 'sheets', Filter: 'sheets', Selection: 'sheets', ConditionalFormatRule: 'sheets',
  ConditionalFormatRuleBuilder: 'sheets', BooleanCondition: 'sheets', DataValidation: 'sheets',
  DataValidationBuilder: 'sheets', RangeList: 'sheets',
  Ui: 'ui', Menu: 'ui', PromptResponse: 'ui',
  DocumentApp: 'docs', Document: 'docs', Body: 'docs', HeaderSection: 'docs', FooterSection: 'docs',
  Paragraph: 'docs', ListItem: 'docs', Table: 'docs', TableRow: 'docs', TableCell: 'docs', PageBreak: 'docs',
  Text: 'docs', HorizontalRule: 'docs',
  DriveApp: 'drive', File: 'drive', Folder: 'drive', FileIterator: 'drive', FolderIterator: 'drive',
  Drive: 'advancedDrive',
  Docs: 'advancedDocs',
  PropertiesService: 'properties', Properties: 'properties',
  LockService: 'lock', Lock: 'lock',
  ScriptApp: 'script', Trigger: 'script', TriggerBuilder: 'script', ClockTriggerBuilder: 'script',
  SpreadsheetTriggerBuilder: 'script',
  Session: 'session', User: 'session',
  Utilities: 'utilities', Blob: 'utilities',
  HtmlService: 'html', HtmlOutput: 'html', HtmlTemplate: 'html',
  CacheService: 'cache', Cache: 'cache',
  Logger: 'log', console: 'log',
};

const SCOPE: Partial<Record<Service, string>> = {
  sheets: '(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)',
  docs: '(https://www.googleapis.com/auth/documents.currentonly || https://www.googleapis.com/auth/documents)',
  drive: '(https://www.googleapis.com/auth/drive.readonly || https://www.googleapis.com/auth/drive)',
  advancedDrive: '(https://www.googleapis.com/auth/drive.file || https://www.googleapis.com/auth/drive)',
  // The Docs API takes documents (or drive); documents.currentonly is for DocumentApp in a bound script.
  advancedDocs: '(https://www.googleapis.com/auth/documents || https://www.googleapis.com/auth/drive)',
  script: 'https://www.googleapis.com/auth/script.scriptapp',
  session: 'https://www.googleapis.com/auth/userinfo.email',
};

const DRIVE = 'https://www.googleapis.com/auth/drive';
const DRIVE_READONLY = 'https://www.googleapis.com/auth/drive.readonly';
const DRIVE_FILE = 'https://www.googleapis.com/auth/drive.file';
const DOCS = 'https://www.googleapis.com/auth/documents';
const DOCS_CURRENT = 'https://www.googleapis.com/auth/documents.currentonly';
const DOCS_READONLY = 'https://www.googleapis.com/auth/documents.readonly';

const FAULT_SERVICE_NAME: Partial<Record<Service, string>> = {
  sheets: 'Spreadsheets', docs: 'Documents', drive: 'Drive', advancedDrive: 'Drive', advancedDocs: 'Docs', properties: 'Properties', lock: 'Lock',
  script: 'Script', cache: 'Cache', ui: 'Spreadsheets',
};

export interface CallOptions {
  /** The call changes data (refused in custom functions for Spreadsheet / Properties). */
  write?: boolean;
  args?: readonly unknown[];
}

export class Kernel {
  readonly stack: Execution[] = [];
  private nextId = 1;
  /** Modelled cost of named calls in ms; others cost `defaultCost`. */
  readonly costs: Record<string, number> = {
    'DocumentApp.create': 800,
    'DocumentApp.openById': 400,
    // Google publishes no timings: a round trip like openById; a batch adds 2 ms a request (advanced-docs.ts).
    'Docs.Documents.get': 400,
    'Docs.Documents.batchUpdate': 400,
    'Document.saveAndClose': 300,
    'Document.getAs': 1500,
    'File.getAs': 1500,
    'File.getBlob': 1500,
    'File.makeCopy': 1000,
    'Folder.createFile': 500,
    'DriveApp.createFile': 500,
    'Drive.Files.create': 500,
    'Drive.Files.copy': 1000,
    'SpreadsheetApp.flush': 200,
  };

  /**
   * The OAuth scopes the project's manifest grants (`oauthScopes` of the appsscript.json beside the
   * loaded bundle), or null when it names none (Apps Script then asks for whatever the code uses).
   * With a list, DriveApp, the advanced Drive service and DocumentApp are refused without their scopes.
   */
  scopes: readonly string[] | null = null;

  /** Modelled time spent in Utilities.sleep, all executions (benches report the waiting). */
  sleptMs = 0;

  constructor(
    readonly clock: Clock,
    readonly calls: CallLog,
    readonly faults: Faults,
    readonly quotas: Quotas,
    public defaultCost: number,
    public user: string,
  ) {}

  get current(): Execution | null {
    return this.stack.length ? this.stack[this.stack.length - 1] : null;
  }
  get mode(): ExecMode | null {
    return this.current?.mode ?? null;
  }
  get activeUser(): string {
    return this.current?.user ?? this.user;
  }

  /** Run `fn` as an execution. Nested executions (a recalculation inside a run) keep their own limit. */
  execute<T>(
    opts: { mode: ExecMode; kind: ExecKind; limitMs: number; realm: Realm | null; hasUi: boolean },
    fn: (ex: Execution) => T,
    onEnd?: (ex: Execution) => void,
  ): T {
    const ex: Execution = {
      id: this.nextId++,
      mode: opts.mode,
      kind: opts.kind,
      startMs: this.clock.nowMs(),
      limitMs: opts.limitMs,
      realm: opts.realm,
      hasUi: opts.hasUi,
      user: this.user,
      killed: false,
    };
    const savedStart = this.clock.execStartMs;
    const savedLimit = this.clock.execLimitMs;
    this.stack.push(ex);
    this.clock.execStartMs = ex.startMs;
    this.clock.execLimitMs = ex.limitMs;
    try {
      return fn(ex);
    } finally {
      try {
        onEnd?.(ex);
      } finally {
        this.stack.pop();
        this.clock.execStartMs = savedStart;
        this.clock.execLimitMs = savedLimit;
      }
    }
  }

  /** Edits somebody else makes while an execution runs (see `meanwhile`). */
  private edits: { match: NameMatcher; after: number; edit: () => void }[] = [];

  /**
   * A colleague's edit in the open sheet (a sort, rows inserted or deleted, a value typed), made just
   * before the running execution's next counted call whose name matches, after `after` such calls. It runs
   * outside any execution: it costs the script no time and takes no lock, as a person editing in the
   * browser takes none. Runs once.
   */
  meanwhile(match: NameMatcher, edit: () => void, after = 0): void {
    this.edits.push({ match, after, edit });
  }

  private runEdits(name: string): void {
    const i = this.edits.findIndex((e) => matches(e.match, name) && e.after-- <= 0);
    if (i < 0) return;
    const [{ edit }] = this.edits.splice(i, 1);
    const hidden = this.stack.splice(0);
    try {
      edit();
    } finally {
      this.stack.push(...hidden);
    }
  }

  /** A counted service call. */
  call(name: string, opts?: CallOptions): void {
    const ex = this.current;
    if (!ex) return;
    if (ex.killed || this.clock.nowMs() - ex.startMs > ex.limitMs) {
      ex.killed = true;
      throw this.error('Exceeded maximum execution time');
    }
    if (this.edits.length) this.runEdits(name);
    const index = this.calls.record(name);
    const fault = this.faults.check({ name, args: opts?.args ?? [], index });
    if (fault) {
      const svc = serviceOf(name);
      const e = fault.error;
      if (e === undefined) throw this.error(`Service error: ${FAULT_SERVICE_NAME[svc] ?? 'Spreadsheets'}`);
      if (typeof e === 'string') throw this.error(e);
      throw this.error(e.message, e.name);
    }
    this.permit(name, ex, opts?.write ?? false);
    this.clock.advance(this.costs[name] ?? this.defaultCost);
  }

  /** An uncounted, free call that still obeys the execution's mode. */
  local(name: string, opts?: CallOptions): void {
    const ex = this.current;
    if (!ex) return;
    this.permit(name, ex, opts?.write ?? false);
  }

  /** Whether the manifest lets the script see the user's whole Drive (not only its own files). */
  hasFullDrive(): boolean {
    return this.scopes === null || this.scopes.some((s) => s === DRIVE || s === DRIVE_READONLY);
  }

  /** The scope the manifest lacks for this call, if any (see `scopes`). */
  private missingScope(name: string, svc: Service, write: boolean): string | null {
    const granted = this.scopes;
    if (!granted) return null;
    const has = (...any: string[]) => any.some((s) => granted.includes(s));
    switch (svc) {
      case 'drive':
        // DriveApp works on the whole Drive: drive.file is not enough for any of its methods.
        return has(DRIVE) || (!write && has(DRIVE_READONLY)) ? null : DRIVE;
      case 'advancedDrive':
        return has(DRIVE, DRIVE_FILE) || (!write && has(DRIVE_READONLY)) ? null : SCOPE.advancedDrive!;
      case 'docs':
        return has(DOCS, DOCS_CURRENT) ? null : SCOPE.docs!;
      case 'advancedDocs':
        return has(DOCS, DRIVE) || (!write && has(DOCS_READONLY, DRIVE_READONLY)) ? null : SCOPE.advancedDocs!;
      case 'session':
        // Google's reference lists userinfo.email for getActiveUser and getEffectiveUser (the e-mail);
        // the time zone and locale need no scope.
        return (name === 'Session.getActiveUser' || name === 'Session.getEffectiveUser') && !has(SCOPE.session!) ? SCOPE.session! : null;
      default:
        return null;
    }
  }

  private permit(name: string, ex: Execution, write: boolean): void {
    const svc = serviceOf(name);
    const deny = () => {
      const scope = SCOPE[svc];
      return this.error(`You do not have permission to call ${name}.${scope ? ` Required permissions: ${scope}` : ''}`);
    };
    if (name === 'SpreadsheetApp.getUi' && !ex.hasUi) {
      throw this.error('Cannot call SpreadsheetApp.getUi() from this context.');
    }
    const missing = this.missingScope(name, svc, write);
    if (missing) throw this.error(`You do not have permission to call ${name}. Required permissions: ${missing}`);
    switch (ex.mode) {
      case 'FULL':
        return;
      case 'NONE':
        if (svc === 'ui' || svc === 'log' || svc === 'utilities' || svc === 'html') return;
        if (name === 'SpreadsheetApp.getUi') return;
        throw deny();
      case 'LIMITED':
        if (svc === 'sheets') {
          if (name === 'SpreadsheetApp.openById' || name === 'SpreadsheetApp.openByUrl' || name === 'SpreadsheetApp.create') throw deny();
          return;
        }
        if (svc === 'docs' || svc === 'advancedDocs' || svc === 'drive' || svc === 'advancedDrive' || svc === 'script' || svc === 'session') throw deny();
        return;
      case 'CUSTOM_FUNCTION':
        if (svc === 'sheets') {
          if (write || name === 'SpreadsheetApp.openById' || name === 'SpreadsheetApp.openByUrl' || name === 'SpreadsheetApp.create') throw deny();
          return;
        }
        if (svc === 'properties') {
          if (write) throw deny();
          return;
        }
        if (svc === 'docs' || svc === 'advancedDocs' || svc === 'drive' || svc === 'advancedDrive' || svc === 'script' || svc === 'ui') throw deny();
        return;
    }
  }

  /** An Apps Script-style exception, created in the running bundle's realm so `instanceof Error` works there. */
  error(message: string, name = 'Exception'): Error {
    const E = this.current?.realm?.Error ?? Error;
    const e = new E(message);
    e.name = name;
    return e;
  }

  /** Convert a value for the bundle: arrays, plain objects and Dates are rebuilt with the realm's intrinsics. */
  out<T>(v: T): T {
    const realm = this.current?.realm;
    if (!realm) return v;
    return toRealm(v, realm) as T;
  }
  /** Convert a value coming from the bundle into this (the test's) realm. */
  in<T>(v: T): T {
    return toRealm(v, OUTER) as T;
  }
}

export const OUTER: Realm = { Date, Array, Object, Error };

export function serviceOf(name: string): Service {
  const cls = name.split('.')[0];
  return SERVICE_OF[cls] ?? 'utilities';
}

export function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  if (proto === null) return true;
  // a plain object of any realm: its prototype is that realm's Object.prototype
  return Object.getPrototypeOf(proto) === null && typeof proto.hasOwnProperty === 'function' && proto.constructor?.name === 'Object';
}

export function toRealm(v: unknown, realm: Realm, seen = new Map<unknown, unknown>()): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  if (isDateLike(v)) return new realm.Date((v as Date).getTime());
  if (Array.isArray(v)) {
    const a = new realm.Array<unknown>();
    seen.set(v, a);
    for (let i = 0; i < v.length; i++) a.push(toRealm(v[i], realm, seen));
    return a;
  }
  if (isPlainObject(v)) {
    const o = new realm.Object() as Record<string, unknown>;
    seen.set(v, o);
    for (const k of Object.keys(v)) o[k] = toRealm(v[k], realm, seen);
    return o;
  }
  return v; // service objects and class instances cross as they are
}
