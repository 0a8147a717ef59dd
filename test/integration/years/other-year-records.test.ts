/**
 * Issue 22 item 1 on the built bundle: a visit, an announced visit, a meeting or an attendance of another
 * planning year never reaches a letter, the merge's preview, the scheduler or the sidebar as this year's.
 * The world is the merge's (Glostrup 2025, 4 March 2025); each row carries last year's record in the cell a
 * sheet not yet closed (or an offline file) still holds.
 */
import { Settings } from '../../../src/core/settings/schema';
import { Progress, SETTINGS, column, date, lettersIn, mergeWorld, writeSettings } from '../merge/fixture';

interface Preview { total: number; countsByTemplate: { template: string; count: number }[]; problems: { row: number; field: string }[]; firstLetter?: { title: string; paragraphs: string[] } }
interface CitizenView { name: string; visit?: { when: string }; meeting?: { current?: { name: string }; attendance?: string; canMove: boolean } }

const address = (i: number) => ({ Adresse: `Prøvevej ${i}`, Postnr: '9999', By: 'Prøveby', CPR: '' });

/** 2024's information meeting is still listed in Indstillinger beside 2025's. */
const MEETING_2024 = { ...SETTINGS.meetings[0], name: 'Informationsmøde april 2024', day: '2024-04-09' };

function world(citizens: Record<string, unknown>[]) {
  const w = mergeWorld(0, { citizens });
  writeSettings(w.rt, Settings.parse({ ...SETTINGS, meetings: [...SETTINGS.meetings, MEETING_2024] }));
  return w;
}

const call = <T>(w: ReturnType<typeof world>, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;

function lettersMade(w: ReturnType<typeof world>): string[] {
  let p = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  for (let k = 0; !p.finished && k < 20; k++) p = call<Progress>(w, 'fhbMergeContinue', p.runId);
  expect(p.finished).toBe(true);
  const id = /\/d\/([^/]+)/.exec(p.documents[0].url)![1];
  return lettersIn(w.rt.documents.bodyText(id)).map((l) => l.text);
}

describe("last year's records in this year's letters (issue 22 item 1)", () => {
  test("an 82+ letter never tells last year's visit as the visit to come", () => {
    // Glostrup 82+ (G: "tilbud om besøg mindst én gang om året"): due again in 2025; Besøg still holds 2024's.
    const w = world([{ Navn: 'Borger Alfa', 'Fødselsdato': date(1938, 6, 12), ...address(1), Besøg: '12-02-2024 10:00', Konsulent: 'Bo Berg' }]);
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    expect(preview.total).toBe(1);
    const shown = preview.firstLetter!.paragraphs.join('\n');
    expect(shown).not.toMatch(/2024/);
    expect(shown).not.toMatch(/kommer på besøg hos dig/);
    const [letter] = lettersMade(w);
    expect(letter).toContain('Kære Borger Alfa');
    expect(letter).not.toMatch(/12\. februar 2024|2024/);
    // The letter asks the citizen to book, as an 82+ letter without a visit does.
    expect(letter).toMatch(/Har du lyst til .*, så ring eller skriv til os\. Så aftaler vi en tid/);
  });

  test("a fixed-time letter without this year's visit is listed as a gap, never sent with last year's time", () => {
    // Glostrup 80 (G: "brev med fast dato og tid"): the scheduler has not booked 2025's visit yet.
    const w = world([
      { Navn: 'Borger Beta', 'Fødselsdato': date(1945, 5, 10), ...address(2), Besøg: '11-03-2024 09:30', Konsulent: 'Bo Berg' },
    ]);
    const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
    expect(JSON.stringify(preview)).not.toMatch(/2024/);
    expect(preview.problems.map((p) => p.row)).toEqual([2]);
    expect(preview.problems[0].field).toMatch(/Besøg/);
  });

  test("a row naming last year's meeting is seated at this year's, and its letter names this year's", () => {
    // Glostrup 75 (G173-192: informationsmøde); Arrangement and Deltog still hold 2024's meeting.
    const w = world([
      { Navn: 'Borger Gamma', 'Fødselsdato': date(1950, 2, 10), ...address(3), Arrangement: 'Informationsmøde april 2024' },
    ]);
    const shown = call<Preview>(w, 'fhbMergePreview', { scope: 'due' }).firstLetter!.paragraphs.join('\n');
    expect(shown).toMatch(/8\. april 2025/);
    expect(shown).not.toMatch(/2024/);
    const [letter] = lettersMade(w);
    expect(letter).toMatch(/8\. april 2025/);
    expect(letter).not.toMatch(/2024/);
    expect(column(w.rt, 'Arrangement')).toEqual(['Informationsmøde april']);
  });
});

describe("last year's visit in the sidebar and the scheduler (issue 22 item 1)", () => {
  test("the sidebar shows no booked visit to move for last year's visit; this year's is shown", () => {
    const w = world([
      { Navn: 'Borger Delta', 'Fødselsdato': date(1938, 6, 12), ...address(4), Besøg: '12-02-2024 10:00', Konsulent: 'Bo Berg' },
      { Navn: 'Borger Epsilon', 'Fødselsdato': date(1938, 7, 12), ...address(5), Besøg: '12-05-2025 10:00', Konsulent: 'Bo Berg' },
    ]);
    expect(call<{ citizen: CitizenView }>(w, 'fhbSelectedCitizen', { row: 2 }).citizen.visit).toBeUndefined();
    expect(call<{ citizen: CitizenView }>(w, 'fhbSelectedCitizen', { row: 3 }).citizen.visit?.when).toMatch(/12\. maj 2025/);
  });

  test("Flyt besøg refuses last year's visit and changes nothing", () => {
    const w = world([{ Navn: 'Borger Zeta', 'Fødselsdato': date(1945, 5, 10), ...address(6), Besøg: '11-03-2024 09:30', Konsulent: 'Bo Berg' }]);
    const { citizen } = call<{ citizen: CitizenView & { row: number; key: string } }>(w, 'fhbSelectedCitizen', { row: 2 });
    expect(() => call(w, 'fhbMoveVisit', { row: citizen.row, key: citizen.key })).toThrow(/ikke/);
    expect(column(w.rt, 'Besøg')).toEqual(['11-03-2024 09:30']);
  });
});
