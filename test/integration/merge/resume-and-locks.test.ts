import { COMPACT_TEMPLATE, driveToEnd, dueCitizens, exactlyOnceViolations, lettersIn, mergeWorld, MergeWorld, nameOf, Progress, useTemplate, column } from './fixture';

/** Time-boxed batches, the resume trigger, and two consultants at once. */

const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const names = (n: number) => Array.from({ length: n }, (_, i) => nameOf(i + 1));

function slowWorld(n: number, msPerServiceCall: number) {
  // DocumentApp's path: its runs span several executions (see documentAppBundle).
  const w = mergeWorld(n, { templates: false, msPerServiceCall, documentApp: true });
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
    expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow('En kollega arbejder i arket lige nu. Vent et øjeblik, og prøv igen. Intet er ændret.');
    expect(w.rt.documents.docs.size).toBe(docs);
    expect(column(w.rt, 'Brev').every((v) => v === '')).toBe(true);
    expect(w.rt.properties.document.has('fhb.merge.run')).toBe(false);
  });

  test('the resume trigger while a colleague holds the lock: no failed execution (it would mail the owner), the next minute carries on', () => {
    const { w, templates } = slowWorld(60, 400);
    const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
    expect(first.finished).toBe(false);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk');
    w.rt.clock.advance(60_000);
    expect(() => w.rt.triggers.fire('fhbMergeResume')).not.toThrow();
    expect(call<Progress>(w, 'fhbMergeStatus')).toMatchObject({ done: first.done, finished: false });
    expect(w.rt.triggers.list.filter((t) => t.handler === 'fhbMergeResume')).toHaveLength(1);
    w.rt.locks.releaseHeld();
    w.rt.triggers.runUntil(new Date(w.rt.clock.nowMs() + 30 * 60_000));
    expect(call<Progress>(w, 'fhbMergeStatus')).toMatchObject({ done: 60, finished: true });
    expect(exactlyOnceViolations(w, names(60), templates)).toEqual([]);
  });

  test('a click waits briefly for a lock the other lets go of', () => {
    const { w, templates } = slowWorld(3, 50);
    w.rt.locks.holdDocumentLock('konsulent2@kommune.dk', { releaseAfterMs: 3000 });
    expect(call<Progress>(w, 'fhbMergeStart', { scope: 'due' })).toMatchObject({ done: 3, finished: true });
    expect(exactlyOnceViolations(w, names(3), templates)).toEqual([]);
  });

  test('a second start while a run is going is refused; continuing it shares the run, never doubling a letter', () => {
    const { w, templates } = slowWorld(40, 400);
    // The templates are A's; A's «Opret standardskabeloner» shares them with the sheet's editors (see team.test.ts).
    for (const id of templates) w.rt.drive.share(id, 'konsulent2@kommune.dk', 'writer');
    w.rt.spreadsheet.editors.push('konsulent2@kommune.dk'); // B edits the sheet when A's run makes its document
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

test('a sheet sorted between two batches: the Digital Post list names the citizen of each letter and the row it is on', () => {
  const { w } = slowWorld(40, 400);
  const first = call<Progress>(w, 'fhbMergeStart', { scope: 'due', pdf: true });
  expect(first.finished).toBe(false);
  const sheet = w.rt.sheet('Borgere');
  const range = sheet.getRange(2, 1, 40, sheet.getLastColumn());
  range.setValues([...(range.getValues() as unknown[][])].reverse() as never);
  const end = driveToEnd(w);
  const docId = /\/d\/([^/]+)/.exec(end.documents[0].url)![1];
  const nameByRef = new Map(lettersIn(w.rt.documents.bodyText(docId)).map((l) => [l.ref, /Kære (.+)/.exec(l.text)![1]]));
  const csvFile = [...w.rt.drive.files.values()].find((f) => w.rt.drive.nameOf(f).endsWith('.csv'))!;
  const lines = csvFile.data!.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(';'));
  expect(lines).toHaveLength(40);
  const names = column(w.rt, 'Navn');
  for (const [ref, row, name] of lines) {
    expect([ref, name]).toEqual([ref, nameByRef.get(ref)]);
    expect([ref, names[Number(row) - 2]]).toEqual([ref, name]);
  }
});

test('namesakes born the same day, without CPR numbers, and a sort between batches: no letter is guessed onto the other', () => {
  const citizens = dueCitizens(40);
  for (const i of [38, 39]) Object.assign(citizens[i], { Navn: 'Jens Jensen', 'Fødselsdato': citizens[38]['Fødselsdato'] });
  const w = mergeWorld(0, { citizens, templates: false, msPerServiceCall: 400, documentApp: true });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  expect(call<Progress>(w, 'fhbMergeStart', { scope: 'due' }).finished).toBe(false);
  const sheet = w.rt.sheet('Borgere');
  const range = sheet.getRange(2, 1, 40, sheet.getLastColumn());
  range.setValues([...(range.getValues() as unknown[][])].reverse() as never);
  const end = driveToEnd(w);
  const letters = lettersIn(w.rt.documents.bodyText(/\/d\/([^/]+)/.exec(end.documents[0].url)![1]));
  const addresses = column(w.rt, 'Adresse') as string[];
  const invited = column(w.rt, 'Inviteret');
  addresses.forEach((address, i) => {
    const withIt = letters.filter((l) => l.text.includes(`${address}, 9999`)).length;
    expect([address, withIt]).toEqual([address, invited[i] instanceof Date ? 1 : 0]);
  });
});
