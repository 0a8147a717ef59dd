/**
 * Issue 14: a profile given as JSON in the settings cell (Indstillinger!B3) drives every feature on the
 * built bundle, not only the sheet functions: the merge preview, Planlæg besøg, the call list, the year
 * report, and saving settings from the sidebar. The profile below is Glostrup 2025 under another id and
 * name, with two changes a built-in profile cannot explain: the bereavement call is 2-4 weeks after the
 * death (not 6-8), and the 75-year-olds' offer has its own label.
 */
import glostrup from '../../../src/core/profiles/builtin/glostrup-2025.json';
import type { SettingsView } from '../../../src/core/sidebar/protocol';
import type { CallView } from '../../../src/core/calls/list';
import { Settings } from '../../../src/core/settings/schema';
import { ROW, SETTINGS as SCHEDULE_SETTINGS, world } from '../schedule/fixture';
import { SETTINGS as MERGE_SETTINGS, mergeWorld, writeSettings as writeMergeSettings } from '../merge/fixture';
import { readReport, team } from '../report/fixture';

type Json = Record<string, unknown> & { rules: Record<string, unknown>[] };

function proevebyProfile(): string {
  const p = JSON.parse(JSON.stringify(glostrup)) as Json;
  p.id = 'proeveby-2025';
  p.aliases = [];
  p.name = 'Prøveby Kommune 2025';
  p.municipality = 'Prøveby Kommune';
  for (const rule of p.rules) {
    if (rule.code === 'EFTERLADT') (rule.contacts as Record<string, unknown>[])[0] = { ...(rule.contacts as Record<string, unknown>[])[0], fromWeeks: 2, toWeeks: 4 };
    if (rule.code === 'ALDER_75') {
      rule.offer = { ...(rule.offer as object), label: 'Temadag for 75-årige i Prøveby', form: 'Temadag', letterText: ['Temadagen er for alle 75-årige i Prøveby.'] };
    }
  }
  return JSON.stringify(p, null, 2);
}

const PROFILE = proevebyProfile();

describe('scheduling and the call list follow the JSON profile', () => {
  const w = world(Settings.parse({ ...SCHEDULE_SETTINGS, profile: PROFILE }));

  test('the settings cell holds the JSON', () => {
    expect(String(w.rt.sheet('Indstillinger').getRange('B3').getValue())).toBe(PROFILE);
  });

  test('Planlæg besøg proposes the fixed-time visits, with no "ukendt profil"', () => {
    w.rt.ui.answers.push('NO');
    w.bundle.run('fhbPlanVisits');
    const prompt = w.rt.ui.alerts.map((a) => a.prompt).join('\n');
    expect(prompt).not.toMatch(/kendt profil/);
    expect(prompt).toMatch(/^31 nye besøg kan planlægges/);
  });

  test('the call list rings the bereaved 2-4 weeks after the death, as the JSON says', () => {
    const calls = (w.bundle.googleScriptRun('fhbCallList') as { calls: CallView[] }).calls;
    // Enke Endnu Ikke lost her husband 1 March: 15-29 March under this profile (Glostrup: from 12 April).
    const early = calls.find((c) => c.row === ROW.widowNotYet);
    expect(early).toMatchObject({ code: 'EFTERLADT', windowFrom: '2025-03-15', windowTo: '2025-03-29' });
  });
});

describe('the merge preview follows the JSON profile', () => {
  test('the 75-year-olds get the profile\'s own form and letter text in the first letter', () => {
    const w = mergeWorld(6);
    writeMergeSettings(w.rt, Settings.parse({ ...MERGE_SETTINGS, profile: PROFILE }));
    const preview = w.bundle.googleScriptRun('fhbMergePreview', { scope: 'due' }) as { total: number; problems: unknown[]; firstLetter?: { paragraphs: string[] } };
    expect(preview.total).toBe(6);
    expect(preview.problems).toEqual([]);
    // Letters name the offer in prose from the profile's form and its citizen text (letterText), not its label.
    const letter = preview.firstLetter!.paragraphs.join('\n');
    expect(letter).toContain('Invitation til temadag');
    expect(letter).toContain('Temadagen er for alle 75-årige i Prøveby.');
  });
});

describe('the year report follows the JSON profile', () => {
  test('it runs and names the profile', () => {
    const t = team(20);
    t.rt.sheet('Indstillinger').getRange('B3').setValue(PROFILE);
    t.bundle.run('fhbYearReport');
    expect(t.rt.ui.alerts).toEqual([]);
    const view = readReport(t.rt.sheet('Årsrapport'));
    expect(view.all.flat().join('\n')).toContain('Prøveby Kommune 2025');
  });
});

describe('saving settings in the sidebar keeps the JSON profile', () => {
  test('the form offers it, and saving writes it back whole', () => {
    const w = world(Settings.parse({ ...SCHEDULE_SETTINGS, profile: PROFILE }));
    const call = <T>(name: string, ...args: unknown[]) => w.bundle.googleScriptRun(name, ...args) as T;
    const view = call<SettingsView>('fhbGetSettings');
    expect(view.settings.profile).toBe(PROFILE);
    expect(view.profiles[0]).toEqual({ id: PROFILE, name: 'Prøveby Kommune 2025 (kommunens egen profil)' });
    expect(view.profiles.map((p) => p.id).slice(1)).toEqual(['glostrup-2025', 'ballerup', 'sel-79a']);
    call<SettingsView>('fhbSaveSettings', { ...view.settings, municipality: 'Prøveby Kommune' });
    expect(String(w.rt.sheet('Indstillinger').getRange('B3').getValue())).toBe(PROFILE);
    expect(call<SettingsView>('fhbGetSettings').settings).toMatchObject({ profile: PROFILE, municipality: 'Prøveby Kommune' });
  });

  test('a broken JSON profile is refused in Danish, changing nothing', () => {
    const w = world(Settings.parse({ ...SCHEDULE_SETTINGS, profile: PROFILE }));
    const view = w.bundle.googleScriptRun('fhbGetSettings') as SettingsView;
    expect(() => w.bundle.googleScriptRun('fhbSaveSettings', { ...view.settings, profile: '{ "id": "x" }' })).toThrow(/Profilen er ugyldig/);
    expect(String(w.rt.sheet('Indstillinger').getRange('B3').getValue())).toBe(PROFILE);
  });
});

describe('Vis regler shows the JSON profile as a Danish table', () => {
  test('a dialog with its rules, its period and its own label, every text escaped', () => {
    const w = world(Settings.parse({ ...SCHEDULE_SETTINGS, profile: PROFILE }));
    w.bundle.run('fhbShowRules');
    const dialog = w.rt.ui.panels.find((p) => p.kind === 'modal')!;
    expect(dialog.title).toBe('Regler: Prøveby Kommune 2025');
    expect(dialog.html).toContain('<th scope="col">Lovgrundlag</th>');
    expect(dialog.html).toContain('Temadag for 75-årige i Prøveby');
    expect(dialog.html).toContain('01-01-2025 til 31-12-2025');
    expect(dialog.html).not.toContain('<script');
  });
});

describe('the Undtaget dropdown offers the profile\'s reasons (exemptions as data)', () => {
  test('set-up with the JSON profile lists its labels, after "ja"; other text stays legal', () => {
    const w = world(Settings.parse({ ...SCHEDULE_SETTINGS, profile: PROFILE }));
    w.bundle.run('fhbSetup');
    const sheet = w.rt.sheet('Borgere');
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const rule = sheet.getRange(2, headers.indexOf('Undtaget') + 1).getDataValidation()!;
    expect(rule.getCriteriaValues()[0]).toEqual(['ja', ...glostrup.exemptions.reasons.map((r) => r.label)]);
    expect(rule.getAllowInvalid()).toBe(true);
  });
});
