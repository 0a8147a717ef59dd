import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { dayFromYmd } from '../../../src/core/day';
import { makeZone } from '../../../src/sheetfns/zone';
import { sidebarWorld, SidebarWorld } from '../sidebar/fixture';

/**
 * Issue 22, item 8: no path sends a cell's content (a birth date, a CPR number, a name) to a log. On Google
 * a log is `console.*` and `Logger.log` (the execution log, Cloud Logging). The built bundle is scanned for
 * every use of either, against an allow-list that names why each use cannot carry input (empty today: the
 * date library whose `console.warn` printed its input is gone, see docs/code.md); and hostile dates and
 * names go through the sheet functions, the sidebar, the merge preview and the daily update with the
 * bundle's console and Logger recorded, which must stay silent.
 */

const BUNDLE = join(__dirname, '../../../dist/Code.js');

/** `console.x` / `Logger.x` uses allowed in the bundle, each with the reason it cannot carry a cell's content. */
const ALLOWED: Record<string, string> = {};

interface LogUse { what: string; near: string }

/** Every reference to the global `console` or `Logger` in a script, however it is reached. */
export function logUses(code: string): LogUse[] {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const uses: LogUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && (node.text === 'console' || node.text === 'Logger')) {
      const parent = node.parent;
      // A property named console (x.console) is still a way to the global object's console.
      const member = parent && ts.isPropertyAccessExpression(parent) && parent.expression === node ? `.${parent.name.text}` : '';
      uses.push({ what: `${node.text}${member}`, near: code.slice(Math.max(0, node.getStart(file) - 60), node.getEnd() + 60) });
    } else if (ts.isStringLiteralLike(node) && /^(console|Logger)$/.test(node.text)) {
      uses.push({ what: `'${node.text}'`, near: code.slice(Math.max(0, node.getStart(file) - 60), node.getEnd() + 60) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

describe('the built bundle has no way to a log', () => {
  it('uses console and Logger only where the allow-list says why', () => {
    const uses = logUses(readFileSync(BUNDLE, 'utf8'));
    expect(uses.filter((u) => !(u.what in ALLOWED))).toEqual([]);
  });

  it('the scan finds console and Logger however they are reached (so the check above can fail)', () => {
    const found = logUses('function f(x){console.warn(x);Logger.log(x);globalThis["console"].log(x);var c=console;c.error(x)}').map((u) => u.what);
    expect(found).toEqual(['console.warn', 'Logger.log', "'console'", 'console']);
  });
});

const cph = makeZone('Europe/Copenhagen');
/** Dates as a hostile or careless sheet may hold them: what a date parser might complain about, with the input. */
const HOSTILE_DATES: unknown[] = [
  '31-02-2025', '29-02-2023', '2025-13-01', '12-05-45', 'YYYY-MM-DD', 'DD-MM-YYYY', 'Inge Hansen', '0101501234', '010150-1234',
  '3201501234', '1-1-0000', '99-99-9999', `${'1'.repeat(5_000)}-01-2025`, '24.12.1950 kl. 10', new Date(Number.NaN), new Date(Date.UTC(275760, 8, 12)), -1, 1e21, true,
];
const NAME = 'Inge Hansen';
const CPR = '0101501234';

describe('hostile dates through the bundle: nothing logged', () => {
  let w: SidebarWorld;
  beforeAll(() => {
    w = sidebarWorld();
  });
  beforeEach(() => {
    w.rt.logs.length = 0;
  });

  it.each(HOSTILE_DATES.map((v) => [String(v).slice(0, 30), v]))('sheet functions with %s: single value and range', (_label, value) => {
    const births = [[cph.toDate(dayFromYmd(1945, 5, 10))], [value], [CPR], [NAME]];
    for (const fn of ['FHB_PLAN', 'FHB_OFFER', 'FHB_REASON', 'FHB_AGE', 'FHB_TURNS']) {
      w.bundle.callCustomFunction(fn, births, '', value);
      try {
        w.bundle.callCustomFunction(fn, value, '', '01-03-2025', value, value);
      } catch {
        // a bad single value throws its Danish message onto the cell: not a log
      }
    }
    try {
      w.bundle.callCustomFunction('FHB_BIRTHDATE', value);
    } catch {
      // as above
    }
    w.bundle.callCustomFunction('FHB_STATUS', [['ALDER_80']], [[value]], [[value]], [[value]], [[value]], [[value]], [[value]], '01-03-2025', [[value]], [[value]]);
    expect(w.rt.logs).toEqual([]);
  });

  it('the sidebar, the merge preview, the daily update and the call list with hostile dates in the sheet', () => {
    const sheet = w.rt.sheet('Borgere');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as unknown[];
    const column = (h: string) => headers.indexOf(h) + 1;
    HOSTILE_DATES.slice(0, 12).forEach((value, i) => {
      const row = 7 + i;
      sheet.getRange(row, column('Navn')).setValue(`${NAME} ${i}` as never);
      sheet.getRange(row, column('Fødselsdato')).setValue(value as never);
      sheet.getRange(row, column('Ægtefælle død')).setValue(value as never);
      sheet.getRange(row, column('Besøg')).setValue(value as never);
      sheet.getRange(row, column('Inviteret')).setValue(value as never);
    });
    for (let row = 2; row < 7 + 12; row++) {
      try {
        w.bundle.googleScriptRun('fhbSelectedCitizen', { row });
      } catch {
        // refused in Danish to the sidebar: not a log
      }
    }
    for (const call of [
      () => w.bundle.googleScriptRun('fhbMergePreview', { scope: { kind: 'due' } }),
      () => w.bundle.run('fhbDailyUpdate', {}),
      () => w.bundle.run('fhbCallList'),
      () => w.bundle.run('fhbYearReport'),
    ]) {
      try {
        call();
      } catch {
        // an error shown to the user, not a log
      }
    }
    expect(w.rt.logs).toEqual([]);
  });

  it('the runtime records what the bundle logs (so the checks above can fail)', () => {
    const context = w.bundle.context as { console: Console; Logger: GoogleAppsScript.Base.Logger };
    context.console.warn(`Ugyldig dato: ${NAME}`);
    context.Logger.log(CPR);
    expect(w.rt.logs.map((l) => l.message)).toEqual([`Ugyldig dato: ${NAME}`, CPR]);
  });
});
