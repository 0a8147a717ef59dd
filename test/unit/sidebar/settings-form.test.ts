import { Settings } from '../../../src/core/settings/schema';
import { applySettingsForm, settingsForm } from '../../../src/core/sidebar/settings-form';

const current = Settings.parse({
  profile: 'ballerup',
  municipality: 'Prøvekommune',
  consultants: [{ name: 'Anne', weekdays: [2, 4], visitsPerDay: 2 }],
  templates: { ALDER_80: 'doc-id-1' },
});

describe('the settings form', () => {
  test('round-trips the settings it shows', () => {
    expect(applySettingsForm(current, settingsForm(current))).toEqual(current);
  });

  test('a known consultant keeps her days; a new one gets the defaults; blanks and repeats are dropped', () => {
    const next = applySettingsForm(current, { ...settingsForm(current), consultants: ['Anne', ' Bo ', '', 'Bo'] });
    expect(next.consultants.map((c) => c.name)).toEqual(['Anne', 'Bo']);
    expect(next.consultants[0]).toMatchObject({ weekdays: [2, 4], visitsPerDay: 2 });
    expect(next.consultants[1].weekdays).toEqual([1, 2, 3, 4, 5]);
  });

  test('what the form does not show (templates) is kept', () => {
    expect(applySettingsForm(current, { ...settingsForm(current), municipality: 'X' }).templates).toEqual({ ALDER_80: 'doc-id-1' });
  });

  test('a profile alias is stored as its id; an unknown profile is refused with the valid ids', () => {
    expect(applySettingsForm(current, { ...settingsForm(current), profile: 'Glostrup' }).profile).toBe('glostrup-2025');
    expect(() => applySettingsForm(current, { ...settingsForm(current), profile: 'Atlantis' })).toThrow(/profil: «Atlantis».*sel-79a/);
  });

  test('a reference date that does not exist is refused', () => {
    expect(() => applySettingsForm(current, { ...settingsForm(current), asOf: '2025-02-30' })).toThrow(/referencedato: «2025-02-30»/);
  });
});
