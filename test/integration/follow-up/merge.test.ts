import { date, HEADERS, lettersIn, mergeWorld, type MergeWorld } from '../merge/fixture';

/**
 * Issue 24 item 5 on the built bundle: a follow-up whose day has come makes the merge write the follow-up
 * letter (template OPFOLGNING), once: the Inviteret it writes is the newer step, so a second merge finds
 * nobody. Glostrup 2025, 4 March 2025; synthetic citizens only.
 */
interface Progress { total: number; finished: boolean; documents: { url: string; title: string }[] }
interface Preview { total: number; countsByTemplate: { template: string; count: number }[]; firstLetter?: { title: string; paragraphs: string[] } }

const docId = (url: string) => /\/d\/([^/]+)/.exec(url)![1];
const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;

// An 82-year-old visited in February (this year's offer held), with a follow-up agreed for today.
const visited = {
  Navn: 'Else Opfølgesen', CPR: '', 'Fødselsdato': date(1938, 6, 12), Adresse: 'Prøvevej 1', Postnr: '9999', By: 'Prøveby',
  Inviteret: date(2025, 1, 10), Besøg: date(2025, 2, 3), Konsulent: 'Anne Andersen', Gennemført: date(2025, 2, 3),
};

function world(followUp: Date): MergeWorld {
  const w = mergeWorld(0, { citizens: [visited] });
  const sheet = w.rt.sheet('Borgere');
  sheet.getRange(1, HEADERS.length + 1).setValue('Opfølgning');
  sheet.getRange(2, HEADERS.length + 1).setValue(followUp);
  return w;
}

test('the follow-up letter is made once, on the follow-up day, and names no earlier visit', () => {
  const w = world(date(2025, 3, 4));
  const preview = call<Preview>(w, 'fhbMergePreview', { scope: 'due' });
  expect(preview.total).toBe(1);
  expect(preview.countsByTemplate.map((c) => c.count)).toEqual([1]);
  const text = preview.firstLetter!.paragraphs.join('\n');
  expect(text).toContain('Vi følger op på dit besøg');
  expect(text).not.toContain('3. februar');

  const run = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(run).toMatchObject({ total: 1, finished: true });
  const again = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(again).toMatchObject({ total: 0, finished: true });
});

test('before the follow-up day the visited citizen gets no letter', () => {
  const w = world(date(2025, 3, 5));
  expect(call<Preview>(w, 'fhbMergePreview', { scope: 'due' }).total).toBe(0);
});

test('the follow-up letter\'s notice names the profile\'s basis and the visit it follows, in one Danish sentence each', () => {
  // Glostrup's standard (seeds/000_…, line 94 "Lovgrundlag Lov om social service § 79a"; lines 12-13, the council
  // approves it; line 262 "og derefter efter faglig vurdering"): the follow-up is part of the preventive visit.
  const w = world(date(2025, 3, 4));
  const run = call<Progress>(w, 'fhbMergeStart', { scope: 'due' });
  expect(run).toMatchObject({ total: 1, finished: true });
  const [letter] = lettersIn(w.rt.documents.bodyText(docId(run.documents[0].url)));
  const paragraph = letter.text.split('\n').find((p) => p.startsWith('Vi må behandle oplysningerne'));
  expect(paragraph).toBe(
    'Vi må behandle oplysningerne, fordi det er en opgave, kommunen udfører som myndighed (databeskyttelsesforordningens artikel 6, stk. 1, litra e). ' +
      'Tilbuddet bygger på lov om social service § 79 a og Glostrup Kommunes kvalitetsstandard 2025, som kommunalbestyrelsen har vedtaget. ' +
      'Opfølgningen er en del af det forebyggende hjemmebesøg. Vi aftalte den ved besøget efter en faglig vurdering.',
  );
  expect(letter.text).not.toMatch(/\.[.,]|Aftalt ved besøget/);
});
