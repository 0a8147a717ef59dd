import type { Runtime } from '../../runtime';
import { column, COMPACT_TEMPLATE, driveToEnd, exactlyOnceViolations, mergeWorld, nameOf, useTemplate } from './fixture';

/**
 * Issue 17: the Docs API's write quota (60 batchUpdate calls a minute per user, 600 per project; Google
 * answers 429 over it). One Doc per citizen writes once a letter, faster than the quota allows: the merge keeps
 * to it, backs off when Google refuses a write anyway, and hands over to the next batch when the quota stays
 * spent, and every letter is still made once, marked once and logged once.
 */

const N = 150;
const BATCH_UPDATE = 'Docs.Documents.batchUpdate';

function world() {
  const w = mergeWorld(N, { templates: false });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  w.rt.calls.reset();
  return { w, templates, names: Array.from({ length: N }, (_, i) => nameOf(i + 1)) };
}

/** Historik's merge events per citizen key: each due citizen must have exactly one "Inviteret" and one "Brev lavet". */
function historyTwice(rt: Runtime): string[] {
  const sheet = rt.spreadsheet.findSheet('Historik');
  const rows = sheet ? sheet.valuesOf(`A2:J${Math.max(sheet.getLastRow(), 2)}`).filter((r) => r[0] !== '') : [];
  const count = new Map<string, number>();
  for (const r of rows) count.set(`${r[2]}|${r[6]}`, (count.get(`${r[2]}|${r[6]}`) ?? 0) + 1);
  const keys = new Set(rows.map((r) => String(r[2])));
  const problems = [...count].filter(([, n]) => n !== 1).map(([k, n]) => `${k}: ${n} times`);
  if (keys.size !== N) problems.push(`${keys.size} citizens in Historik, not ${N}`);
  for (const k of keys) for (const kind of ['Inviteret', 'Brev lavet']) if (!count.has(`${k}|${kind}`)) problems.push(`${k}: no ${kind}`);
  return problems;
}

/**
 * Another script of the same user that writes without pause for five minutes, from the merge's write
 * number `after` + 1 on: the quota stays spent for longer than a batch can wait.
 */
function spentForMinutes(rt: Runtime, after: number): void {
  let until = 0;
  const burst = () => {
    if (!until) until = rt.clock.nowMs() + 5 * 60_000;
    if (rt.clock.nowMs() >= until) return;
    rt.docsQuota.use(60, rt.user);
    rt.meanwhile(BATCH_UPDATE, burst);
  };
  rt.meanwhile(BATCH_UPDATE, burst, after);
}

/** Docs the run made that hold no letter and are not in the bin (a letter's Doc left empty by a pause). */
const emptyDocs = (rt: Runtime, templates: Set<string>) =>
  [...rt.documents.docs.keys()].filter((id) => !templates.has(id) && !rt.drive.files.get(id)?.trashed && !rt.documents.bodyText(id).includes('Brevnr.'));

/** The most writes of one user in any minute, from the order of the calls and the clock (checked by the runtime too). */
function writeTimes(rt: Runtime): number[] {
  const times: number[] = [];
  const original = rt.kernel.call.bind(rt.kernel);
  rt.kernel.call = (name, opts) => {
    original(name, opts);
    if (name === BATCH_UPDATE) times.push(rt.clock.nowMs());
  };
  return times;
}

test('one Doc per citizen keeps to 60 writes a minute by itself: no write refused, every letter made and marked once', () => {
  const { w, templates, names } = world();
  const times = writeTimes(w.rt);
  const end = driveToEnd(w, { scope: 'due', mode: 'perCitizen' });
  expect(end).toMatchObject({ done: N, finished: true });
  expect(exactlyOnceViolations(w, names, templates)).toEqual([]);
  expect(historyTwice(w.rt)).toEqual([]);
  expect(times).toHaveLength(N);
  // It ran at the quota: without waiting, 150 letters take well under three minutes of writes.
  expect(w.rt.kernel.sleptMs).toBeGreaterThan(0);
  const busiest = Math.max(...times.map((t) => times.filter((u) => u > t - 60_000 && u <= t).length));
  expect(busiest).toBe(60);
  expect(w.rt.docsQuota.refusedTotal).toBe(0);
});

test('writes of another script of the same user fill the minute: the merge backs off, retries, and makes nothing twice', () => {
  const { w, templates, names } = world();
  // Sixty writes just before the merge's first one, and the project's 600 nearly spent by other users later on.
  w.rt.meanwhile(BATCH_UPDATE, () => w.rt.docsQuota.use(60, w.rt.user));
  w.rt.meanwhile(BATCH_UPDATE, () => w.rt.docsQuota.use(599), 80);
  // The first batch waits the refusals out itself (it neither fails nor stops): about a minute of backoff.
  const first = w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due', mode: 'perCitizen' }) as { done: number };
  expect(first.done).toBeGreaterThan(80);
  expect(w.rt.kernel.sleptMs).toBeGreaterThanOrEqual(60_000);
  const end = driveToEnd(w, { scope: 'due', mode: 'perCitizen' });
  expect(end).toMatchObject({ done: N, finished: true });
  expect(w.rt.docsQuota.refused.get(w.rt.user)).toBeGreaterThanOrEqual(5);
  expect(exactlyOnceViolations(w, names, templates)).toEqual([]);
  expect(historyTwice(w.rt)).toEqual([]);
  // A refused batch applies nothing: each letter's Doc got exactly one batch that went through.
  expect(w.rt.calls.count(BATCH_UPDATE) - w.rt.docsQuota.refusedTotal).toBe(N);
  expect(emptyDocs(w.rt, templates)).toEqual([]);
});

test('a quota spent for minutes: the batch hands over to the next one, which finds the Doc left empty and makes the letter once', () => {
  const { w, templates, names } = world();
  // Another script of the same user writes without pause for five minutes, from the merge's 40th write on.
  spentForMinutes(w.rt, 40);
  const progress: string[] = [];
  const end = (() => {
    const first = w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due', mode: 'perCitizen' }) as { done: number; message: string };
    progress.push(first.message);
    expect(first.done).toBeGreaterThanOrEqual(40);
    expect(first.done).toBeLessThan(N);
    return driveToEnd(w, { scope: 'due', mode: 'perCitizen' });
  })();
  expect(progress[0]).toMatch(/Google tager kun imod et vist antal ændringer i dokumenter i minuttet, så fletningen holder en kort pause og fortsætter af sig selv/);
  expect(end).toMatchObject({ done: N, finished: true });
  expect(exactlyOnceViolations(w, names, templates)).toEqual([]);
  expect(historyTwice(w.rt)).toEqual([]);
  expect(emptyDocs(w.rt, templates)).toEqual([]);
  // The paused letter's Doc was made before its write was refused: the next batch put it in the bin.
  const trashed = [...w.rt.drive.files.values()].filter((f) => f.trashed && f.name.includes('Brevnr.'));
  expect(trashed.length).toBeGreaterThanOrEqual(1);
});

test('the combined document: a pause drops the marks of the letters not yet sent, and the next batch sends and marks them once', () => {
  const { w, templates, names } = world();
  // The quota is spent from the merge's first write on, for longer than a batch can wait.
  spentForMinutes(w.rt, 0);
  const first = w.bundle.googleScriptRun('fhbMergeStart', { scope: 'due' }) as { done: number; finished: boolean; message: string };
  expect(first).toMatchObject({ done: 0, finished: false });
  expect(first.message).toMatch(/holder en kort pause/);
  expect(column(w.rt, 'Inviteret').filter((v) => v instanceof Date)).toHaveLength(0);
  const end = driveToEnd(w, { scope: 'due' });
  expect(end).toMatchObject({ done: N, finished: true });
  expect(exactlyOnceViolations(w, names, templates)).toEqual([]);
  expect(historyTwice(w.rt)).toEqual([]);
});
