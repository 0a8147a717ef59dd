/**
 * The few Drive v3 calls the self-test needs beyond the merge's (src/gas/merge/drive.ts): a file made
 * outside the folder and moved into it, permanent removal of what the test made, and reading a file's
 * parents and permissions. Only on files this script made, which `drive.file` allows.
 */

interface DriveFileV3 {
  id?: string;
  parents?: string[];
}

interface DriveV3 {
  Files: {
    create(resource: object, blob?: GoogleAppsScript.Base.Blob | null, optional?: object): DriveFileV3;
    update(resource: object, fileId: string, blob?: GoogleAppsScript.Base.Blob | null, optional?: object): DriveFileV3;
    remove(fileId: string): void;
  };
  Permissions: {
    list(fileId: string, optional?: object): { permissions?: { emailAddress?: string }[] };
  };
}

declare const Drive: DriveV3;

/** A small text file in My Drive (not in any folder of ours): its id and parents. */
export function createLooseFile(name: string, content: string): { id: string; parents: string[] } {
  const f = Drive.Files.create({ name, mimeType: 'text/plain' }, Utilities.newBlob(content, 'text/plain', name), { fields: 'id,parents' });
  return { id: f.id!, parents: f.parents ?? [] };
}

/** Moves a file into `folderId` (out of its other parents); the parents it has afterwards. */
export function moveInto(fileId: string, from: readonly string[], folderId: string): string[] {
  const f = Drive.Files.update({}, fileId, null, { addParents: folderId, removeParents: from.join(','), fields: 'id,parents' });
  return f.parents ?? [];
}

/** Deletes a file or folder for good (not to the bin): only what the self-test made. */
export function removeFile(fileId: string): void {
  Drive.Files.remove(fileId);
}

export function sharedWith(fileId: string): string[] {
  const perms = Drive.Permissions.list(fileId, { fields: 'permissions(emailAddress)' }).permissions ?? [];
  return perms.map((p) => (p.emailAddress ?? '').toLowerCase());
}
