import { useDanishErrors } from '../zod-danish';
import { InputError, describeValue } from '../coerce/errors';
import { type Profile, profileSchemas } from './schema';
import { describeIssues, Issue, jsonSyntaxProblem } from './problems';
import { type LineOf, jsonLines } from './json-lines';
import { overlapProblems } from './overlap';
import * as text from './text';
import glostrup2025 from './builtin/glostrup-2025.json';
import ballerup from './builtin/ballerup.json';
import sel79a from './builtin/sel-79a.json';

/** The profile used when a sheet names none: the law's minimum. */
export const DEFAULT_PROFILE_ID = 'sel-79a';

/**
 * The built-in profiles are used as they are shipped, not run through zod: validating one cost more than
 * the rest of a custom-function call, and Sheets pays it again in every execution (issue 26). They are
 * data this repository checks instead: test/unit/profiles/builtin-as-shipped.test.ts requires each to
 * pass `parseProfile` and come back unchanged (every default written out, no text to trim), so a built-in
 * profile the schema would refuse or reshape fails the tests, never a user's sheet.
 */
const BUILTIN: Readonly<Record<string, Profile>> = {
  'glostrup-2025': glostrup2025 as unknown as Profile,
  ballerup: ballerup as unknown as Profile,
  'sel-79a': sel79a as unknown as Profile,
};

/**
 * The most of a profile's text fhb reads: a Google Sheets cell holds 50,000 characters, and the same bound
 * holds for a file offline, so a profile that works in one works in the other (the built-in ones are under
 * 7,000). Checked before JSON.parse, so a hostile paste costs no more than this.
 */
export const MAX_PROFILE_CHARS = 50_000;
/** Problems listed in one message, and characters in one problem: a hostile profile has thousands of long ones. */
export const MAX_PROBLEMS = 20;
const MAX_PROBLEM_CHARS = 500;

/** A profile that failed the schema: the message lists each problem with its place, in Danish (the first 20). */
export class ProfileError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const shown = problems.slice(0, MAX_PROBLEMS).map((p) => (p.length > MAX_PROBLEM_CHARS ? `${p.slice(0, MAX_PROBLEM_CHARS - 1)}…` : p));
    if (problems.length > MAX_PROBLEMS) shown.push(text.moreProblems(problems.length - MAX_PROBLEMS));
    super(`${text.INVALID_HEADING}:\n${shown.map((p) => `• ${p}`).join('\n')}`);
    this.name = 'ProfileError';
    this.problems = shown;
  }
}

/**
 * Validates a profile (a parsed JSON object); throws ProfileError with Danish problems naming the rule by
 * its position and code. Unknown keys, and rules that would give one citizen the same offer twice, are
 * refused.
 */
export function parseProfile(input: unknown, lineOf?: LineOf): Profile {
  useDanishErrors();
  const schema = profileSchemas().Profile;
  const result = schema.safeParse(input);
  if (!result.success) throw new ProfileError(describeIssues(result.error.issues as unknown as Issue[], schema, input, lineOf));
  const overlaps = overlapProblems(result.data);
  if (overlaps.length) throw new ProfileError(overlaps);
  return result.data;
}

/** Parses a profile from JSON text, with a Danish message for broken JSON too; each schema problem names its line. */
export function parseProfileJson(json: string): Profile {
  if (json.length > MAX_PROFILE_CHARS) throw new ProfileError([text.profileTooLong(json.length, MAX_PROFILE_CHARS)]);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new ProfileError([jsonSyntaxProblem(json, e as Error)]);
  }
  // A one-line text (a settings cell) has no lines worth naming.
  return parseProfile(data, json.includes('\n') ? jsonLines(json) : undefined);
}

const extra = new Map<string, Profile>();

export function builtinProfileIds(): string[] {
  return Object.keys(BUILTIN);
}

/** Adds a profile (e.g. a municipality's own JSON) so `resolveProfile` finds it by id or alias. */
export function registerProfile(profile: Profile): void {
  extra.set(profile.id, profile);
  aliasIndex = undefined;
}

export function getProfile(id: string): Profile {
  const custom = extra.get(id);
  if (custom) return custom;
  if (!Object.prototype.hasOwnProperty.call(BUILTIN, id)) throw unknownProfile(id);
  return BUILTIN[id];
}

export function allProfiles(): Profile[] {
  return [...builtinProfileIds(), ...extra.keys()].filter((id, i, all) => all.indexOf(id) === i).map(getProfile);
}

let aliasIndex: Map<string, string> | undefined;

function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[\s§._]+/g, '').replace(/-/g, '');
}

function buildAliasIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (id: string, names: string[]) => [id, ...names].forEach((n) => index.set(normalizeName(n), id));
  for (const [id, profile] of Object.entries(BUILTIN)) add(id, profile.aliases);
  for (const profile of extra.values()) add(profile.id, profile.aliases);
  return index;
}

const fromJson = new Map<string, Profile | InputError>();

/**
 * The profile named by a cell: its id or an alias, without regard to case, spaces, `§`, dots or dashes
 * (`Glostrup`, `§79a`, `79a`, `SEL-79a`). Empty names the default profile. A cell holding a profile's
 * JSON (text starting with `{`) is that profile: a municipality adds its own rules by pasting its JSON
 * into a settings cell, without code and without any service call from the custom function.
 */
export function resolveProfile(name: unknown): Profile {
  if (name === null || name === undefined || (typeof name === 'string' && name.trim() === '')) {
    return getProfile(DEFAULT_PROFILE_ID);
  }
  if (typeof name !== 'string') throw unknownProfile(describeValue(name));
  if (isProfileJson(name)) return profileFromJson(name);
  aliasIndex ??= buildAliasIndex();
  const id = aliasIndex.get(normalizeName(name));
  if (!id) throw unknownProfile(describeValue(name));
  return getProfile(id);
}

/** Whether a profile cell or setting holds a profile's JSON rather than a name. */
export function isProfileJson(value: unknown): value is string {
  return typeof value === 'string' && value.trimStart().startsWith('{');
}

/**
 * What the settings keep for a profile cell: a name becomes the profile's id, a profile's JSON is kept
 * whole (trimmed) so every feature resolves the same profile from it. Throws like `resolveProfile`.
 */
export function profileSetting(value: unknown): string {
  const profile = resolveProfile(value);
  return isProfileJson(value) ? value.trim() : profile.id;
}

/** A profile's refusal without the field name it starts with, for a place that names it already (Indstillinger's row Profil, the proposal). */
export const withoutField = (message: string) => message.replace(/^profil: /, '');

function profileFromJson(json: string): Profile {
  let profile = fromJson.get(json);
  if (!profile) {
    try {
      profile = parseProfileJson(json);
    } catch (e) {
      // A refusal is kept too: a column of the same bad profile is read once, not once a row.
      profile = new InputError(`profil: ${(e as Error).message}`);
    }
    fromJson.set(json, profile);
  }
  if (profile instanceof InputError) throw profile;
  return profile;
}

function unknownProfile(shown: string): InputError {
  const valid = [...builtinProfileIds(), ...extra.keys()].join(', ');
  return new InputError(`profil: ${shown} er ikke en kendt profil. Gyldige profiler: ${valid}.`);
}
