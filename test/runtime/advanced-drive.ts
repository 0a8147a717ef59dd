/**
 * The advanced Drive service, v3 (`Drive.Files.*`), over the same DriveStore as DriveApp: Docs made by
 * DocumentApp are Drive files here too. Signatures follow Apps Script's rule for advanced services:
 * request body first, then path parameters, then the media blob, then optional query parameters —
 *   Files.create(resource, blob?, optional?)     Files.copy(resource, fileId, optional?)
 *   Files.update(resource, fileId, blob?, optional?)   (optional: addParents, removeParents, fields)
 *   Files.get(fileId, optional?)   Files.list(optional?)   (optional.q: Drive's query language, a subset)
 *   Files.remove(fileId)            (`delete` is a reserved word)
 * As the API does, a response holds only kind, id, name and mimeType unless `fields` asks for more, and
 * `list` skips nothing but what `q` excludes (trashed files too, unless `trashed = false`).
 *
 * Access: the acting user sees only what they own or what is shared with them (DriveStore.roleOf), and
 * with only `drive.file` granted (see kernel.scopes) only the files the app created for *that user* (or
 * a test says they opened with it): a colleague's file shared with them is still "File not found". Docs
 * made by DocumentApp.create are not in the drive.file set: Google does not document that the Drive API
 * sees them under drive.file, so the stricter reading is modelled. Changing an item needs the writer role,
 * trashing or deleting it the owner's (My Drive; shared drives are not modelled).
 * The alias `root` names My Drive anywhere a file id is taken.
 *
 * Permissions.create(resource, fileId, optional) shares an item the user may change with a user
 * (`{ type: 'user', role: 'writer' | 'reader' | 'commenter', emailAddress }`); Permissions.list lists them.
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create
 */
import type { FileEntry, FolderEntry } from './drive';
import { DriveStore, MimeType } from './drive';
import type { Env } from './env';
import { FakeBlob } from './utilities';

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

type Item = { kind: 'file'; entry: FileEntry } | { kind: 'folder'; entry: FolderEntry };

export interface DriveResource {
  kind: string;
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  webViewLink: string;
  createdTime: string;
  modifiedTime: string;
  size?: string;
}

class FakeFiles {
  constructor(
    private readonly env: Env,
    private readonly store: DriveStore,
  ) {}

  private call(method: string, args: unknown[], write = false) {
    this.env.k.call(`Drive.Files.${method}`, { write, args });
  }
  private notFound(id: string): Error {
    return this.env.k.error(`API call to drive.files.get failed with error: File not found: ${id}.`, 'GoogleJsonResponseException');
  }
  private resolveId(id: string): string {
    return id === 'root' ? this.store.rootId : id;
  }
  /** The entry of an item this user's app may see (for Permissions). */
  itemFor(rawId: unknown): FileEntry | FolderEntry {
    return this.item(rawId).entry;
  }
  /** A file or folder this script may see. */
  private item(rawId: unknown): Item {
    const id = this.resolveId(String(rawId));
    const file = this.store.files.get(id);
    const item: Item | undefined = file ? { kind: 'file', entry: file } : this.store.folders.has(id) ? { kind: 'folder', entry: this.store.folders.get(id)! } : undefined;
    if (!item || !this.visible(item)) throw this.notFound(String(rawId));
    return item;
  }
  private visible(item: Item): boolean {
    if (item.entry.id === this.store.rootId) return true;
    const user = this.env.k.activeUser;
    if (!this.store.canRead(user, item.entry.id)) return false;
    return this.env.k.hasFullDrive() || this.store.appFiles(user).has(item.entry.id);
  }
  private mustWrite(item: Item, ownerOnly = false): void {
    const user = this.env.k.activeUser;
    const ok = ownerOnly ? this.store.roleOf(user, item.entry.id) === 'owner' : this.store.canWrite(user, item.entry.id);
    if (!ok) throw this.env.k.error(`API call to drive.files.update failed with error: The user does not have sufficient permissions for file ${item.entry.id}.`, 'GoogleJsonResponseException');
  }
  private resource(item: Item): DriveResource {
    const e = item.entry;
    const isFolder = item.kind === 'folder';
    const mimeType = isFolder ? MimeType.FOLDER : (e as FileEntry).mimeType;
    const name = isFolder ? e.name : this.store.nameOf(e as FileEntry);
    const webViewLink = isFolder
      ? `https://drive.google.com/drive/folders/${e.id}`
      : mimeType === MimeType.GOOGLE_DOCS
        ? `https://docs.google.com/document/d/${e.id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${e.id}/view?usp=drivesdk`;
    const out: DriveResource = {
      kind: 'drive#file', id: e.id, name, mimeType, parents: [...e.parents], trashed: e.trashed, webViewLink,
      createdTime: new Date(e.created).toISOString(),
      modifiedTime: new Date(isFolder ? e.created : (e as FileEntry).updated).toISOString(),
    };
    if (!isFolder && (e as FileEntry).data) out.size = String((e as FileEntry).data!.length);
    return out;
  }
  private pick(r: DriveResource, fields: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      if (f === '*') return { ...r };
      if (f in r) out[f] = (r as unknown as Record<string, unknown>)[f];
    }
    return out;
  }
  private answer(item: Item, optional?: { fields?: string }): Record<string, unknown> {
    const fields = optional?.fields ? splitFields(optional.fields) : DEFAULT_FIELDS;
    return this.env.k.out(this.pick(this.resource(item), fields));
  }
  private checkParents(parents: unknown): string[] {
    if (parents === undefined) return [this.store.rootId];
    if (!Array.isArray(parents) || parents.length !== 1) throw this.env.k.error('API call to drive.files.create failed with error: A shared drive item must have exactly one parent.', 'GoogleJsonResponseException');
    const id = this.resolveId(String(parents[0]));
    const folder = this.store.folders.get(id);
    if (!folder || !this.visible({ kind: 'folder', entry: folder })) throw this.notFound(String(parents[0]));
    this.mustWrite({ kind: 'folder', entry: folder });
    return [id];
  }

  create(resource: Record<string, unknown> | null, blob?: unknown, optional?: { fields?: string }) {
    this.call('create', [resource, blob, optional], true);
    const r = resource ?? {};
    const parents = this.checkParents(r.parents);
    const mimeType = r.mimeType === undefined ? undefined : String(r.mimeType);
    let item: Item;
    if (mimeType === MimeType.FOLDER) {
      const f = this.store.addFolder(String(r.name ?? 'Untitled'), parents[0]);
      item = { kind: 'folder', entry: f };
    } else if (mimeType === MimeType.GOOGLE_DOCS && blob == null) {
      const f = this.store.addGoogleDoc(String(r.name ?? 'Untitled document'), [], parents[0]);
      item = { kind: 'file', entry: f };
    } else {
      if (blob != null && !(blob instanceof FakeBlob)) throw this.env.k.error('The mediaData parameter only supports Blob types for upload.');
      const b = blob as FakeBlob | undefined;
      const type = mimeType ?? b?.contentType ?? 'application/octet-stream';
      if (type.startsWith('application/vnd.google-apps') && b) throw this.env.k.error('API call to drive.files.create failed with error: Conversion of uploads is not supported by this test runtime.');
      const name = String(r.name ?? b?.name ?? 'Untitled');
      const f = this.store.addFile(name, b ? Buffer.from(b.data) : Buffer.alloc(0), type, parents[0]);
      item = { kind: 'file', entry: f };
    }
    this.store.appFiles(this.env.k.activeUser).add(item.entry.id);
    return this.answer(item, optional);
  }

  copy(resource: Record<string, unknown> | null, fileId: string, optional?: { fields?: string }) {
    this.call('copy', [resource, fileId, optional], true);
    const src = this.item(fileId);
    if (src.kind === 'folder') throw this.env.k.error('API call to drive.files.copy failed with error: This file cannot be copied by the user.', 'GoogleJsonResponseException');
    const r = resource ?? {};
    const name = String(r.name ?? `Copy of ${this.store.nameOf(src.entry)}`);
    const parents = r.parents === undefined ? [...src.entry.parents] : this.checkParents(r.parents);
    let entry: FileEntry;
    if (src.entry.mimeType === MimeType.GOOGLE_DOCS) {
      const doc = this.store.docs.get(src.entry.id);
      if (!doc) throw this.notFound(fileId);
      const copy = this.store.docs.copy(doc, name, this.env.k.activeUser);
      entry = this.store.registerDoc(copy.id, name, parents[0]);
    } else {
      entry = this.store.addFile(name, Buffer.from(src.entry.data ?? Buffer.alloc(0)), src.entry.mimeType, parents[0]);
    }
    this.store.appFiles(this.env.k.activeUser).add(entry.id);
    return this.answer({ kind: 'file', entry }, optional);
  }

  update(resource: Record<string, unknown> | null, fileId: string, blob?: unknown, optional?: { addParents?: string; removeParents?: string; fields?: string }) {
    this.call('update', [resource, fileId, blob, optional], true);
    const item = this.item(fileId);
    const r = resource ?? {};
    this.mustWrite(item, r.trashed !== undefined);
    if ('parents' in r) throw this.env.k.error('API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.', 'GoogleJsonResponseException');
    // Check everything before changing anything: a failed update changes nothing.
    const add = splitIds(optional?.addParents).map((id) => this.resolveId(id));
    for (const id of add) {
      const folder = this.store.folders.get(id);
      if (!folder || !this.visible({ kind: 'folder', entry: folder })) throw this.notFound(id);
      this.mustWrite({ kind: 'folder', entry: folder });
    }
    const remove = splitIds(optional?.removeParents).map((id) => this.resolveId(id));
    if (blob != null && (item.kind === 'folder' || item.entry.mimeType === MimeType.GOOGLE_DOCS || !(blob instanceof FakeBlob))) {
      throw this.env.k.error('API call to drive.files.update failed with error: The file content cannot be replaced.', 'GoogleJsonResponseException');
    }
    const e = item.entry;
    if (r.name !== undefined) {
      e.name = String(r.name);
      const doc = item.kind === 'file' ? this.store.docs.get(e.id) : undefined;
      if (doc) doc.name = String(r.name);
    }
    if (r.trashed !== undefined) e.trashed = Boolean(r.trashed);
    if (item.kind === 'file' && r.description !== undefined) item.entry.description = r.description === null ? null : String(r.description);
    e.parents = [...e.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !e.parents.includes(p))];
    if (item.kind === 'file') {
      if (blob != null) item.entry.data = Buffer.from((blob as FakeBlob).data);
      item.entry.updated = this.env.k.clock.nowMs();
    }
    return this.answer(item, optional);
  }

  get(fileId: string, optional?: { fields?: string; alt?: string }) {
    this.call('get', [fileId, optional]);
    const item = this.item(fileId);
    if (optional?.alt === 'media') throw this.env.k.error('Use Drive.Files.download or DriveApp for file content (not modelled by this test runtime).');
    return this.answer(item, optional);
  }

  list(optional?: { q?: string; fields?: string; pageSize?: number; pageToken?: string }) {
    this.call('list', [optional]);
    const test = parseQuery(optional?.q ?? '', (m) => this.env.k.error(`API call to drive.files.list failed with error: Invalid Value (${m})`, 'GoogleJsonResponseException'), (id) => this.resolveId(id));
    const items: Item[] = [
      ...[...this.store.folders.values()].filter((f) => f.id !== this.store.rootId).map((entry): Item => ({ kind: 'folder', entry })),
      ...[...this.store.files.values()].map((entry): Item => ({ kind: 'file', entry })),
    ].filter((i) => this.visible(i));
    const matched = items.map((i) => this.resource(i)).filter(test);
    const size = Math.min(Math.max(1, optional?.pageSize ?? 100), 1000);
    const start = optional?.pageToken ? Number(optional.pageToken) : 0;
    const page = matched.slice(start, start + size);
    const next = start + size < matched.length ? String(start + size) : undefined;
    const { top, files } = listFields(optional?.fields);
    const out: Record<string, unknown> = {};
    if (top.includes('kind')) out.kind = 'drive#fileList';
    if (top.includes('nextPageToken') && next) out.nextPageToken = next;
    if (top.includes('incompleteSearch')) out.incompleteSearch = false;
    out.files = page.map((r) => this.pick(r, files));
    return this.env.k.out(out);
  }

  remove(fileId: string) {
    this.call('remove', [fileId], true);
    const item = this.item(fileId);
    this.mustWrite(item, true);
    if (item.kind === 'file') this.store.files.delete(item.entry.id);
    else this.store.folders.delete(item.entry.id);
  }
}

class FakePermissions {
  constructor(
    private readonly env: Env,
    private readonly store: DriveStore,
    private readonly files: FakeFiles,
  ) {}
  create(resource: Record<string, unknown> | null, fileId: string, optional?: { sendNotificationEmail?: boolean; fields?: string }) {
    this.env.k.call('Drive.Permissions.create', { write: true, args: [resource, fileId, optional] });
    const item = this.files.itemFor(fileId);
    const r = resource ?? {};
    const role = String(r.role ?? '');
    const email = String(r.emailAddress ?? '');
    const fail = (m: string) => this.env.k.error(`API call to drive.permissions.create failed with error: ${m}`, 'GoogleJsonResponseException');
    if (r.type !== 'user') throw fail('Only user permissions are modelled by this test runtime.');
    if (!['writer', 'reader', 'commenter'].includes(role)) throw fail(`Invalid Value (role: ${role})`);
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw fail('Invalid email address.');
    if (!this.store.canWrite(this.env.k.activeUser, item.id)) throw fail(`The user does not have sufficient permissions for file ${item.id}.`);
    this.store.share(item.id, email, role === 'writer' ? 'writer' : 'reader');
    return this.env.k.out({ kind: 'drive#permission', id: `perm-${email}`, type: 'user', role, emailAddress: email });
  }
  list(fileId: string, _optional?: object) {
    this.env.k.call('Drive.Permissions.list', { args: [fileId] });
    const e = this.files.itemFor(fileId);
    const perms = [
      { type: 'user', role: 'owner', emailAddress: e.owner },
      ...e.editors.map((emailAddress) => ({ type: 'user', role: 'writer', emailAddress })),
      ...e.viewers.map((emailAddress) => ({ type: 'user', role: 'reader', emailAddress })),
    ];
    return this.env.k.out({ kind: 'drive#permissionList', permissions: perms.map((p) => ({ kind: 'drive#permission', id: `perm-${p.emailAddress}`, ...p })) });
  }
}

/** `Drive` as Apps Script binds it when the manifest enables the service (userSymbol "Drive", v3). */
export class FakeAdvancedDrive {
  readonly Files: FakeFiles;
  readonly Permissions: FakePermissions;
  constructor(env: Env, store: DriveStore) {
    this.Files = new FakeFiles(env, store);
    this.Permissions = new FakePermissions(env, store, this.Files);
  }
}

function splitFields(fields: string): string[] {
  return fields.split(',').map((f) => f.trim()).filter(Boolean);
}

function splitIds(ids: string | undefined): string[] {
  return ids ? ids.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** `files(id,name),nextPageToken` → the list's own fields and each file's. */
function listFields(fields: string | undefined): { top: string[]; files: string[] } {
  if (!fields) return { top: ['kind', 'nextPageToken', 'incompleteSearch'], files: DEFAULT_FIELDS };
  const top: string[] = [];
  let files: string[] = [];
  for (const m of fields.matchAll(/files(?:\(([^)]*)\))?|[A-Za-z]+/g)) {
    if (m[0].startsWith('files')) files = m[1] ? splitFields(m[1]) : ['*'];
    else top.push(m[0]);
  }
  return { top, files };
}

/**
 * A subset of Drive's query language, enough to find files by name and folder: terms joined by `and`,
 * each one of `name = '…'`, `name contains '…'`, `mimeType = '…'` / `!=`, `trashed = true|false`,
 * `'<id>' in parents`. Anything else is refused (as an invalid query), never silently ignored.
 */
export function parseQuery(q: string, fail: (m: string) => Error, resolveId: (id: string) => string): (r: DriveResource) => boolean {
  const tests: ((r: DriveResource) => boolean)[] = [];
  const str = String.raw`'((?:[^'\\]|\\.)*)'`;
  const term = new RegExp(String.raw`^\s*(?:(name|mimeType)\s*(=|!=|contains)\s*${str}|trashed\s*(=|!=)\s*(true|false)|${str}\s+in\s+parents)\s*(?:and\b|$)`, 'i');
  const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
  let rest = q.trim();
  while (rest) {
    const m = term.exec(rest);
    if (!m) throw fail(q);
    if (m[1]) {
      const field = m[1] as 'name' | 'mimeType';
      const op = m[2];
      const v = unescape(m[3]);
      if (op === 'contains' && field !== 'name') throw fail(q);
      tests.push((r) => (op === '=' ? r[field] === v : op === '!=' ? r[field] !== v : r[field].toLowerCase().includes(v.toLowerCase())));
    } else if (m[4]) {
      const want = (m[5].toLowerCase() === 'true') === (m[4] === '=');
      tests.push((r) => r.trashed === want);
    } else {
      const id = resolveId(unescape(m[6]));
      tests.push((r) => r.parents.includes(id));
    }
    rest = rest.slice(m[0].length).trim();
  }
  return (r) => tests.every((t) => t(r));
}
