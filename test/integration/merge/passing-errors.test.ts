import { driveToEnd, dueCitizens, exactlyOnceViolations, mergeWorld, MergeWorld, nameOf, writeCitizens } from './fixture';

/**
 * A passing service error is not a missing file (src/gas/service-errors.ts). Google's own words for a file
 * that is gone or not shared («Requested entity was not found», «Document is missing …», «File not found»)
 * let the merge skip a template's rows, replace a template its maker deleted, or make a new folder; any other
 * error stops the call, changes nothing for good, and the next call does the work once.
 */

const PASSING = 'Internal error encountered.'; // Google's 500, as the Docs and Drive APIs word it
const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const templateIds = (w: MergeWorld) => JSON.parse(w.rt.properties.document.get('fhb.merge.templates')!) as Record<string, string>;
const names = (n: number) => Array.from({ length: n }, (_, i) => nameOf(i + 1));
const folderCount = (w: MergeWorld) => w.rt.drive.folders.size;

/** Fails the calls named until `clear` is called (the fault of a whole execution, not one call). */
function failing(w: MergeWorld, name: string | RegExp): { clear: () => void } {
  w.rt.faults.failWhen(name, undefined, PASSING);
  return { clear: () => w.rt.faults.clear() };
}

describe('reading a template', () => {
  test('a passing error stops the preview with no row listed as skipped; the next preview lists none', () => {
    const w = mergeWorld(6);
    const fault = failing(w, 'Docs.Documents.get');
    expect(() => call(w, 'fhbMergePreview', { scope: 'due' })).toThrow(PASSING);
    fault.clear();
    expect(call<{ problems: unknown[] }>(w, 'fhbMergePreview', { scope: 'due' }).problems).toEqual([]);
  });

  test('a passing error at the start makes no run; the next start makes every letter once', () => {
    const w = mergeWorld(6);
    const fault = failing(w, 'Docs.Documents.get');
    expect(() => call(w, 'fhbMergeStart', { scope: 'due' })).toThrow(PASSING);
    expect(call(w, 'fhbMergeStatus')).toBeNull();
    fault.clear();
    expect(driveToEnd(w)).toMatchObject({ done: 6, finished: true });
    expect(exactlyOnceViolations(w, names(6), new Set(Object.values(templateIds(w))))).toEqual([]);
  });

  test('a template that is not there is still reported once and its rows skipped (the words Google uses for it)', () => {
    const w = mergeWorld(6);
    w.rt.properties.document.set('fhb.merge.templates', JSON.stringify({ ...templateIds(w), ALDER_75: 'no-such-doc' }));
    const preview = call<{ problems: { row: number; field: string }[] }>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.problems).toEqual([{ row: 2, field: expect.stringMatching(/^Brevskabelon ALDER_75 kan ikke åbnes/) }]);
  });
});

describe('re-creating the templates', () => {
  test('a passing error opening a template replaces nothing: no new Doc, the same ids, the error said', () => {
    const w = mergeWorld(2);
    const before = templateIds(w);
    const docs = w.rt.documents.docs.size;
    const fault = failing(w, 'DocumentApp.openById');
    expect(() => w.bundle.run('fhbCreateTemplates')).toThrow(PASSING);
    fault.clear();
    expect(templateIds(w)).toEqual(before);
    expect(w.rt.documents.docs.size).toBe(docs);
  });

  test('a template its maker deleted is still made again (the case the catch is for)', () => {
    const w = mergeWorld(2);
    const before = templateIds(w);
    w.rt.documents.docs.delete(before.ALDER_75);
    w.bundle.run('fhbCreateTemplates');
    expect(templateIds(w).ALDER_75).not.toBe(before.ALDER_75);
    expect(w.rt.documents.docs.has(templateIds(w).ALDER_75)).toBe(true);
  });
});

describe('the output folder', () => {
  test('a passing error looking up the folder made last time starts no second folder', () => {
    const w = mergeWorld(4);
    expect(driveToEnd(w, { scope: 'due', mode: 'perCitizen' })).toMatchObject({ done: 4, finished: true });
    const folders = folderCount(w);
    // The next run (the rows due again, as next month's would be) while Drive fails to answer.
    writeCitizens(w.rt, dueCitizens(4));
    const fault = failing(w, 'Drive.Files.get');
    expect(() => call(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen' })).toThrow(PASSING);
    expect(w.rt.faults.injected).toContain('Drive.Files.get');
    fault.clear();
    expect(folderCount(w)).toBe(folders);
    expect(driveToEnd(w)).toMatchObject({ done: 4, finished: true });
    expect(folderCount(w)).toBe(folders);
  });
});
