import { SCHEMA_VERSION, type Profile } from './schema';
import * as text from './text';

/**
 * What changed for a profile written for an earlier schema, in Danish, so a municipality that wrote its
 * own file knows why a result may read differently. Version 1 profiles are accepted as they are: every
 * field they could hold still means what it meant, with the changes below.
 */
export function migrationNotes(profile: Profile): string[] {
  const version = profile.schemaVersion ?? 1;
  if (version >= SCHEMA_VERSION) return [];
  const notes = [text.MIGRATED(version, SCHEMA_VERSION), text.MIGRATION_LAW, text.MIGRATION_STRICT];
  if (profile.exemptions.reasons.some((r) => r.keywords?.length)) notes.push(text.MIGRATION_KEYWORDS);
  return notes;
}
