import { COMPACT_TEMPLATE, driveToEnd, useTemplate, exactlyOnceViolations, mergeWorld, MergeWorld, nameOf, Progress } from './fixture';
import type { ParaNode } from '../../runtime/documents';

/**
 * A team of Google accounts on the ownership-aware runtime (issue 12): A sets the sheet up and makes the
 * templates; B, another editor of the spreadsheet, merges with them, continues or is told in Danish why
 * not, re-creates templates without orphaning A's; every file either makes is readable by both.
 */

const A = 'konsulent1@kommune.dk';
const B = 'konsulent2@kommune.dk';
const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const names = (n: number) => Array.from({ length: n }, (_, i) => nameOf(i + 1));

/** A's world with B already an editor of the spreadsheet when A makes the templates. */
function teamWorld(n: number) {
  const w = mergeWorld(n, { templates: false });
  w.rt.spreadsheet.editors.push(B);
  w.rt.setUser(A);
  w.bundle.run('fhbCreateTemplates');
  return w;
}

/** A slow world for stopped runs: short templates A owns and has shared with B (as A's re-create does). */
function slowTeamWorld(n: number) {
  // DocumentApp's path: its runs span several executions (see documentAppBundle).
  const w = mergeWorld(n, { templates: false, msPerServiceCall: 400, documentApp: true });
  w.rt.spreadsheet.editors.push(B);
  useTemplate(w.rt, COMPACT_TEMPLATE);
  for (const id of Object.values(templateIds(w))) w.rt.drive.share(id, B, 'writer');
  return w;
}

const templateIds = (w: MergeWorld) => JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!) as Record<string, string>;

/** Every Doc, folder and file the product made, with who cannot read it. */
function unreadable(w: MergeWorld, users: string[]): string[] {
  const out: string[] = [];
  const ids = [...w.rt.drive.files.keys(), ...w.rt.drive.folders.keys()].filter((id) => id !== w.rt.drive.rootId);
  for (const id of ids) {
    const e = w.rt.drive.entry(id)!;
    if ('trashed' in e && e.trashed) continue;
    for (const u of users) if (!w.rt.drive.canRead(u, id)) out.push(`${e.name}: not readable by ${u}`);
  }
  return out;
}

test('B merges with the templates A made; every file made is readable by both', () => {
  const w = teamWorld(6);
  w.rt.setUser(B);
  const combined = driveToEnd(w, { scope: 'due', mode: 'combined', pdf: true });
  expect(combined).toMatchObject({ done: 6, finished: true });
  expect(exactlyOnceViolations(w, names(6), new Set(Object.values(templateIds(w))))).toEqual([]);
  expect(unreadable(w, [A, B])).toEqual([]);
});

test('one Doc per citizen with PDFs made by B land in B\'s folder, shared with A', () => {
  const w = teamWorld(4);
  w.rt.setUser(B);
  const end = driveToEnd(w, { scope: 'due', mode: 'perCitizen', pdf: true });
  expect(end).toMatchObject({ done: 4, finished: true });
  const folder = [...w.rt.drive.folders.values()].find((f) => f.name === 'Forebyggende hjemmebesøg – breve')!;
  expect(folder.owner).toBe(B);
  expect(w.rt.drive.filesIn(folder.id).length).toBe(4 + 4 + 1); // letters, PDFs, the Digital Post list
  expect(unreadable(w, [A, B])).toEqual([]);
  // A's own merge later uses A's own folder, never B's (A's script may not add files to it under drive.file)
  w.rt.setUser(A);
  const rows = w.rt.sheet('Borgere');
  rows.getRange('L2:L5').clearContent();
  rows.getRange('R2:R5').clearContent();
  expect(call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen', pdf: false })).toMatchObject({ done: 4, finished: true });
  const folders = [...w.rt.drive.folders.values()].filter((f) => f.name === 'Forebyggende hjemmebesøg – breve');
  expect(folders.map((f) => f.owner).sort()).toEqual([A, B]);
  expect(unreadable(w, [A, B])).toEqual([]);
});

test("A's stopped merge of one Doc per citizen is refused to B in Danish, naming A; A's trigger finishes it", () => {
  const w = slowTeamWorld(40);
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' });
  expect(first.finished).toBe(false);
  w.rt.clock.advance(7 * 60_000); // A's lease is over: the run waits for someone
  w.rt.setUser(B);
  expect(() => call(w, 'fhbMergeContinue', first.runId)).toThrow(
    `Fletningen er startet af ${A} og er nået til ${first.done} af 40 breve. Den kan kun fortsættes fra ${A}s konto`,
  );
  // B's refusal changed nothing; A's resume trigger (running as A) carries the run to its end.
  w.rt.triggers.runUntil(new Date(w.rt.clock.nowMs() + 30 * 60_000));
  expect(call<Progress>(w, 'fhbMergeStatus')).toMatchObject({ done: 40, finished: true });
  expect(unreadable(w, [A, B])).toEqual([]);
});

test("A's stopped combined merge is continued by B to the end, every letter exactly once", () => {
  const w = slowTeamWorld(40);
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'combined', pdf: false });
  expect(first.finished).toBe(false);
  for (const t of [...w.rt.triggers.list]) w.rt.triggers.list.splice(w.rt.triggers.list.indexOf(t), 1); // A's trigger gone (A left)
  w.rt.clock.advance(7 * 60_000);
  w.rt.setUser(B);
  const end = driveToEnd(w, { scope: 'due', mode: 'combined', pdf: false });
  expect(end).toMatchObject({ runId: first.runId, done: 40, finished: true });
  expect(exactlyOnceViolations(w, names(40), new Set(Object.values(templateIds(w))))).toEqual([]);
  expect(unreadable(w, [A, B])).toEqual([]);
});

test("a colleague who joined after A's combined run began is told in Danish whose run it is", () => {
  const w = mergeWorld(40, { templates: false, msPerServiceCall: 400, documentApp: true });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'combined', pdf: false });
  expect(first.finished).toBe(false);
  w.rt.clock.advance(7 * 60_000);
  w.rt.setUser(B); // joins now: the combined document was shared with the editors there were
  expect(() => call(w, 'fhbMergeContinue', first.runId)).toThrow(
    `Fletningen er startet af ${A} og er nået til ${first.done} af 40 breve, men det samlede dokument er ikke delt med dig.`,
  );
});

test("B re-creating templates keeps A's, edits and all", () => {
  const w = teamWorld(2);
  const before = templateIds(w);
  const edited = before.ALDER_75;
  const first = w.rt.documents.docs.get(edited)!.live.body.children[0] as ParaNode;
  Object.assign(first, { text: 'Redigeret af A', runs: [{ len: 14, attrs: {} }] });
  w.rt.setUser(B);
  const message = w.bundle.run<string>('fhbCreateTemplates');
  expect(templateIds(w)).toEqual(before);
  expect(message).toContain('Beholdt (findes allerede)');
  expect(w.rt.documents.bodyText(edited)).toContain('Redigeret af A');
});

test("templates A made before B joined: B's re-create leaves them alone and names A; A's re-create shares them", () => {
  const w = mergeWorld(3, { templates: false });
  w.rt.setUser(A);
  w.bundle.run('fhbCreateTemplates'); // B is not an editor yet: nothing is shared with B
  const before = templateIds(w);
  w.rt.setUser(B); // B joins the team
  const message = w.bundle.run<string>('fhbCreateTemplates');
  expect(templateIds(w)).toEqual(before);
  expect(message).toContain(`blev lavet af ${A} og kan ikke åbnes med din konto, så den er ikke erstattet`);
  expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow('kan ikke åbnes');
  w.rt.setUser(A);
  w.bundle.run('fhbCreateTemplates'); // shares the kept templates with the editors there are now
  w.rt.setUser(B);
  expect(driveToEnd(w)).toMatchObject({ done: 3, finished: true });
  expect(templateIds(w)).toEqual(before);
});

test('a template A deleted is made again by A, never by B', () => {
  const w = teamWorld(2);
  const before = templateIds(w);
  w.rt.documents.docs.delete(before.ALDER_75);
  w.rt.drive.files.delete(before.ALDER_75);
  w.rt.setUser(B);
  expect(w.bundle.run<string>('fhbCreateTemplates')).toContain(`Brevskabelon ALDER_75 blev lavet af ${A}`);
  expect(templateIds(w).ALDER_75).toBe(before.ALDER_75);
  w.rt.setUser(A);
  expect(w.bundle.run<string>('fhbCreateTemplates')).toContain('Oprettet: ALDER_75.');
  expect(templateIds(w).ALDER_75).not.toBe(before.ALDER_75);
});
