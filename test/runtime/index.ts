/**
 * An in-memory Apps Script runtime for integration tests of the built bundle (dist/Code.js).
 *
 *   const rt = createRuntime();
 *   const bc = rt.load();                  // dist/Code.js in a fresh node:vm context
 *   rt.sheet('Sheet1').getRange('A1').setValue('x');   // test set-up: free, uncounted
 *   bc.run('onOpen');                      // one execution: 6-min limit, FULL auth, UI available
 *   rt.ui.menus[0].items …
 *
 * Executions and the kernel: see kernel.ts. Time is modelled (clock.ts): every counted service call
 * costs `msPerServiceCall` (or its entry in `runtime.kernel.costs`). Daily quotas reset at midnight
 * America/Los_Angeles.
 *
 * Realms (important when writing tests): the bundle runs in its own vm context with its own Date,
 * Array, Object and Error. Values crossing into the bundle are rebuilt with the context's intrinsics
 * (so the bundle's `x instanceof Date` and `instanceof Array` hold for run/callCustomFunction
 * arguments, getValues results, event objects, property maps …), and values coming back (return values,
 * setValues data) are rebuilt with the test's intrinsics. Errors from `run` are re-created as test-realm
 * Errors with Google's name ('Exception') and message. See vm.ts.
 *
 * The manifest: `load` reads the appsscript.json beside the bundle (dist/ holds both). Its `oauthScopes`
 * are enforced (kernel.scopes: DriveApp needs the full `drive` scope, the advanced Drive service
 * `drive.file`, DocumentApp `documents`), and its enabled advanced services become globals (`Drive`, v3).
 * A bundle without a manifest beside it gets every service and no scope checks.
 *
 * Test-side helpers (free, never counted): runtime.sheet(name), runtime.select(sheet, a1),
 * FakeSheet.valuesOf / displayValuesOf / errorOf / effectiveBackground, ui.answers / menus / sidebars,
 * locks.holdDocumentLock, triggers.fire / runUntil, drive.addGoogleDoc, documents.bodyText, quotas.setUsage.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FakeAdvancedDrive } from './advanced-drive';
import { FakeAdvancedDocs } from './advanced-docs';
import { DocsWriteQuota } from './docs-quota';
import { FakeCharts } from './charts';
import { CallLog, Clock, Faults, NameMatcher, Quotas } from './clock';
import { type DocAccess, DocumentStore, FakeDocumentApp } from './documents';
import { DriveStore, FakeDriveApp, MimeType } from './drive';
import type { Env } from './env';
import { FakeHtmlService } from './html';
import { Kernel } from './kernel';
import { FakeLockService, LockRegistry } from './lock';
import { FakePropertiesService, PropertyStores } from './properties';
import { FakeSpreadsheetApp } from './spreadsheet-app';
import { FakeSheet, FakeSpreadsheet } from './spreadsheet';
import { FakeScriptApp, TriggerRegistry } from './triggers';
import { IdGen } from './types';
import { FakeUi } from './ui';
import { FakeCacheService, FakeLogger, FakeSession, FakeUtilities, makeConsole, type LogEntry } from './utilities';
import { BundleContext, type LoadOptions } from './vm';

export { BundleContext } from './vm';
export type { LoadOptions } from './vm';
export { Clock, CallLog, Faults, Quotas } from './clock';
export { Kernel } from './kernel';
export { FakeSheet, FakeSpreadsheet, FakeProtection, FakeNamedRange } from './spreadsheet';
export { FakeRange } from './range';
export { FakeCharts, FakeEmbeddedChart, FakeEmbeddedChartBuilder, ChartType } from './charts';
export { FakeUi } from './ui';
export type { MenuRecord, MenuEntry, DialogRecord, PanelRecord, Answer } from './ui';
export { DocumentStore, FakeDocument } from './documents';
export { DriveStore, MimeType } from './drive';
export { FakeAdvancedDrive } from './advanced-drive';
export { PropertyStores, MAX_VALUE_BYTES, MAX_STORE_BYTES } from './properties';
export { LockRegistry } from './lock';
export { TriggerRegistry } from './triggers';
export type { TriggerRecord } from './triggers';
export { parseA1, columnToLetters, lettersToColumn } from './a1';
export { javaFormatDate } from './utilities';
export type { LogEntry } from './utilities';

export interface RuntimeOptions {
  /** default 'Europe/Copenhagen' */
  spreadsheetTimeZone?: string;
  /** Session.getScriptTimeZone(); default 'Europe/Copenhagen' */
  scriptTimeZone?: string;
  /** the clock's start; default 2025-03-01T09:00:00Z */
  now?: Date;
  /** Session.getActiveUser().getEmail(); default 'konsulent1@kommune.dk' */
  user?: string;
  /** document-creation quota 250 (consumer, default) vs 1500 (workspace) per day */
  accountType?: 'consumer' | 'workspace';
  /** modelled time each counted service call costs (default 50 ms; a whole-range read/write is one call) */
  msPerServiceCall?: number;
  /**
   * Custom functions compute asynchronously and a script can read their cells as *Loading...* (see
   * FakeSpreadsheet.customFunctionsLoading). Off by default; `true` means "Loading..." until the execution ends.
   */
  customFunctionsLoading?: boolean | { text?: string; until?: 'execution-end' | 'manual' };
}

export const DEFAULT_BUNDLE = path.resolve(__dirname, '..', '..', 'dist', 'Code.js');

export interface Runtime {
  globals: Record<string, unknown>;
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  clock: Clock;
  calls: CallLog;
  faults: Faults;
  quotas: Quotas;
  /** The Docs API's per-minute write quota (60 a user, 600 the project): docs-quota.ts. */
  docsQuota: DocsWriteQuota;
  kernel: Kernel;
  drive: DriveStore;
  documents: DocumentStore;
  properties: PropertyStores;
  triggers: TriggerRegistry;
  locks: LockRegistry;
  /** console.* and Logger.log output of the bundle */
  logs: LogEntry[];
  /**
   * A colleague's edit in the sheet (sort, insert or delete rows) just before the running execution's next
   * service call matching `match` (after `after` of them): see Kernel.meanwhile.
   */
  meanwhile(match: NameMatcher, edit: () => void, after?: number): void;
  /** The user executions run as (change with setUser to act as a second consultant). */
  readonly user: string;
  setUser(email: string): void;
  /** Load a bundle (default <repo>/dist/Code.js); formulas then evaluate through it. */
  load(bundlePath?: string, opts?: LoadOptions): BundleContext;
  /** The last loaded bundle, if any. */
  readonly bundle: BundleContext | null;
  /** A sheet of the active spreadsheet; throws if missing. */
  sheet(name: string): FakeSheet;
  /** Add a sheet to the active spreadsheet (test set-up). */
  addSheet(name: string): FakeSheet;
  /** Set the user's selection (getActiveRange / getSelection). */
  select(sheetName: string, a1: string): void;
  createSpreadsheet(name?: string): FakeSpreadsheet;
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const user0 = options.user ?? 'konsulent1@kommune.dk';
  const scriptTz = options.scriptTimeZone ?? 'Europe/Copenhagen';
  const clock = new Clock(options.now ?? new Date('2025-03-01T09:00:00Z'));
  const calls = new CallLog();
  const faults = new Faults();
  const quotas = new Quotas(clock, {
    documentCreate: options.accountType === 'workspace' ? 1500 : 250,
    spreadsheetCreate: options.accountType === 'workspace' ? 3200 : 250,
    triggerRuntimeMs: options.accountType === 'workspace' ? 6 * 3_600_000 : 90 * 60_000,
  });
  const kernel = new Kernel(clock, calls, faults, quotas, options.msPerServiceCall ?? 50, user0);
  const docsQuota = new DocsWriteQuota(clock);
  const ids = new IdGen();
  let bundle: BundleContext | null = null;
  const env: Env = {
    k: kernel,
    ids,
    customFunction(name) {
      const b = bundle;
      if (!b || !b.hasFunction(name) || name.endsWith('_')) return null;
      return (args, tz) => b.customFunctionForCells(name, args, tz);
    },
  };

  const spreadsheets = new Map<string, FakeSpreadsheet>();
  const toastLog: { message: string; title: string | null; timeoutSeconds: number | null }[] = [];
  const newSs = (name: string) => {
    const ss = new FakeSpreadsheet(env, ids.next('1ss'), name, options.spreadsheetTimeZone ?? 'Europe/Copenhagen', kernel.activeUser, {
      onToast: (t) => toastLog.push({ message: t.message, title: t.title, timeoutSeconds: t.timeoutSeconds }),
    });
    spreadsheets.set(ss.id, ss);
    return ss;
  };
  const active = newSs('Forebyggende hjemmebesøg');
  const loadingOpt = options.customFunctionsLoading;
  if (loadingOpt) {
    const o = loadingOpt === true ? {} : loadingOpt;
    active.customFunctionsLoading = { text: o.text ?? 'Loading...', until: o.until ?? 'execution-end' };
  }
  const ui = new FakeUi(env, () => toastLog);
  const documents = new DocumentStore(env);
  const drive = new DriveStore(env, documents, () => kernel.activeUser);
  const properties = new PropertyStores();
  const locks = new LockRegistry(env, () => `document:${active.id}`);
  const triggers = new TriggerRegistry(env, () => active);
  const logs: LogEntry[] = [];

  const advancedSymbols: string[] = [];
  const docAccess: DocAccess = {
    role: (user, doc) => (drive.files.has(doc.id) ? drive.roleOf(user, doc.id) : doc.owner === user ? 'owner' : null),
    share: (doc, email, role) => drive.share(doc.id, email, role),
    people: (doc) => {
      const f = drive.files.get(doc.id);
      return { owner: doc.owner, editors: f ? [...f.editors] : [], viewers: f ? [...f.viewers] : [] };
    },
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: new FakeSpreadsheetApp(env, {
      active: () => active,
      byId: (id) => spreadsheets.get(id),
      create: (name) => {
        if (!quotas.tryUse('spreadsheetCreate', kernel.activeUser)) throw kernel.error('Service invoked too many times for one day: spreadsheet create.');
        return newSs(name);
      },
      ui,
    }),
    DocumentApp: new FakeDocumentApp(
      env,
      documents,
      { tryCreate: () => quotas.tryUse('documentCreate', kernel.activeUser) },
      (doc) => {
        // Not added to the user's drive.file set: see advanced-drive.ts (Google does not document it).
        drive.registerDoc(doc.id, doc.name);
      },
      docAccess,
    ),
    DriveApp: new FakeDriveApp(env, drive),
    HtmlService: new FakeHtmlService(env, () => bundle?.bundleDir ?? null, () => bundle?.context ?? null),
    LockService: new FakeLockService(env, locks),
    PropertiesService: new FakePropertiesService(env, properties),
    ScriptApp: new FakeScriptApp(env, triggers, () => scriptTz, ids.next('1script')),
    Session: new FakeSession(env, () => scriptTz),
    Utilities: new FakeUtilities(env),
    CacheService: new FakeCacheService(env),
    Charts: new FakeCharts(),
    Logger: new FakeLogger(env, logs),
    console: makeConsole(logs),
    MimeType,
  };

  triggers.runner = (t, event) => {
    if (!bundle) throw new Error('test runtime: no bundle loaded');
    // An installable trigger runs as the user who made it, whoever is at the keyboard.
    const saved = kernel.user;
    kernel.user = t.user;
    try {
      return bundle.runTrigger(t.handler, event, t.eventType !== 'CLOCK');
    } finally {
      kernel.user = saved;
    }
  };

  const rt: Runtime = {
    globals,
    spreadsheet: active,
    ui,
    clock,
    calls,
    faults,
    quotas,
    docsQuota,
    kernel,
    drive,
    documents,
    properties,
    triggers,
    locks,
    logs,
    meanwhile(match: NameMatcher, edit: () => void, after = 0) {
      kernel.meanwhile(match, edit, after);
    },
    get user() {
      return kernel.user;
    },
    setUser(email: string) {
      kernel.user = email;
      // A bound script runs for a user who can open its spreadsheet: consultants are its editors.
      if (!active.editors.includes(email)) active.editors.push(email);
    },
    get bundle() {
      return bundle;
    },
    load(bundlePath?: string, opts?: LoadOptions) {
      const manifest = readManifest(path.dirname(path.resolve(bundlePath ?? DEFAULT_BUNDLE)));
      kernel.scopes = manifest?.oauthScopes ?? null;
      for (const symbol of advancedSymbols.splice(0)) delete globals[symbol];
      const services = manifest ? (manifest.dependencies?.enabledAdvancedServices ?? []) : [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }];
      for (const s of services) {
        if (s.serviceId === 'docs') {
          if (s.version !== 'v1') throw new Error(`test runtime: only the advanced Docs service v1 is modelled (manifest asks for ${s.version})`);
          globals[s.userSymbol] = new FakeAdvancedDocs(env, documents, docAccess, docsQuota);
          advancedSymbols.push(s.userSymbol);
          continue;
        }
        if (s.serviceId !== 'drive') continue;
        if (s.version !== 'v3') throw new Error(`test runtime: only the advanced Drive service v3 is modelled (manifest asks for ${s.version})`);
        globals[s.userSymbol] = new FakeAdvancedDrive(env, drive);
        advancedSymbols.push(s.userSymbol);
      }
      const b = new BundleContext(
        {
          kernel,
          globals: () => globals,
          onExecutionEnd: (execId) => {
            locks.releaseExecution(execId);
            if (kernel.stack.length <= 1) {
              documents.saveAll();
              for (const ss of spreadsheets.values()) ss.settleCalculation('execution-end');
            }
          },
        },
        bundlePath ?? DEFAULT_BUNDLE,
        opts,
      );
      bundle = b;
      for (const ss of spreadsheets.values()) ss.invalidate();
      return b;
    },
    sheet(name: string) {
      const s = active.findSheet(name);
      if (!s) throw new Error(`test runtime: no sheet named ${name}`);
      return s;
    },
    addSheet(name: string) {
      if (active.findSheet(name)) throw new Error(`test runtime: sheet ${name} exists`);
      return active.addSheet(name);
    },
    select(sheetName: string, a1: string) {
      const s = rt.sheet(sheetName);
      active.select(s, s.rangeFromA1(a1));
    },
    createSpreadsheet(name = 'Untitled spreadsheet') {
      return newSs(name);
    },
  };
  return rt;
}

interface Manifest {
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: { userSymbol: string; serviceId: string; version: string }[] };
}

/** The appsscript.json in `dir`, if there is one. */
function readManifest(dir: string): Manifest | null {
  const file = path.join(dir, 'appsscript.json');
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}
