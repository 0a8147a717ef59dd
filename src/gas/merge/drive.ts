/**
 * Drive for the merge through the advanced Drive service (v3), never DriveApp: DriveApp needs the full
 * `drive` scope (every file of the user), while Drive.Files honours `drive.file` (the files this script
 * made), the only Drive scope appsscript.json grants. The service is enabled in the manifest
 * (dependencies.enabledAdvancedServices, userSymbol "Drive", v3); @types/google-apps-script has no v3
 * typing, so the few calls used are typed here.
 */

import { isNotThere } from '../service-errors';

interface DriveFileV3 {
  id?: string;
  name?: string;
  mimeType?: string;
  webViewLink?: string;
  trashed?: boolean;
}

interface DriveV3 {
  Files: {
    create(resource: object, blob?: GoogleAppsScript.Base.Blob | null, optional?: object): DriveFileV3;
    update(resource: object, fileId: string, blob?: GoogleAppsScript.Base.Blob | null, optional?: object): DriveFileV3;
    get(fileId: string, optional?: object): DriveFileV3;
    list(optional?: object): { files?: DriveFileV3[]; nextPageToken?: string };
  };
}

declare const Drive: DriveV3;

const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const FIELDS = 'id,name,webViewLink,mimeType,trashed';

export interface DriveItem {
  id: string;
  url: string;
  /** The name in Drive; empty when Drive did not say. */
  name: string;
}

const item = (f: DriveFileV3): DriveItem => ({ id: f.id!, url: f.webViewLink ?? '', name: f.name ?? '' });

/** A folder the script may use, or undefined when it is gone, in the bin or not a folder. */
export function openFolder(id: string): DriveItem | undefined {
  let f: DriveFileV3;
  try {
    f = Drive.Files.get(id, { fields: FIELDS });
  } catch (e) {
    // A passing error must not start a second folder or call the team's folder unreadable.
    if (!isNotThere(e)) throw e;
    return undefined;
  }
  return f.mimeType === FOLDER && !f.trashed ? item(f) : undefined;
}

export function createFolder(name: string): DriveItem {
  return item(Drive.Files.create({ name, mimeType: FOLDER }, null, { fields: FIELDS }));
}

/** An empty Google Doc made by the Drive API in `folderId` (an app file: drive.file reaches it). */
export function createDoc(name: string, folderId: string): DriveItem {
  return item(Drive.Files.create({ name, mimeType: DOC, parents: [folderId] }, null, { fields: FIELDS }));
}

/** Files not in the bin with exactly this name, in `folderId` or anywhere the script may see. */
export function filesNamed(name: string, folderId?: string): DriveItem[] {
  const q = [`name = '${quote(name)}'`, 'trashed = false', ...(folderId ? [`'${quote(folderId)}' in parents`] : [])].join(' and ');
  const out: DriveItem[] = [];
  let pageToken: string | undefined;
  do {
    const page = Drive.Files.list({ q, fields: 'nextPageToken,files(id,webViewLink)', pageSize: 100, ...(pageToken ? { pageToken } : {}) });
    out.push(...(page.files ?? []).map(item));
    pageToken = page.nextPageToken;
  } while (pageToken);
  return out;
}

export function trash(fileId: string): void {
  Drive.Files.update({ trashed: true }, fileId, null, { fields: 'id' });
}

/** A file from a blob, in `folderId`. */
export function createFile(name: string, blob: GoogleAppsScript.Base.Blob, mimeType: string, folderId: string): DriveItem {
  return item(Drive.Files.create({ name, mimeType, parents: [folderId] }, blob, { fields: FIELDS }));
}

/** Drive's query strings are single-quoted: a quote or backslash in a name is escaped. */
function quote(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}
