import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { BundleContext } from '../runtime';
import { findBrowser } from './find-browser';

/**
 * The sidebar in real headless Chromium, its `google.script.run` bridged to the server functions on the
 * in-memory Apps Script runtime: a shim injected before the page's scripts turns each call into a call of
 * an exposed Node function, which runs the endpoint through `bundle.googleScriptRun` (arguments are
 * encoded in the page as google.script.run documents it, see `encode` in SHIM; answers are checked and
 * copied as google.script.run does: no Dates, JSON only). Answers arrive
 * asynchronously, as in Apps Script.
 */
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');
const ORIGIN = 'https://fhb-sidebar.test/';

/** Flags this closed network and a root user need (playwright adds --headless itself). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium found by `findBrowser` (FHB_CHROMIUM, else one on PATH, else the one `npm ci` brought). */
export async function launch(): Promise<Browser> {
  const browser = findBrowser();
  try {
    return await chromium.launch({
      headless: true,
      executablePath: browser.executablePath,
      env: { ...process.env, ...browser.env },
      args: CHROMIUM_FLAGS,
    });
  } catch (e) {
    throw new Error(`Chromium from ${browser.source} (${browser.executablePath}) did not start: ${(e as Error).message}`);
  }
}

export type Endpoint = (...args: unknown[]) => unknown;

export interface OpenedSidebar {
  page: Page;
  /** Every dialog (alert/confirm/prompt) the page opened: hostile text must never open one. */
  dialogs: string[];
  /** Every endpoint call, by name, in order. */
  calls: string[];
  /** Every request the page tried to make besides its own document (none expected). */
  network: string[];
  errors: string[];
}

export interface OpenOptions {
  /** Endpoints served by the test instead of the bundle (e.g. a merge stand-in). */
  fakes?: Record<string, Endpoint>;
  pollMs?: number;
  /** Awaited before an endpoint runs: lets a test hold a call open (e.g. to look at a run half-way). */
  before?: (name: string) => Promise<void>;
}

/**
 * One headless Chromium for a test file: launched before its first test, closed after its last. Returns
 * the browser (read it inside a test, not at load).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Holds calls to one endpoint open while `hold()` is on, until `release()`: the states a slow Google shows
 * (*Henter …*, a merge that has not answered yet). Give `before` to `openSidebar`.
 */
export function callGate(endpoint: string): { before: (name: string) => Promise<void>; hold: () => void; release: () => void } {
  let open: () => void = () => undefined;
  let holding = false;
  return {
    before: (name) => (holding && name === endpoint ? new Promise<void>((r) => (open = r)) : Promise.resolve()),
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      open();
    },
  };
}

/** Opens the sidebar as `fhbOpenSidebar` (or another opener) renders it in the runtime. */
export async function openSidebar(browser: Browser, bundle: BundleContext, html: string, options: OpenOptions = {}): Promise<OpenedSidebar> {
  const page = await browser.newPage({ viewport: { width: 300, height: 760 }, locale: 'da-DK' });
  // Locator actions fail fast, so `eventually` retries instead of one call waiting out the test.
  page.setDefaultTimeout(3000);
  const opened: OpenedSidebar = { page, dialogs: [], calls: [], network: [], errors: [] };
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.route('**/*', (route) => {
    if (route.request().url() === ORIGIN) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    opened.network.push(route.request().url());
    return route.abort();
  });
  await page.exposeFunction('__fhbServer', async (name: string, argsJson: string) => {
    opened.calls.push(name);
    await options.before?.(name);
    try {
      const args = JSON.parse(argsJson) as unknown[];
      const fake = options.fakes?.[name];
      const value = fake ? JSON.parse(JSON.stringify(fake(...args) ?? null)) : bundle.googleScriptRun(name, ...args);
      return JSON.stringify({ ok: true, value: value ?? null });
    } catch (e) {
      return JSON.stringify({ ok: false, message: (e as Error).message });
    }
  });
  await page.addInitScript(SHIM, options.pollMs ?? 150);
  await page.goto(ORIGIN);
  return opened;
}

/** `google.script.run` as HtmlService provides it: chainable handlers, asynchronous answers. */
function SHIM(pollMs: number): void {
  type Handler = ((v: unknown) => void) | null;
  const w = window as unknown as {
    fhbPollMs: number;
    google: unknown;
    __fhbServer(name: string, args: string): Promise<string>;
  };
  w.fhbPollMs = pollMs;
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy({}, {
      get(_target, prop) {
        if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
        if (prop === 'withFailureHandler') return (f: Handler) => runner(success, f);
        if (prop === 'withUserObject') return () => runner(success, failure);
        return (...args: unknown[]) => {
          // Encoded as Google documents it, in the page, before anything else (never JSON first):
          // throws synchronously, as the real google.script.run does, for an illegal value.
          const sent = args.map((a, i) => encode(a, String(i), new Set()));
          void w.__fhbServer(String(prop), JSON.stringify(sent)).then((raw) => {
            const answer = JSON.parse(raw) as { ok: boolean; value?: unknown; message?: string };
            if (answer.ok) success?.(answer.value);
            else failure?.(new Error(answer.message));
          });
        };
      },
    });
  w.google = { script: { run: runner(null, null) } };

  /**
   * google.script.run's parameter contract (https://developers.google.com/apps-script/guides/html/communication#parameters_and_return_values):
   * "Legal parameters are JavaScript primitives like a Number, Boolean, String, or null, as well as
   * JavaScript objects and arrays that are composed of primitives, objects and arrays. … Requests fail
   * if you attempt to pass a Date, Function, DOM element besides a form, or other prohibited type,
   * including prohibited types inside objects or arrays. Objects that create circular references will
   * also fail, and undefined fields within arrays become null."
   * Undocumented, so modelled strictly: NaN and ±Infinity fail the request too (a sidebar must send
   * null for "no number"); an undefined field of an object is dropped (the server sees it missing).
   * Google's failure is a synchronous "Failed due to illegal value in property: <path>".
   */
  function encode(v: unknown, where: string, seen: Set<unknown>): unknown {
    const illegal = () => new Error(`Failed due to illegal value in property: ${where}`);
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw illegal();
      return v;
    }
    if (v === undefined) return null; // only reached inside arrays (objects drop the field) or as an argument
    if (typeof v !== 'object' || v instanceof Date || (typeof Node !== 'undefined' && v instanceof Node)) throw illegal();
    if (seen.has(v)) throw illegal();
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map((x, i) => encode(x, `${where}.${i}`, seen));
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) throw illegal();
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined) out[k] = encode(x, `${where}.${k}`, seen);
      return out;
    } finally {
      seen.delete(v);
    }
  }
}

/**
 * Saves `test-artifacts/<name>.png`: the whole pane from the top (`page`), or what the 300 px sidebar
 * shows right now (`view`, e.g. a question scrolled into view).
 */
export async function screenshot(page: Page, name: string, what: 'page' | 'view' = 'page'): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (what === 'page') await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: file, fullPage: what === 'page' });
  return file;
}

/** Nothing wider than the 300 px sidebar: no horizontal scrolling. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

// ─── Waiting assertions (playwright-core has no test runner's expect; jest's does not wait) ────────


/** Retries an assertion until it passes or `timeoutMs` runs out (then throws its last failure). */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const textOf = async (l: Locator) => ((await l.count()) ? ((await l.first().textContent()) ?? '').trim() : '');

export const hasText = (l: Locator, text: string) => eventually(async () => expect(await textOf(l)).toBe(text));
export const containsText = (l: Locator, text: string) => eventually(async () => expect(await textOf(l)).toContain(text));
export const hasCount = (l: Locator, n: number) => eventually(async () => expect(await l.count()).toBe(n));
export const isFocused = (l: Locator) => eventually(async () => expect(await l.evaluate((el) => el === document.activeElement)).toBe(true));
export const hasAttribute = (l: Locator, name: string, value: string) => eventually(async () => expect(await l.getAttribute(name)).toBe(value));
export const hasValue = (l: Locator, value: string) => eventually(async () => expect(await l.inputValue()).toBe(value));
