import { fromIso } from '../day';
import { builtinProfileIds, getProfile, isProfileJson, profileSetting, resolveProfile } from '../profiles/registry';
import { Settings } from '../settings/schema';
import type { SettingsPatch } from './protocol';
import * as text from './text';
import { refuse } from './validate';

/** The part of the settings the sidebar's form edits. */
export function settingsForm(settings: Settings): SettingsPatch {
  return {
    asOf: settings.asOf,
    profile: settings.profile,
    municipality: settings.municipality,
    department: settings.department,
    address: settings.address,
    postcodeCity: settings.postcodeCity,
    phone: settings.phone,
    phoneHours: settings.phoneHours,
    email: settings.email,
    signature: settings.signature,
    consultants: settings.consultants.map((c) => c.name),
    letterLeadWeeks: settings.letterLeadWeeks,
    bereavedDelayWeeks: settings.bereavedDelayWeeks,
    mergeMode: settings.mergeMode,
    pdf: settings.pdf,
    privacyController: settings.privacyController,
    privacyDpo: settings.privacyDpo,
    privacyLegalBasis: settings.privacyLegalBasis,
    privacyRecipients: settings.privacyRecipients,
    privacyLink: settings.privacyLink,
    privacyShort: settings.privacyShort,
  };
}

/**
 * The profiles the form offers: the built-in ones, and the team's own JSON profile when the settings hold
 * one (its value is the JSON itself, so saving the form keeps it).
 */
export function profileChoices(current?: string): { id: string; name: string }[] {
  const choices = builtinProfileIds().map((id) => ({ id, name: getProfile(id).name }));
  if (isProfileJson(current)) {
    try {
      choices.unshift({ id: current, name: text.ownProfile(resolveProfile(current).name) });
    } catch {
      // An invalid JSON profile is reported by the settings reader; the form still offers the built-in ones.
    }
  }
  return choices;
}

/**
 * The settings after the form's changes: a consultant already known keeps her working days and hours,
 * a new name gets the defaults; everything the form does not show is kept. Refuses (changing nothing)
 * an unknown profile or a reference date that does not exist.
 */
export function applySettingsForm(current: Settings, form: SettingsPatch): Settings {
  if (form.asOf !== undefined && fromIso(form.asOf) === undefined) refuse(text.dayDoesNotExist(text.FIELD_NAMES.asOf, form.asOf));
  let profileId: string;
  try {
    profileId = profileSetting(form.profile);
  } catch (e) {
    if (isProfileJson(form.profile)) return refuse((e as Error).message);
    return refuse(text.unknownProfile(form.profile, builtinProfileIds()));
  }
  const names = form.consultants.map((n) => n.trim()).filter((n, i, all) => n !== '' && all.indexOf(n) === i);
  const byName = new Map(current.consultants.map((c) => [c.name.toLowerCase(), c]));
  return Settings.parse({
    ...current,
    ...form,
    profile: profileId,
    consultants: names.map((name) => ({ ...(byName.get(name.toLowerCase()) ?? {}), name })),
  });
}
