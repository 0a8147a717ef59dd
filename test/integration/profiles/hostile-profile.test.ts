/**
 * Issue 22, item 5, on the built bundle: a profile pasted into a settings cell may be wrong or hostile.
 * FHB_REASON with a JSON profile of many rules built an overlap sentence for every pair (0.29 MB at 50 rules,
 * 19 MB at 400, out of memory at 5,000). Now the whole text, every list and every text have a ceiling
 * (PROFILE_LIMITS, MAX_PROFILE_CHARS), overlaps past the tenth are counted in one line, and a message lists at
 * most 20 problems: every feature that reads the profile gets the same short Danish refusal.
 */
import { dayFromYmd } from '../../../src/core/day';
import type { SettingsView } from '../../../src/core/sidebar/protocol';
import { makeZone } from '../../../src/sheetfns/zone';
import { SETTINGS, sidebarWorld, writeSettings, SidebarWorld } from '../sidebar/fixture';

const cph = makeZone('Europe/Copenhagen');
const BIRTH = cph.toDate(dayFromYmd(1951, 6, 1));

/** A rule every 75-year-old meets: any two of them overlap. */
const rule = (i: number, extra: Record<string, unknown> = {}) => ({
  kind: 'age', code: `R${i}`, title: 't', legalBasis: 'l', source: { document: 'd', lines: '1' }, ages: [{ from: 75, to: 75 }],
  offer: { label: 'l', form: 'f', channel: 'c', booking: 'asNeeded' }, ...extra,
});
const profile = (rules: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({
  id: 'fjendtlig', name: 'Fjendtlig', municipality: 'Fjendtlig Kommune', legalBasis: 'l', source: 's',
  rules, exemptions: { legalBasis: 'l', reasons: [] }, ...extra,
});
const rules = (n: number, extra?: Record<string, unknown>) => Array.from({ length: n }, (_, i) => rule(i + 1, extra));

const HOSTILE: [string, string, RegExp][] = [
  // [what, the JSON, what the message says]
  ['5,000 rules (2 MB of JSON: out of memory before)', profile(rules(5_000)), /profilen fylder [\d.]+ tegn; den må højst fylde 50\.000/],
  ['60 small rules, within 50,000 characters', profile(rules(60, { title: 'x' })), /`rules`: højst 50 regler/],
  ['50 rules that all overlap (1,225 pairs)', profile(rules(50)), /regel 1 \(R1\) og regel 2 \(R2\) giver begge[\s\S]*… og 1\.215 par regler mere, der overlapper på samme måde\./],
  ['a label of 10,000 characters', profile([rule(1, { offer: { label: 'x'.repeat(10_000), form: 'f', channel: 'c', booking: 'asNeeded' } })]), /`offer\.label`: højst 2\.000 tegn/],
  ['1,000 unknown keys', profile([rule(1)], Object.fromEntries(Array.from({ length: 1_000 }, (_, i) => [`k${i}`, 1]))), /… og 980 problemer mere\. Ret dem ovenfor først\./],
  ['a code of 40,000 characters', profile([rule(1, { code: 'R'.repeat(40_000) })]), /højst 60 tegn/],
  ['11 own events (each a column in the sheet)', profile([rule(1)], { events: Array.from({ length: 11 }, (_, i) => ({ id: `e${i}`, column: `Hændelse ${i}` })) }), /`events`: højst 10 egne hændelser/],
];

describe('sheet functions: a short Danish FEJL for every row, whatever the profile', () => {
  const w = sidebarWorld();
  test.each(HOSTILE)('%s', (_, json, says) => {
    const births = Array.from({ length: 3 }, () => [BIRTH]);
    for (const fn of ['FHB_REASON', 'FHB_PLAN']) {
      const out = w.bundle.callCustomFunction(fn, births, '', '01-03-2026', '', '', '', '', json) as unknown[][];
      expect(out).toHaveLength(3);
      for (const row of out) {
        expect(String(row[0])).toMatch(/^FEJL: profil: Profilen er ugyldig:\n• /);
        expect(String(row[0])).toMatch(says);
        expect(String(row[0]).length).toBeLessThan(12_000);
      }
    }
    expect(() => w.bundle.callCustomFunction('FHB_REASON', BIRTH, '', '01-03-2026', '', '', '', '', json)).toThrow(says);
  });

  test('a profile at the limits is read: 50 rules, none overlapping, texts of 2,000 characters', () => {
    const json = profile(Array.from({ length: 50 }, (_, i) => rule(i + 1, { ages: [{ from: 60 + i, to: 60 + i }], title: `${i}`.padEnd(120, 'x') })));
    expect(json.length).toBeLessThanOrEqual(50_000);
    expect((w.bundle.callCustomFunction('FHB_PLAN', BIRTH, '', '01-03-2026', '', '', '', '', json) as unknown[][])[0][0]).toBe('R16');
  });
});

describe('the features that read Indstillinger!B3 refuse it the same way, changing nothing', () => {
  let w: SidebarWorld;
  const [, json, says] = HOSTILE[2];
  beforeAll(() => {
    w = sidebarWorld();
  });

  test('saving it from the sidebar is refused in Danish; the cell keeps its profile', () => {
    const view = w.bundle.googleScriptRun('fhbGetSettings') as SettingsView;
    expect(() => w.bundle.googleScriptRun('fhbSaveSettings', { ...view.settings, profile: json })).toThrow(says);
    expect(String(w.rt.sheet('Indstillinger').getRange('B3').getValue())).toBe('glostrup-2025');
  });

  test('pasted into the cell: Vis regler, the call list and set-up say so in short Danish text', () => {
    writeSettings(w.rt, { ...SETTINGS, profile: json });
    w.bundle.run('fhbShowRules');
    const said = [...w.rt.ui.alerts.map((a) => a.prompt), ...w.rt.ui.panels.map((p) => p.html)].join('\n');
    expect(said).toMatch(says);
    expect(said.length).toBeLessThan(20_000);
    expect(() => w.bundle.googleScriptRun('fhbCallList')).toThrow(says);
    w.bundle.run('fhbSetup');
    const sheet = w.rt.sheet('Borgere');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    expect(headers.filter((h) => /^Hændelse/.test(h))).toEqual([]);
  });
});
