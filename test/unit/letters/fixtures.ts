import { Day, dayFromYmd } from '../../../src/core/day';
import { getProfile } from '../../../src/core/profiles/registry';
import { evaluate } from '../../../src/core/rules/engine';
import type { Citizen, Plan } from '../../../src/core/rules/types';
import { Settings } from '../../../src/core/settings/schema';

/** Synthetic citizens only. */
export const AS_OF = dayFromYmd(2025, 3, 1);
export const TODAY = dayFromYmd(2025, 3, 4);

export const SETTINGS: Settings = Settings.parse({
  profile: 'glostrup-2025',
  municipality: 'Testrup Kommune',
  department: 'Forebyggende hjemmebesøg',
  address: 'Rådhusvej 1',
  postcodeCity: '9999 Testrup',
  phone: '11 22 33 44',
  phoneHours: 'hverdage kl. 8-9',
  email: 'forebyg@testrup.dk',
  signature: 'Anna Andersen, forebyggelseskonsulent',
  privacyDpo: 'dpo@testrup.dk',
  meetings: [
    { name: 'Rådhuset april', day: '2025-04-08', startMinute: 600, endMinute: 720, place: 'Rådhuset', address: 'Rådhusvej 1', capacity: 50, offers: ['ALENE_70', 'ALDER_75', 'ALDER_80'] },
  ],
});

export function plan(citizen: Partial<Citizen> & { birth: Day }, profile = 'glostrup-2025', asOf: Day = AS_OF): Plan {
  return evaluate({ livesAlone: false, atRisk: false, exempt: false, ...citizen }, asOf, getProfile(profile));
}

export const born = (year: number, month = 6, day = 15) => dayFromYmd(year, month, day);

export function row(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { Navn: 'Else Testesen', Adresse: 'Prøvevej 7, 2. th.', Postnr: 9999, By: 'Testrup', ...extra };
}
