/**
 * Issue 13 item 3: profiles that know their law and their dates. Plans for 2025, 2026 and 2027 with each
 * built-in profile: SEL § 79 a was repealed from 1 July 2025 (lov nr. 1703 af 30/12/2024 § 1, nr. 3), so
 * a legal-basis text from that day never presents it as current, the "narrower than the law" warning holds
 * only while it was law, and a profile warns when the planning year is outside its period of validity.
 */
import { Day, dayFromYmd } from '../../../src/core/day';
import { builtinProfileIds, getProfile } from '../../../src/core/profiles/registry';
import { legalBasisOn } from '../../../src/core/profiles/law';
import { evaluate, profileWarnings } from '../../../src/core/rules/engine';
import type { Citizen } from '../../../src/core/rules/types';

const d = (iso: string): Day => {
  const [y, m, dd] = iso.split('-').map(Number);
  return dayFromYmd(y, m, dd);
};
const person = (born: string, extra: Partial<Citizen> = {}): Citizen => ({ birth: d(born), livesAlone: false, atRisk: false, exempt: false, ...extra });

const OWN = 'Kommunens egen beslutning, ældreloven § 4 som generel ramme';

describe('legalBasisOn: the text as it may be printed on a day', () => {
  test.each([
    ['SEL § 79 a, stk. 2', '2025-06-30', 'SEL § 79 a, stk. 2'],
    ['SEL § 79 a, stk. 2', '2025-07-01', `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)`],
    ['SEL § 79 a, stk. 3 (udvidet lokalt)', '2026-01-01', `${OWN}; SEL § 79 a, stk. 3 (til 30.6.2025) (udvidet lokalt)`],
    ['Lov om social service § 79 a; Eksempelby Kommunes kvalitetsstandard 2026', '2026-01-01', `${OWN}; Lov om social service § 79 a (til 30.6.2025); Eksempelby Kommunes kvalitetsstandard 2026`],
    ['SEL § 79 a, stk. 1-6', '2027-01-01', `${OWN}; SEL § 79 a, stk. 1-6 (til 30.6.2025)`],
    // A profile written before may say it itself; a text without § 79 a is the municipality's own.
    ['SEL § 79 a (til 30.6.2025)', '2026-01-01', 'SEL § 79 a (til 30.6.2025)'],
    ['Glostrup Kommunes kvalitetsstandard 2025 (lokalt tilbud)', '2026-01-01', 'Glostrup Kommunes kvalitetsstandard 2025 (lokalt tilbud)'],
  ])('%s on %s', (basis, day, expected) => {
    expect(legalBasisOn(basis, d(day))).toBe(expected);
  });
});

interface Row {
  profile: string;
  asOf: string;
  born: string;
  citizen?: Partial<Citizen>;
  code: string;
  legalBasis: string;
  /** The citizen's own warnings (Begrundelse), as patterns; none when left out. */
  warning?: RegExp;
  /** What is said once about the profile for the planning year. */
  profileWarning?: RegExp;
}

const rows: Row[] = [
  // The historic age model (default, `sel-79a`): § 79 a while it was law, the municipality's decision after.
  { profile: 'sel-79a', asOf: '2025-03-01', born: '1945-05-05', code: 'ALDER_80', legalBasis: 'SEL § 79 a, stk. 2' },
  { profile: 'sel-79a', asOf: '2025-09-01', born: '1945-05-05', code: 'ALDER_80', legalBasis: `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)` },
  { profile: 'sel-79a', asOf: '2026-03-01', born: '1946-05-05', code: 'ALDER_80', legalBasis: `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)` },
  { profile: 'sel-79a', asOf: '2027-03-01', born: '1945-05-05', code: 'ALDER_82', legalBasis: `${OWN}; SEL § 79 a, stk. 1 (til 30.6.2025)` },
  { profile: 'sel-79a', asOf: '2027-03-01', born: '1940-05-05', citizen: { exempt: true, exemptReason: 'helhedspleje' }, code: 'UNDTAGET', legalBasis: `${OWN}; SEL § 79 a, stk. 6 (til 30.6.2025)` },
  // Glostrup 2025: valid for 2025 only; its local offers never cited § 79 a.
  { profile: 'glostrup-2025', asOf: '2025-03-01', born: '1945-05-05', code: 'ALDER_80', legalBasis: 'SEL § 79 a, stk. 2' },
  { profile: 'glostrup-2025', asOf: '2025-10-01', born: '1950-05-05', code: 'ALDER_75', legalBasis: `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)` },
  { profile: 'glostrup-2025', asOf: '2026-03-01', born: '1946-05-05', code: 'ALDER_80', legalBasis: `${OWN}; SEL § 79 a, stk. 2 (til 30.6.2025)`, profileWarning: /^Profilen «Glostrup Kommune 2025» gælder 01-01-2025 til 31-12-2025; planlægningsåret 2026 ligger uden for\./ },
  { profile: 'glostrup-2025', asOf: '2027-03-01', born: '1960-01-01', citizen: { spouseDied: d('2027-01-10') }, code: 'EFTERLADT', legalBasis: 'Glostrup Kommunes kvalitetsstandard 2025 (lokalt tilbud)', profileWarning: /planlægningsåret 2027 ligger uden for/ },
  { profile: 'glostrup-2025', asOf: '2027-03-01', born: '1940-05-05', citizen: { exempt: true, exemptReason: 'plejebolig' }, code: 'UNDTAGET', legalBasis: `${OWN}; Glostrup Kommunes kvalitetsstandard 2025; SEL § 79 a, stk. 6 (til 30.6.2025)`, profileWarning: /2027 ligger uden for/ },
  // Ballerup: its 65-79 risk band was narrower than § 79 a stk. 4 (65-81) only while § 79 a was law.
  { profile: 'ballerup', asOf: '2025-03-01', born: '1944-04-04', citizen: { atRisk: true }, code: 'INGEN', legalBasis: '', warning: /RISIKO: Ballerup Kommune dækker 65-79 år.*65-81 år/, profileWarning: /^RISIKO: Ballerup Kommune dækker 65-79 år/ },
  { profile: 'ballerup', asOf: '2026-03-01', born: '1945-04-04', citizen: { atRisk: true }, code: 'INGEN', legalBasis: '' },
  { profile: 'ballerup', asOf: '2027-03-01', born: '1946-04-04', citizen: { atRisk: true }, code: 'INGEN', legalBasis: '' },
  { profile: 'ballerup', asOf: '2026-03-01', born: '1947-04-04', citizen: { atRisk: true }, code: 'RISIKO', legalBasis: `${OWN}; SEL § 79 a, stk. 4 (til 30.6.2025)` },
  { profile: 'ballerup', asOf: '2026-03-01', born: '1960-04-04', citizen: { spouseDied: d('2026-02-01') }, code: 'EFTERLADT', legalBasis: 'Ballerup Kommunes kvalitetsstandard (lokalt tilbud)' },
  { profile: 'ballerup', asOf: '2027-03-01', born: '1940-05-05', citizen: { exempt: true, exemptReason: 'personlig pleje og praktisk hjælp' }, code: 'UNDTAGET', legalBasis: `${OWN}; SEL § 79 a, stk. 6 (til 30.6.2025); Ballerup Kommunes kvalitetsstandard` },
];

describe.each(rows)('$profile $asOf: $code', (row) => {
  const plan = evaluate(person(row.born, row.citizen), d(row.asOf), getProfile(row.profile));
  test('code, legal basis and warnings', () => {
    expect(plan.code).toBe(row.code);
    const basis = plan.exemption?.legalBasis ?? plan.offers.map((o) => o.legalBasis).join('; ');
    expect(basis).toBe(row.legalBasis);
    if (row.warning) expect(plan.warnings.join(' ')).toMatch(row.warning);
    else expect(plan.warnings).toEqual([]);
    const once = profileWarnings(getProfile(row.profile), d(row.asOf));
    if (row.profileWarning) expect(once).toEqual([expect.stringMatching(row.profileWarning)]);
    else expect(once).toEqual([]);
  });
});

describe('no plan from 1 July 2025 presents § 79 a as current', () => {
  const days = ['2025-07-01', '2026-03-01', '2027-11-30'];
  const flags: Partial<Citizen>[] = [{}, { livesAlone: true }, { atRisk: true }, { exempt: true }, { exempt: true, exemptReason: 'plejebolig' }];
  test.each(builtinProfileIds().flatMap((id) => days.map((day) => [id, day] as const)))('%s on %s', (id, day) => {
    const asOf = d(day);
    const texts = new Set<string>();
    for (let age = 60; age <= 100; age++) {
      const born = `${Number(day.slice(0, 4)) - age}-06-15`;
      for (const f of flags) {
        const plan = evaluate(person(born, { ...f, spouseDied: age >= 65 ? d(day) : undefined }), asOf, getProfile(id));
        for (const o of plan.offers) texts.add(o.legalBasis);
        if (plan.exemption) texts.add(plan.exemption.legalBasis);
      }
    }
    const citing = [...texts].filter((t) => /79 a/.test(t));
    expect(citing.length).toBeGreaterThan(0);
    for (const t of citing) {
      expect(t).toMatch(/^Kommunens egen beslutning, ældreloven § 4 som generel ramme; /);
      expect(t.match(/79 a(, stk\. \d+)?/g)!.length).toBe(t.match(/79 a(, stk\. \d+)? \(til 30\.6\.2025\)/g)!.length);
    }
  });
});

describe('exemption texts name ældreloven\'s helhedspleje next to § 83', () => {
  test.each(builtinProfileIds())('%s', (id) => {
    const labels = getProfile(id).exemptions.reasons.map((r) => r.label).filter((l) => /pleje og praktisk hjælp/.test(l));
    expect(labels.length).toBe(1);
    expect(labels[0]).toMatch(/SEL § 83 eller helhedspleje efter ældreloven/);
  });
});

describe('each built-in profile says what it rests on', () => {
  test('the default is named as the historic age model, valid as § 79 a only until 30 June 2025', () => {
    const p = getProfile('sel-79a');
    expect(p.name).toBe('Historisk aldersmodel efter SEL § 79 a (til 30.6.2025)');
    expect(p.lawUntil).toBe('2025-06-30');
    expect(p.decision?.body).toMatch(/lov nr\. 1703 af 30\/12\/2024 § 1, nr\. 3.*lov nr\. 1651 af 30\/12\/2024/);
  });
  test('Glostrup 2025 applies to 2025 and names the body that approves it', () => {
    const p = getProfile('glostrup-2025');
    expect([p.validFrom, p.validTo]).toEqual(['2025-01-01', '2025-12-31']);
    expect(p.decision?.body).toMatch(/^Kommunalbestyrelsen i Glostrup Kommune/);
  });
});
