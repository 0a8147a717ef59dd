import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinProfileIds, resolveProfile } from '../../../src/core/profiles/registry';
import { projectionDay } from '../../../src/core/projection/year';
import { tableFromCsv } from '../../../src/offline/input';
import { type PlanResult, planTable } from '../../../src/offline/plan-table';
import { runProjection } from '../../../src/offline/projection/run';
import { SAMPLE_AS_OF, sampleCsv } from '../../../scripts/generate-sample';
import { iso, tempDir } from '../offline/helpers';

/**
 * Issue 25's acceptance: the projection for a year and the planner's own plan for that year on the same
 * data agree exactly, for every built-in profile. The big sample (3,000 seeded citizens) with an Ophørt
 * column (ended before the year, during it, an undated mark) goes through `--fremskriv` (runProjection,
 * its CSV as written) and through the planner's planTable with the projection's reference date (what
 * `npm start -- FILE --dato` plans).
 */
const dir = tempDir('fhb-projection-');
const input = join(dir, 'borgere.csv');
const csv = sampleCsv(11, 3000).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
writeFileSync(input, `\uFEFF${csv.map((line, i) => `${line};${i === 0 ? 'Ophørt' : i % 37 === 0 ? '01-06-2025' : i % 53 === 0 ? '01-06-2027' : i % 101 === 0 ? 'x' : ''}`).join('\r\n')}\r\n`);
writeFileSync(join(dir, 'indstillinger.json'), JSON.stringify({ asOf: SAMPLE_AS_OF, consultants: [{ name: 'A' }, { name: 'B' }] }));

const table = tableFromCsv(readFileSync(input, 'utf8'));

/** The planner's plan of the year (planTable, what `npm start -- --dato` plans), run once per profile and year. */
const plans = new Map<string, PlanResult>();
function plannerPlan(profile: string, year: number): PlanResult {
  const key = `${profile}|${year}`;
  if (!plans.has(key)) plans.set(key, planTable(table, projectionDay(iso(SAMPLE_AS_OF), year), resolveProfile(profile)));
  return plans.get(key)!;
}

/** The planner's count of citizens per offer code (and UNDTAGET, INGEN), the ended ones left out. */
function plannerCounts(profile: string, year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of plannerPlan(profile, year).planned) {
    if (row.status === 'ended') continue;
    const codes = row.plan.offers.length ? row.plan.offers.map((o) => o.code) : [row.plan.code];
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

/** fremskrivning.csv's borgere per profile and code, as written. */
function csvCounts(path: string): Map<string, number> {
  const [head, ...rows] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(';'));
  const at = (name: string) => head.indexOf(name);
  return new Map(rows.map((r) => [`${r[at('profil')]}|${r[at('kode')]}`, Number(r[at('borgere')])]));
}

describe('the projection agrees with the plan for the year', () => {
  it('has an ended citizen of each kind in the data (else the test would not test leaving them out)', () => {
    const ended = table.rows.map((r) => r.cells[table.headers.indexOf('Ophørt')]);
    expect(ended.filter((v) => v === '01-06-2025').length).toBeGreaterThan(50);
    expect(ended.filter((v) => v === '01-06-2027').length).toBeGreaterThan(30);
    expect(ended.filter((v) => v === 'x').length).toBeGreaterThan(10);
  });

  for (const year of [2025, 2026, 2027]) {
    it(`for ${year}, for every built-in profile (as current and as proposal), code by code`, async () => {
      const ids = builtinProfileIds();
      expect(ids.length).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < ids.length; i++) {
        const current = ids[i];
        const proposed = ids[(i + 1) % ids.length];
        const out = join(dir, `ud-${year}-${current}`);
        const result = await runProjection({ input, year: String(year), profile: current, proposed, out });
        const written = csvCounts(join(out, 'fremskrivning.csv'));
        for (const id of [current, proposed]) {
          const planner = plannerCounts(id, year);
          const codes = [...resolveProfile(id).rules.map((r) => r.code), 'UNDTAGET', 'INGEN'];
          for (const code of codes) expect([id, code, written.get(`${id}|${code}`)]).toEqual([id, code, planner.get(code) ?? 0]);
          const reached = result.projection.profiles.find((p) => p.estimate.profile.id === id)!.estimate.total.citizens;
          expect([id, 'I ALT', written.get(`${id}|I ALT`)]).toEqual([id, 'I ALT', reached]);
        }
        expect([...written.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(3000);
      }
    });
  }

  it('says who changes offer exactly as the two plans differ, citizen by citizen', async () => {
    const result = await runProjection({ input, year: '2027', profile: 'ballerup', proposed: 'glostrup-2025', out: join(dir, 'changes') });
    const [a, b] = ['ballerup', 'glostrup-2025'].map((p) => plannerPlan(p, 2027));
    const expected = new Map<string, number>();
    a.planned.forEach((row, i) => {
      const other = b.planned[i];
      expect(other.row).toBe(row.row);
      if (row.status === 'ended' || row.plan.code === other.plan.code) return;
      const key = `${row.plan.code} → ${other.plan.code}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    });
    const got = new Map(result.projection.changes!.map((c) => [`${c.from} → ${c.to}`, c.citizens]));
    expect(got).toEqual(expected);
    expect(got.size).toBeGreaterThan(0);
  });
});
