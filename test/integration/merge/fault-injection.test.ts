import { COMPACT_TEMPLATE, driveToEnd, exactlyOnceViolations, mergeWorld, MergeWorld, nameOf, useTemplate } from './fixture';

/**
 * Exactly once under failure: a merge is stopped at a service call (the Nth call fails, for every N a clean
 * run makes), then resumed as the sidebar resumes it; every time, every due row must have exactly one
 * letter, every letter exactly one row, every row one mark. The combined runs take the Docs API path (a
 * clean run of 50 letters makes about 100 calls since issue 17, so every call fits the suite's time again).
 */

function world(n: number, opts: { compact: boolean }): { w: MergeWorld; names: string[]; templates: Set<string> } {
  const w = mergeWorld(n, { templates: !opts.compact });
  if (opts.compact) useTemplate(w.rt, COMPACT_TEMPLATE);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  return { w, names: Array.from({ length: n }, (_, i) => nameOf(i + 1)), templates };
}

function callsOfCleanRun(n: number, start: Record<string, unknown>, compact: boolean): number {
  const { w, names, templates } = world(n, { compact });
  const before = w.rt.calls.total();
  driveToEnd(w, start);
  expect(exactlyOnceViolations(w, names, templates)).toEqual([]);
  return w.rt.calls.total() - before;
}

function everyCall(n: number, start: Record<string, unknown>, compact: boolean): void {
  const total = callsOfCleanRun(n, start, compact);
  expect(total).toBeGreaterThan(n); // a real run, with calls to stop at
  const failures: string[] = [];
  let injected = 0;
  for (let nth = 1; nth <= total; nth++) {
    const { w, names, templates } = world(n, { compact });
    w.rt.faults.failOnCall(nth);
    driveToEnd(w, start);
    injected += w.rt.faults.injected.length;
    const v = exactlyOnceViolations(w, names, templates);
    if (v.length) failures.push(`call ${nth} (${w.rt.faults.injected[0]}): ${v.slice(0, 3).join('; ')}`);
    if (failures.length >= 5) break;
  }
  expect(failures).toEqual([]);
  // every stop really happened: one injected failure per run
  expect(injected).toBe(total);
}

test('combined mode: 50 letters, stopped at each of its service calls in turn', () => {
  everyCall(50, { scope: 'due' }, true);
}, 600_000);

test('combined mode with the default letters (3 letters, three templates)', () => {
  everyCall(3, { scope: 'due' }, false);
}, 600_000);

test('one Doc per citizen with PDFs (6 letters)', () => {
  everyCall(6, { scope: 'due', mode: 'perCitizen', pdf: true }, true);
}, 600_000);
