/**
 * Issue 14, "a readable view of the rules": the active profile as a Danish table a consultant can check
 * against the paper standard (target groups, ages, events, forms, windows, exemptions, legal basis,
 * period of validity), from `npm start -- --vis-regler` and the menu's *Vis regler* (on the built bundle
 * in test/integration/profiles/json-profile.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { dayFromYmd } from '../../../src/core/day';
import { builtinProfileIds, getProfile, parseProfileJson } from '../../../src/core/profiles/registry';
import { rulesHtml, rulesText, rulesView } from '../../../src/core/profiles/view';

const nordby = parseProfileJson(readFileSync(join(__dirname, '../../../examples/profiles/nordby-2026.json'), 'utf8'));
const in2026 = dayFromYmd(2026, 3, 1);

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) > 0, isTTY: false } as never, stderr: { write: (s: string) => err.push(s) > 0, isTTY: false } as never, env: {} };
  return main(argv, io).then((code) => ({ code, out: out.join(''), err: err.join('') }));
}

describe('every built-in profile reads as a table with every rule', () => {
  test.each(builtinProfileIds())('%s', (id) => {
    const profile = getProfile(id);
    const view = rulesView(profile, in2026);
    const codes = view.rows.map((r) => r[1]).filter(Boolean);
    expect(codes).toEqual(profile.rules.map((r) => r.code));
    expect(view.facts.map(([k]) => k)).toEqual(['Profil', 'Kommune', 'Gyldig', 'Beslutning', 'Lovgrundlag', 'Referencedato', 'Kilde']);
    // From 1 July 2025 no cell presents § 79 a as current.
    const legal = view.facts.find(([k]) => k === 'Lovgrundlag')![1];
    for (const cell of [...view.rows.flat(), ...view.exemptions.flat(), view.exemptionBasis, legal]) {
      if (/79 a/.test(cell)) expect(cell).toMatch(/til 30\.6\.2025/);
    }
  });
});

describe('what the table says, row by row (nordby-2026 uses every field)', () => {
  const view = rulesView(nordby, in2026);
  const row = (code: string) => view.rows[view.rows.findIndex((r) => r[1] === code)];
  const after = (code: string, n: number) => view.rows[view.rows.findIndex((r) => r[1] === code) + n];
  test.each([
    ['the period and the decision', () => view.facts.slice(2, 4), [['Gyldig', '01-01-2026 til 31-12-2026'], ['Beslutning', 'Ældre- og Sundhedsudvalget i Nordby Kommune (opdigtet), 20-11-2025, sag 25/01234, https://example.invalid/nordby/kvalitetsstandard-2026']]],
    ['a condition and an allowed overlap', () => row('ALENE_70').slice(3, 5), ['70 år', 'bor alene; kan gives sammen med ALDER_70']],
    ['a birthday window', () => row('ALDER_75')[9], 'fra fødselsdagen til dagen før næste fødselsdag'],
    ['ages with one left out', () => row('ALDER_80')[3], '80 år, 82 år og ældre'],
    ['a form by age within the offer', () => after('ALDER_80', 1).slice(2, 9), ['– som 82-84 år, 86-89 år:', '', '', 'Forebyggende hjemmebesøg, du aftaler selv tid', 'Hjemmebesøg', 'Brev; ring og aftal tid', 'borgeren aftaler selv tid']],
    ['an event rule with excluded ages, in months', () => [row('EFTERLADT')[3], row('EFTERLADT')[4], row('EFTERLADT')[9]], ['65-79 år, 81 år', 'efter hændelsen «Ægtefælle død»', '1-2 måneder efter hændelsen (regnes som ny i 8 måneder)']],
    ['its second contact', () => [after('EFTERLADT', 1)[2], after('EFTERLADT', 1)[9]], ['– kontakt 2 af 2', '6-7 måneder efter hændelsen (regnes som ny i 8 måneder)']],
    ['the profile\'s own event', () => [row('UDSKREVET')[4], row('UDSKREVET')[9]], ['efter hændelsen «Udskrevet fra hospital»', 'inden for 2 uger efter hændelsen (regnes som ny i 4 uger)']],
    ['needs-based', () => row('RISIKO')[4], 'i særlig risiko (faglig vurdering)'],
    ['exemptions as the dropdown offers them', () => view.exemptions[0], ['Bor i plejebolig', 'plejehjem, ældrecenter']],
    ['the events as sheet columns', () => view.events.map(([c]) => c), ['Rehabilitering afsluttet', 'Udskrevet fra hospital']],
  ])('%s', (_what, get, expected) => {
    expect(get()).toEqual(expected);
  });

  test('no warning for a profile valid in the planning year; one when it is not', () => {
    expect(view.warnings).toEqual([]);
    expect(rulesView(nordby, dayFromYmd(2027, 1, 5)).warnings).toEqual([expect.stringMatching(/planlægningsåret 2027 ligger uden for/)]);
  });
});

describe('renderings', () => {
  test('HTML escapes every text and carries no script', () => {
    const evil = { ...nordby, name: '<script>alert(1)</script>' };
    const html = rulesHtml(rulesView(evil, in2026));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<th scope="col">Lovgrundlag</th>');
  });

  test('text lists each rule with its fields', () => {
    const out = rulesText(rulesView(getProfile('glostrup-2025'), in2026));
    expect(out).toMatch(/^Regler: Glostrup Kommune 2025\n/);
    expect(out).toContain('  Kode         ALDER_80');
    expect(out).toContain('  Aftales      fast dato og tid i brevet');
  });
});

describe('npm start -- --vis-regler', () => {
  test('prints the profile\'s rules and the period warning, and reads no citizen file', async () => {
    const r = await run(['--vis-regler', '--profil', 'glostrup-2025', '--dato', '2026-03-01']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Regler: Glostrup Kommune 2025\n/);
    expect(r.out).toMatch(/Gyldig +01-01-2025 til 31-12-2025/);
    expect(r.out).toMatch(/Lovgrundlag +Kommunens egen beslutning, ældreloven § 4 som generel ramme; SEL § 79 a, stk\. 2 \(til 30\.6\.2025\)/);
    expect(r.out).toContain('Profilen «Glostrup Kommune 2025» gælder 01-01-2025 til 31-12-2025; planlægningsåret 2026 ligger uden for.');
    expect(r.out).not.toContain('plan.xlsx');
  });

  test('reads a municipality\'s own .json file', async () => {
    const r = await run(['--vis-regler', '--profil', join(__dirname, '../../../examples/profiles/nordby-2026.json')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Regler: Nordby Kommune 2026');
  });
});
