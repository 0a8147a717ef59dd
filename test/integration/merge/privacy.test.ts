import { column, dueCitizens, mergeWorld, MergeWorld, Progress } from './fixture';

/** Issue 15: what the merge leaves in Drive carries no citizen's name in a file name, and its list no formula. */

const call = <T>(w: MergeWorld, name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
const HOSTILE = ['+Carl Hansen', '-Dorte Dal', '@Erik Eg', '\tFrida Fyr'];

test('one Doc per citizen with PDFs: no name in any file name, no cell of the Digital Post list starts a formula', () => {
  // Typed as a consultant must type them in Sheets (a leading apostrophe keeps "+…" text; set-up's plain-text
  // columns do the same): the cells hold the hostile text itself.
  const asText = (v: string) => `'${v}`;
  const citizens = dueCitizens(4).map((c, i) => ({ ...c, Navn: asText(HOSTILE[i]), Adresse: i === 0 ? asText('+45 Vej 1') : c.Adresse }));
  const w = mergeWorld(0, { citizens });
  const p = call<Progress>(w, 'fhbMergeStart', { scope: 'due', mode: 'perCitizen', pdf: true });
  expect(p).toMatchObject({ done: 4, finished: true });
  const files = [...w.rt.drive.files.values()].map((f) => ({ name: w.rt.drive.nameOf(f), f }));
  const names = column(w.rt, 'Navn') as string[];
  for (const x of files) for (const n of names) expect([x.name, x.name.includes(n.trim().split(' ')[1])]).toEqual([x.name, false]);
  const csv = files.find((x) => x.name.endsWith('.csv'))!.f.data!.toString('utf8').replace(/^\uFEFF/, '');
  const cells = csv.trim().split('\r\n').flatMap((l) => l.split(';')).map((c) => c.replace(/^"|"$/g, ''));
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  expect(csv).toContain("'+Carl Hansen");
  expect(csv).toContain("'+45 Vej 1");
});
