import { COMPACT_TEMPLATE, driveToEnd, exactlyOnceViolations, mergeWorld, MergeWorld, nameOf, Progress, useTemplate, column } from './fixture';

/** Time-boxed batches, the resume trigger, and two consultants at once. */

const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const names = (n: number) => Array.from({ length: n }, (_, i) => nameOf(i + 1));

function slowWorld(n: number, msPerServiceCall: number) {
  const w = mergeWorld(n, { templates: false, msPerServiceCall });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  return { w, templates };
}

test('a long merge stops cleanly before the 6-minute limit and the trigger finishes it, then removes itself', () => {
  const { w, templates } = slowWorld(60, 400);
  const started = w.rt.clock.nowMs();
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  const used = w.rt.clock.nowMs() - started;
  expect(first.finished).toBe(false);
  expect(first.done).toBeGreaterThan(0);
  expect(first.done).toBeLessThan(60);
  expect(first.message).toBe(`${first.done} af 60 breve er lavet. Fletningen fortsætter …`);
  expect(used).toBeLessThan(6 * 60_000);
  expect(used).toBeGreaterThan(4 * 60_000);
  expect(w.rt.triggers.list.filter((t) => t.handler === 'fhbMergeResume')).toHaveLength(1);

  w.rt.triggers.runUntil(new Date(w.rt.clock.nowMs() + 30 * 60_000));
  const status = call<Progress>(w, 'fhbMergeStatus');
  expect(status).toMatchObject({ done: 60, total: 60, finished: true });
  expect(w.rt.triggers.list.filter((t) => t.handler === 'fhbMergeResume')).toHaveLength(0);
  expect(exactlyOnceViolations(w, names(60), templates)).toEqual([]);
});

describe('two consultants', () => {
  test('a click while another holds the document lock is refused in Danish, and nothing changes', () => {
    const { w } = slowWorld(3, 50);
    const docs = w.rt.documents.docs.size;
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow('En anden konsulent fletter breve eller gemmer i arket lige nu. Vent et øjeblik, og prøv igen.');
    expect(w.rt.documents.docs.size).toBe(docs);
    expect(column(w.rt, 'Brev').every((v) => v === '')).toBe(true);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });

  test('a click waits briefly for a lock the other lets go of', () => {
    const { w, templates } = slowWorld(3, 50);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk', { releaseAfterMs: 3000 });
    expect(call<Progress>(w, 'fhbMergeStart', { scope: 'due' })).toMatchObject({ done: 3, finished: true });
    expect(exactlyOnceViolations(w, names(3), templates)).toEqual([]);
  });

  test('a second start while a run is going is refused; continuing it shares the run, never doubling a letter', () => {
    const { w, templates } = slowWorld(40, 400);
    const a = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(a.finished).toBe(false);
    w.rt.setUser('konsulent2@kommune.dk');
    expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow(`En fletning er allerede i gang (${a.done} af 40 breve).`);

    // While A's execution works on the run (its lease), B's continue only reports progress.
    const state = JSON.parse(w.rt.properties.document.get('fhb.merge.run')!);
    w.rt.properties.document.set('fhb.merge.run', JSON.stringify({ ...state, leaseUntil: w.rt.clock.nowMs() + 60_000 }));
    const docCalls = w.rt.calls.count('DocumentApp.openById');
    expect(call<Progress>(w, 'fhbMergeContinue', a.runId)).toMatchObject({ done: a.done, finished: false });
    expect(w.rt.calls.count('DocumentApp.openById')).toBe(docCalls);

    w.rt.clock.advance(61_000);
    const b = driveToEnd(w);
    expect(b).toMatchObject({ runId: a.runId, done: 40, finished: true });
    expect(exactlyOnceViolations(w, names(40), templates)).toEqual([]);
  });
});

test('a sheet sorted between two batches: each letter still goes to its own citizen', () => {
  const { w, templates } = slowWorld(40, 400);
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(first.finished).toBe(false);
  // reverse the data rows, as a consultant sorting the sheet would
  const sheet = w.rt.sheet('Borgere');
  const range = sheet.getRange(2, 1, 40, sheet.getLastColumn());
  range.setValues([...(range.getValues() as unknown[][])].reverse() as never);
  driveToEnd(w);
  const reversed = names(40).reverse();
  expect(exactlyOnceViolations(w, reversed, templates)).toEqual([]);
});
