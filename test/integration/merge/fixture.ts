import * as vm from 'node:vm';
import { dayFromYmd } from '../../../src/core/day';
import { Settings } from '../../../src/core/settings/schema';
import { renderSettingsGrid } from '../../../src/core/sheet/settings-sheet';
import { makeZone } from '../../../src/sheetfns/zone';
import { createRuntime, DEFAULT_BUNDLE, type BundleContext, type Runtime } from '../../runtime';

/**
 * A world for the merge: a Borgere sheet of synthetic citizens due for a letter under Glostrup 2025 on
 * the runtime's clock (4 March 2025), contact settings, and the default templates made by
 * fhbCreateTemplates. Names are unique ("Borger 017 Testesen") so each letter can be traced to its row.
 */
export const HEADERS = [
  'Navn', 'CPR', 'Fødselsdato', 'Adresse', 'Postnr', 'By', 'Bor alene', 'Ægtefælle død', 'Særlig risiko', 'Undtaget',
  'Digital post', 'Inviteret', 'Besøg', 'Konsulent', 'Gennemført', 'Frabedt', 'Opkald', 'Brev', 'Noter',
];

const cph = makeZone('Europe/Copenhagen');
export const date = (y: number, m: number, d: number) => cph.toDate(dayFromYmd(y, m, d));

export const SETTINGS = Settings.parse({
  asOf: '2025-03-04',
  profile: 'glostrup-2025',
  municipality: 'Prøvekommune',
  department: 'Forebyggende hjemmebesøg',
  address: 'Rådhusvej 1',
  postcodeCity: '9999 Prøveby',
  phone: '11 22 33 44',
  phoneHours: 'hverdage kl. 8-9',
  email: 'forebyg@proeve.dk',
  signature: 'Anne Andersen, forebyggelseskonsulent',
});

export const nameOf = (i: number) => `Borger ${String(i).padStart(3, '0')} Testesen`;

/** `n` citizens due: 75-year-olds, 70-year-olds living alone and 82+ in turn. */
export function dueCitizens(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const kind = i % 3;
    const birth = kind === 0 ? date(1950, 1 + (i % 12), 10) : kind === 1 ? date(1955, 1 + (i % 12), 11) : date(1938, 1 + (i % 12), 12);
    return {
      Navn: nameOf(i + 1), CPR: '', 'Fødselsdato': birth, Adresse: `Prøvevej ${i + 1}`, Postnr: '9999', By: 'Prøveby',
      'Bor alene': kind === 1 ? 'ja' : '', 'Digital post': i % 2 === 0 ? 'ja' : 'nej',
    };
  });
}

export function writeCitizens(rt: Runtime, citizens: Record<string, unknown>[]): void {
  const sheet = rt.spreadsheet.findSheet('Borgere') ?? rt.addSheet('Borgere');
  const rows = [HEADERS, ...citizens.map((c) => HEADERS.map((h) => (c[h] ?? '') as unknown))];
  sheet.getRange(1, 1, rows.length, HEADERS.length).setValues(rows as never);
}

export function writeSettings(rt: Runtime, settings: Settings = SETTINGS): void {
  const sheet = rt.spreadsheet.findSheet('Indstillinger') ?? rt.addSheet('Indstillinger');
  const { rows } = renderSettingsGrid(settings, cph);
  sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows as never);
}

/**
 * The bundle's Date follows the runtime's modelled clock, as Apps Script's Date follows the wall
 * clock; the merge's time box reads Date. (One context for the whole test: top-level code ran at load.)
 */
export function followClock(rt: Runtime, bundle: BundleContext): void {
  const ctx = bundle.context as Record<string, unknown>;
  ctx.__fhbTestClock = () => rt.clock.nowMs();
  vm.runInContext(
    `(function () {
      var R = Date;
      function D() {
        if (!new.target) return new R(__fhbTestClock()).toString();
        return arguments.length ? Reflect.construct(R, Array.prototype.slice.call(arguments), new.target) : Reflect.construct(R, [__fhbTestClock()], new.target);
      }
      Object.setPrototypeOf(D, R);
      D.prototype = R.prototype;
      D.now = function () { return __fhbTestClock(); };
      globalThis.Date = D;
    })()`,
    bundle.context,
  );
}

export interface MergeWorld {
  rt: Runtime;
  bundle: BundleContext;
}

export const BUNDLE = process.env.FHB_BUNDLE ?? DEFAULT_BUNDLE;

export function mergeWorld(n = 12, opts: { citizens?: Record<string, unknown>[]; msPerServiceCall?: number; templates?: boolean } = {}): MergeWorld {
  const rt = createRuntime({ now: new Date('2025-03-04T08:00:00Z'), msPerServiceCall: opts.msPerServiceCall });
  const bundle = rt.load(BUNDLE, { freshContextPerExecution: false, realTimeoutMs: 120_000 });
  followClock(rt, bundle);
  writeCitizens(rt, opts.citizens ?? dueCitizens(n));
  writeSettings(rt);
  if (opts.templates !== false) bundle.run('fhbCreateTemplates');
  rt.select('Borgere', 'A1');
  return { rt, bundle };
}

export const column = (rt: Runtime, header: string): unknown[] => {
  const sheet = rt.sheet('Borgere');
  const values = sheet.getRange(1, 1, sheet.getLastRow(), HEADERS.length).getValues() as unknown[][];
  const c = values[0].indexOf(header);
  return values.slice(1).map((r) => r[c]);
};

/** The letters in a document's text: each reference line and the text of the letter it ends. */
export function lettersIn(text: string): { ref: string; text: string }[] {
  const out: { ref: string; text: string }[] = [];
  const re = /Brevnr\. [A-Z0-9]+-\d{4,}/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push({ ref: m[0], text: text.slice(start, m.index) });
    start = m.index! + m[0].length;
  }
  return out;
}
