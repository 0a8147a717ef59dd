import { column, lettersIn, mergeWorld, MergeWorld, SETTINGS, writeSettings } from './fixture';

/**
 * Meetings (arrangementer) on the built bundle: Glostrup invites its 70-year-olds living alone and its
 * 75-year-olds to an information meeting by a personal letter (G173-192). The merge seats each of them
 * at a meeting, never over capacity, writes it in the row's Arrangement, and the letter names the date,
 * time and place; a meeting offer without a meeting is reported before anything is made.
 */

interface Preview { total: number; problems: { row: number; field: string }[] }
interface Progress { done: number; total: number; finished: boolean; message: string; documents: { url: string; title: string }[] }
const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const docId = (url: string) => /\/d\/([^/]+)/.exec(url)![1];

const meetings = [
  { name: 'Nord april', day: '2025-04-08', startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1', capacity: 3, offers: ['ALENE_70', 'ALDER_75'], postcodes: ['9999'] },
  { name: 'Alle maj', day: '2025-05-13', startMinute: 840, place: 'Biblioteket', address: 'Bogvej 2', capacity: 4, offers: ['ALENE_70', 'ALDER_75'], postcodes: [] },
];

/** 12 citizens: 8 of them take a meeting offer (rows 2, 3, 5, 6, 8, 9, 11, 12). */
function world(capacity?: number[]): MergeWorld {
  const w = mergeWorld(12);
  writeSettings(w.rt, { ...SETTINGS, meetings: meetings.map((m, i) => ({ ...m, capacity: capacity?.[i] ?? m.capacity })) });
  return w;
}

const MEETING_ROWS = [2, 3, 5, 6, 8, 9, 11, 12];

test('a meeting offer with no meeting left for it is reported in the preview, and its row gets no letter, no seat, no mark', () => {
  const w = world([3, 4]);
  const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
  // 8 meeting citizens, 7 seats: the last in sheet order is told why.
  expect(preview.problems).toEqual([{ row: 12, field: expect.stringMatching(/^Arrangement: alle arrangementer for ALENE_70 er fulde/) }]);
  // Issue 22: the 11 other letters are made; row 12 is skipped and left as it was.
  const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(p).toMatchObject({ done: 11, total: 11, finished: true });
  expect(p.message).toMatch(/1 række blev sprunget over.*\n• række 12: Arrangement: alle arrangementer for ALENE_70 er fulde/s);
  expect(column(w.rt, 'Arrangement')[10]).toBe('');
  expect(column(w.rt, 'Inviteret')[10]).toBe('');
  expect(column(w.rt, 'Inviteret').filter((v) => v !== '')).toHaveLength(11);
});

test('no meeting defined at all: each meeting citizen is reported, none is sent without a time and place', () => {
  const w = mergeWorld(6);
  writeSettings(w.rt, { ...SETTINGS, meetings: [] });
  const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
  expect(preview.problems.map((p) => p.row)).toEqual([2, 3, 5, 6]);
  expect(preview.problems.every((p) => /intet kommende arrangement er oprettet/.test(p.field))).toBe(true);
});

test('seats everyone within capacity, records it on the row, names it in the letter; a re-run keeps it', () => {
  const w = world([3, 5]);
  const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(p).toMatchObject({ done: 12, total: 12, finished: true });
  const seats = column(w.rt, 'Arrangement');
  const taken = (name: string) => seats.filter((s) => s === name).length;
  expect(taken('Nord april')).toBe(3);
  expect(taken('Alle maj')).toBe(5);
  MEETING_ROWS.forEach((row) => expect(seats[row - 2]).not.toBe(''));
  // Nearest first: everyone lives in 9999, so the first three go north, the rest to the meeting for all.
  expect(MEETING_ROWS.map((r) => seats[r - 2])).toEqual(['Nord april', 'Nord april', 'Nord april', 'Alle maj', 'Alle maj', 'Alle maj', 'Alle maj', 'Alle maj']);

  const letters = lettersIn(w.rt.documents.bodyText(docId(p.documents[0].url)));
  const north = letters.filter((l) => l.text.includes('Det foregår tirsdag den 8. april 2025 kl. 10.00-12.00 på Rådhuset, Rådhusvej 1.'));
  const all = letters.filter((l) => l.text.includes('Det foregår tirsdag den 13. maj 2025 kl. 14.00 på Biblioteket, Bogvej 2.'));
  expect([north.length, all.length]).toEqual([3, 5]);
  for (const l of letters) expect(l.text).not.toMatch(/\n\s*\n\s*\n/);

  // Un-invite everyone and merge again: the same seats (the rows name them).
  const sheet = w.rt.sheet('Borgere');
  const invitedCol = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Inviteret') + 1;
  sheet.getRange(2, invitedCol, 12, 1).clearContent();
  call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(column(w.rt, 'Arrangement')).toEqual(seats);
});

test.each([
  ['an ended citizen frees the seat: all eight are seated', 'død', []],
  ['a citizen still there keeps it: the last is told why', '', [12]],
])('a seat held by someone outside the run: %s', (_what, ended, reported) => {
  const w = world([3, 5]);
  const sheet = w.rt.sheet('Borgere');
  const width = sheet.getLastColumn();
  const at = (h: string) => (sheet.getRange(1, 1, 1, width).getValues()[0] as string[]).indexOf(h) + 1;
  sheet.getRange(1, width + 1).setValue('Ophørt');
  // Row 14: no offer this year (born 1990), seated at Nord april earlier, ended or not.
  sheet.getRange(14, at('Navn')).setValue('Borger Udenfor');
  sheet.getRange(14, at('Fødselsdato')).setValue(new Date(Date.UTC(1990, 0, 1)));
  sheet.getRange(14, at('Arrangement')).setValue('Nord april');
  sheet.getRange(14, width + 1).setValue(ended ? new Date(Date.UTC(2025, 1, 1)) : '');
  const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
  expect(preview.problems.map((p) => p.row)).toEqual(reported);
});
