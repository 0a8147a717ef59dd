import { COMPACT_TEMPLATE, column, driveToEnd, exactlyOnceViolations, lettersIn, mergeWorld, MergeWorld, nameOf, Progress, useTemplate } from './fixture';

/**
 * Issue 15: a consultant sorts, inserts or deletes rows WHILE a batch runs (between the batch's reading of
 * the sheet and its writing of the marks). Every mark must go to the citizen whose letter it is.
 */

const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const names = (n: number) => Array.from({ length: n }, (_, i) => nameOf(i + 1));

function world(n: number) {
  const w = mergeWorld(n, { templates: false });
  useTemplate(w.rt, COMPACT_TEMPLATE);
  const templates = new Set(Object.values(JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!)) as string[]);
  return { w, templates };
}

/** Reverses the data rows, as a consultant sorting Z-A would. */
function reverseRows(w: MergeWorld, n: number): void {
  const sheet = w.rt.sheet('Borgere');
  const range = sheet.getRange(2, 1, n, sheet.getLastColumn());
  range.setValues([...(range.getValues() as unknown[][])].reverse() as never);
}

/** Name on each row (row 2 first) and the letter its Brev cell links to, read from the Doc behind the link. */
function linkedLetters(w: MergeWorld): { name: unknown; linked: string[] }[] {
  const links = column(w.rt, 'Brev') as string[];
  return (column(w.rt, 'Navn') as unknown[]).map((name, i) => {
    const id = /\/d\/([^/]+)/.exec(links[i] ?? '')?.[1];
    const text = id ? w.rt.documents.bodyText(id) : '';
    return { name, linked: lettersIn(text).flatMap((l) => [...l.text.matchAll(/Kære (.+)/g)].map((m) => m[1])) };
  });
}

test('one Doc per citizen: a sort while the first letter is made; each row links its own letter', () => {
  const { w, templates } = world(12);
  // The batch has read the sheet; the sort comes as Drive makes the first file (the folder or the first letter).
  w.rt.meanwhile('Drive.Files.create', () => reverseRows(w, 12));
  const end = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' });
  expect(end).toMatchObject({ done: 12, finished: true });
  expect(exactlyOnceViolations(w, names(12).reverse(), templates)).toEqual([]);
  for (const { name, linked } of linkedLetters(w)) expect([name, linked]).toEqual([name, [name]]);
});

test('one combined document: a sort in the middle of the third letter; every mark on its own citizen', () => {
  const { w, templates } = world(12);
  w.rt.meanwhile(/^Body\.append/, () => reverseRows(w, 12), 9);
  const end = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(end).toMatchObject({ done: 12, finished: true });
  expect(exactlyOnceViolations(w, names(12).reverse(), templates)).toEqual([]);
});

test('rows inserted above the citizens mid-batch: marks follow the citizens down, the new rows stay empty', () => {
  const { w, templates } = world(12);
  w.rt.meanwhile('Drive.Files.create', () => w.rt.sheet('Borgere').insertRowsBefore(2, 3));
  const end = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' });
  expect(end).toMatchObject({ done: 12, finished: true });
  const navn = column(w.rt, 'Navn');
  expect(navn.slice(0, 3)).toEqual(['', '', '']);
  expect(column(w.rt, 'Brev').slice(0, 3)).toEqual(['', '', '']);
  expect(column(w.rt, 'Inviteret').slice(0, 3)).toEqual(['', '', '']);
  for (const { name, linked } of linkedLetters(w).slice(3)) expect([name, linked]).toEqual([name, [name]]);
  expect(templates.size).toBeGreaterThan(0);
});

test('a row deleted mid-batch above the next citizens: the rest are still marked on their own rows', () => {
  const { w } = world(12);
  // The sort-free case of a shift: row 2 (Borger 001, whose letter is being made) is deleted.
  w.rt.meanwhile('Drive.Files.create', () => w.rt.sheet('Borgere').deleteRow(2));
  const end = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' });
  // Borger 001's letter exists but its row is gone: the run stops and says so, naming the row.
  expect(end.finished).toBe(true);
  expect(end.message).toContain('række 2');
  expect(end.message).toContain('ikke noteret');
  const rows = linkedLetters(w);
  expect(rows.map((r) => r.name)).not.toContain(nameOf(1));
  // No row carries somebody else's letter, and no row is marked without its letter.
  const invited = column(w.rt, 'Inviteret');
  rows.forEach(({ name, linked }, i) => {
    expect([name, linked.filter((l) => l !== name)]).toEqual([name, []]);
    expect([name, invited[i] instanceof Date]).toEqual([name, linked.length === 1]);
  });
});

test('a sort between the last letter and the Digital Post list: the list still names each letter\'s citizen', () => {
  const { w } = world(6);
  w.rt.meanwhile('Lock.tryLock', () => reverseRows(w, 6), 6);
  const end = driveToEnd(w, { scope: 'due', pdf: true });
  expect(end.finished).toBe(true);
  const csvFile = [...w.rt.drive.files.values()].find((f) => w.rt.drive.nameOf(f).endsWith('.csv'))!;
  const lines = csvFile.data!.toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(';'));
  const navn = column(w.rt, 'Navn');
  for (const [ref, row, name] of lines) expect([ref, navn[Number(row) - 2]]).toEqual([ref, name]);
  expect(lines).toHaveLength(6);
});
