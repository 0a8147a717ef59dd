import { colleagues } from './people';

/**
 * Sharing what the product makes with the spreadsheet's editors, with the narrow scopes it has:
 * - a Doc through DocumentApp (Document.addEditors: the `documents` scope, no Drive scope at all);
 * - a folder the script made for this consultant through the Drive API (Permissions.create works under
 *   `drive.file` on the app's own files); what is made in the folder inherits its sharing (My Drive).
 * No colleague ever needs the Drive API on another consultant's file: they open shared Docs with
 * DocumentApp, and each consultant's merge writes into that consultant's own folder.
 */

interface DriveV3Permissions {
  Permissions: {
    create(resource: object, fileId: string, optional?: object): { id?: string };
    list(fileId: string, optional?: object): { permissions?: { emailAddress?: string }[] };
  };
}
declare const Drive: DriveV3Permissions;

/** Makes the spreadsheet's editors editors of the Doc (only those who are not yet). */
export function shareDocWithTeam(doc: GoogleAppsScript.Document.Document, team: readonly string[] = colleagues()): void {
  if (!team.length) return;
  const has = new Set(doc.getEditors().map((u) => u.getEmail().toLowerCase()));
  const missing = team.filter((e) => !has.has(e.toLowerCase()));
  if (missing.length) doc.addEditors(missing);
}

/** Makes the spreadsheet's editors writers on a folder this consultant's script made. */
export function shareFolderWithTeam(folderId: string, team: readonly string[] = colleagues()): void {
  if (!team.length) return;
  const perms = Drive.Permissions.list(folderId, { fields: 'permissions(emailAddress)' }).permissions ?? [];
  const has = new Set(perms.map((p) => (p.emailAddress ?? '').toLowerCase()));
  for (const email of team) {
    if (has.has(email.toLowerCase())) continue;
    Drive.Permissions.create({ type: 'user', role: 'writer', emailAddress: email }, folderId, { sendNotificationEmail: false, fields: 'id' });
  }
}
