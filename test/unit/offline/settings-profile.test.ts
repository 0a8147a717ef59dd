/** Offline, the settings file's profile is resolved as the sheet's cell is: a name, the JSON, or a file. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import glostrup from '../../../src/core/profiles/builtin/glostrup-2025.json';
import { loadProfile, loadSettings } from '../../../src/offline/run';

const own = { ...glostrup, id: 'proeveby-2025', aliases: [], name: 'Prøveby Kommune 2025' };

test.each([
  ['a name', 'ballerup', 'ballerup'],
  ['a profile written inline as an object', own, 'proeveby-2025'],
  ['a .json file beside the settings', 'egen-profil.json', 'proeveby-2025'],
])('%s', (_, profile, id) => {
  const dir = mkdtempSync(join(tmpdir(), 'fhb-settings-'));
  writeFileSync(join(dir, 'egen-profil.json'), JSON.stringify(own));
  writeFileSync(join(dir, 'indstillinger.json'), JSON.stringify({ profile }));
  const { settings } = loadSettings(undefined, join(dir, 'borgere.csv'));
  expect(loadProfile(settings.profile).id).toBe(id);
});
