/**
 * DriveApp: files and folders in memory. Google Docs made by DocumentApp live here too (same id).
 * Iterators (getFiles, getFilesByName, …) include trashed items, as DriveApp's do: check isTrashed().
 * A Google Doc's blob is its PDF export of the last saved state; makeCopy copies the saved state.
 */
import type { DocumentStore } from './documents';
import type { Env } from './env';
import { FakeUser } from './spreadsheet';
import type { GasShape } from './types';
import { FakeBlob } from './utilities';

export const MimeType = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  PDF: 'application/pdf',
  PLAIN_TEXT: 'text/plain',
  HTML: 'text/html',
  CSV: 'text/csv',
  JSON: 'application/json',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ZIP: 'application/zip',
} as const;

export interface FileEntry {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  created: number;
  updated: number;
  owner: string;
  /** Users the file is shared with (besides the owner); see DriveStore.roleOf. */
  editors: string[];
  viewers: string[];
  description: string | null;
  data: Buffer | null;
}
export interface FolderEntry {
  id: string;
  name: string;
  parents: string[];
  trashed: boolean;
  created: number;
  owner: string;
  editors: string[];
  viewers: string[];
}

export type Role = 'owner' | 'writer' | 'reader';

const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/**
 * Ownership and access (Drive's sharing model, https://developers.google.com/workspace/drive/api/guides/manage-sharing):
 * every file and folder has an owner (the user whose execution made it) and lists of editors and viewers.
 * A user may read an item they own or that is shared with them, directly or through a folder it is in
 * (My Drive's inherited permissions); a writer may change it and share it; only the owner may trash or
 * delete it (stricter than shared drives, which this runtime does not model). One "My Drive" folder id
 * stands for every user's root (a simplification: it grants nobody anything).
 *
 * The drive.file scope is per user (https://developers.google.com/workspace/drive/api/guides/api-specific-auth:
 * "files that the user has opened or created with the app"): `appFiles(user)` holds what the app made
 * (or a test says the user opened with it) for that user; a colleague's file shared with them is not in it.
 */
export class DriveStore {
  readonly files = new Map<string, FileEntry>();
  readonly folders = new Map<string, FolderEntry>();
  private readonly app = new Map<string, Set<string>>();
  readonly rootId: string;
  constructor(
    private readonly env: Env,
    readonly docs: DocumentStore,
    private readonly owner: () => string,
  ) {
    this.rootId = env.ids.next('0root');
    this.folders.set(this.rootId, { id: this.rootId, name: 'My Drive', parents: [], trashed: false, created: 0, owner: owner(), editors: [], viewers: [] });
  }
  /** What the app may reach for `user` under drive.file (made by the app for them, or opened with it). */
  appFiles(user: string): Set<string> {
    let set = this.app.get(user);
    if (!set) this.app.set(user, (set = new Set()));
    return set;
  }
  /** The acting user's drive.file set (kept for tests written before users were modelled). */
  get byScript(): Set<string> {
    return this.appFiles(this.owner());
  }
  entry(id: string): FileEntry | FolderEntry | undefined {
    return this.files.get(id) ?? this.folders.get(id);
  }
  /** The user's role on an item: own, shared directly, or inherited from a folder it is in. */
  roleOf(user: string, id: string, seen = new Set<string>()): Role | null {
    const e = this.entry(id);
    if (!e || id === this.rootId || seen.has(id)) return null;
    seen.add(id);
    if (e.owner === user) return 'owner';
    let best: Role | null = e.editors.includes(user) ? 'writer' : e.viewers.includes(user) ? 'reader' : null;
    for (const p of e.parents) {
      if (best === 'writer') break;
      const inherited = this.roleOf(user, p, seen);
      if (inherited === 'owner' || inherited === 'writer') best = 'writer';
      else if (inherited === 'reader' && !best) best = 'reader';
    }
    return best;
  }
  canRead(user: string, id: string): boolean {
    return id === this.rootId || this.roleOf(user, id) !== null;
  }
  canWrite(user: string, id: string): boolean {
    const r = id === this.rootId ? 'owner' : this.roleOf(user, id);
    return r === 'owner' || r === 'writer';
  }
  /** Share an item (test set-up, or a fake's share call after its own checks). */
  share(id: string, email: string, role: 'writer' | 'reader'): void {
    const e = this.entry(id);
    if (!e || e.owner === email) return;
    if (role === 'writer') {
      e.viewers = e.viewers.filter((x) => x !== email);
      if (!e.editors.includes(email)) e.editors.push(email);
    } else if (!e.editors.includes(email) && !e.viewers.includes(email)) e.viewers.push(email);
  }
  private now() {
    return this.env.k.clock.nowMs();
  }
  /** Test helper: add a plain file. */
  addFile(name: string, content: string | Buffer, mimeType = 'text/plain', folderId?: string): FileEntry {
    const id = this.env.ids.next('1file');
    const f: FileEntry = {
      id, name, mimeType, parents: [folderId ?? this.rootId], trashed: false, created: this.now(), updated: this.now(),
      owner: this.owner(), editors: [], viewers: [], description: null, data: Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'),
    };
    this.files.set(id, f);
    return f;
  }
  /** Test helper: add a Google Doc (e.g. a letter template) with these body paragraphs; returns its file entry. */
  addGoogleDoc(name: string, paragraphs: string[], folderId?: string): FileEntry {
    const doc = this.docs.create(name, paragraphs, this.owner());
    return this.registerDoc(doc.id, name, folderId);
  }
  registerDoc(id: string, name: string, folderId?: string): FileEntry {
    const f: FileEntry = {
      id, name, mimeType: MimeType.GOOGLE_DOCS, parents: [folderId ?? this.rootId], trashed: false, created: this.now(),
      updated: this.now(), owner: this.owner(), editors: [], viewers: [], description: null, data: null,
    };
    this.files.set(id, f);
    return f;
  }
  /** Test helper: add a folder. */
  addFolder(name: string, parentId?: string): FolderEntry {
    const id = this.env.ids.next('1fold');
    const f: FolderEntry = { id, name, parents: [parentId ?? this.rootId], trashed: false, created: this.now(), owner: this.owner(), editors: [], viewers: [] };
    this.folders.set(id, f);
    return f;
  }
  filesIn(folderId: string): FileEntry[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId));
  }
  foldersIn(folderId: string): FolderEntry[] {
    return [...this.folders.values()].filter((f) => f.parents.includes(folderId));
  }
  /** The name of a Doc entry is the document's name. */
  nameOf(f: FileEntry): string {
    if (f.mimeType === MimeType.GOOGLE_DOCS) return this.docs.get(f.id)?.name ?? f.name;
    return f.name;
  }
}

export class FakeIterator<T> {
  private i = 0;
  constructor(
    private readonly env: Env,
    private readonly cls: string,
    private readonly items: T[],
  ) {}
  hasNext() {
    this.env.k.call(`${this.cls}.hasNext`);
    return this.i < this.items.length;
  }
  next() {
    this.env.k.call(`${this.cls}.next`);
    if (this.i >= this.items.length) throw this.env.k.error('Cannot retrieve the next object: iterator has reached the end.');
    return this.items[this.i++];
  }
  getContinuationToken() {
    this.env.k.local(`${this.cls}.getContinuationToken`);
    return `token-${this.i}`;
  }
}

/** What Drive's File and Folder share: in Apps Script two classes with these same methods. */
abstract class FakeDriveItem<E extends FileEntry | FolderEntry> {
  constructor(
    protected readonly env: Env,
    protected readonly store: DriveStore,
    readonly entry: E,
    private readonly kind: 'File' | 'Folder',
  ) {}
  protected use(m: string, write = false) {
    this.env.k.call(`${this.kind}.${m}`, { write });
  }
  getId() {
    this.use('getId');
    return this.entry.id;
  }
  getParents() {
    this.use('getParents');
    return new FakeIterator(this.env, 'FolderIterator', this.entry.parents.map((id) => new FakeFolder(this.env, this.store, this.store.folders.get(id)!)));
  }
  setTrashed(trashed: boolean) {
    this.use('setTrashed', true);
    if (this.env.k.current && this.store.roleOf(this.env.k.activeUser, this.entry.id) !== 'owner') throw this.env.k.error('Access denied: DriveApp.');
    this.entry.trashed = Boolean(trashed);
    return this;
  }
  isTrashed() {
    this.use('isTrashed');
    return this.entry.trashed;
  }
  getDateCreated() {
    this.use('getDateCreated');
    return this.env.k.out(new Date(this.entry.created));
  }
}

export class FakeFile extends FakeDriveItem<FileEntry> implements GasShape<GoogleAppsScript.Drive.File> {
  constructor(env: Env, store: DriveStore, entry: FileEntry) {
    super(env, store, entry, 'File');
  }
  private isDoc() {
    return this.entry.mimeType === MimeType.GOOGLE_DOCS;
  }
  getName() {
    this.use('getName');
    return this.store.nameOf(this.entry);
  }
  setName(name: string) {
    this.use('setName', true);
    this.entry.name = String(name);
    const d = this.store.docs.get(this.entry.id);
    if (d && this.isDoc()) d.name = String(name);
    this.entry.updated = this.env.k.clock.nowMs();
    return this;
  }
  getMimeType() {
    this.use('getMimeType');
    return this.entry.mimeType;
  }
  getUrl() {
    this.use('getUrl');
    return this.isDoc() ? `https://docs.google.com/document/d/${this.entry.id}/edit?usp=drivesdk` : `https://drive.google.com/file/d/${this.entry.id}/view?usp=drivesdk`;
  }
  getDownloadUrl() {
    this.use('getDownloadUrl');
    return `https://drive.google.com/uc?id=${this.entry.id}&export=download`;
  }
  private pdf(): FakeBlob {
    const d = this.store.docs.get(this.entry.id);
    if (!d) throw this.env.k.error(NOT_FOUND);
    return this.store.docs.pdfBlob(d);
  }
  getBlob() {
    this.use('getBlob');
    if (this.isDoc()) return this.pdf();
    return new FakeBlob(this.env, Buffer.from(this.entry.data ?? Buffer.alloc(0)), this.entry.mimeType, this.entry.name);
  }
  getAs(contentType: string) {
    this.use('getAs');
    if (this.isDoc() && contentType === MimeType.PDF) return this.pdf();
    if (!this.isDoc() && contentType === this.entry.mimeType) {
      return new FakeBlob(this.env, Buffer.from(this.entry.data ?? Buffer.alloc(0)), this.entry.mimeType, this.entry.name);
    }
    throw this.env.k.error(`Converting from ${this.entry.mimeType} to ${contentType} is not supported.`);
  }
  makeCopy(nameOrDestination?: unknown, destination?: unknown) {
    this.use('makeCopy', true);
    let name = `Copy of ${this.store.nameOf(this.entry)}`;
    let dest: FakeFolder | undefined;
    if (typeof nameOrDestination === 'string') {
      name = nameOrDestination;
      dest = destination as FakeFolder | undefined;
    } else if (nameOrDestination) dest = nameOrDestination as FakeFolder;
    const parents = dest ? [dest.entry.id] : [...this.entry.parents];
    if (this.isDoc()) {
      const src = this.store.docs.get(this.entry.id);
      if (!src) throw this.env.k.error(NOT_FOUND);
      const copy = this.store.docs.copy(src, name, this.env.k.activeUser);
      const f = this.store.registerDoc(copy.id, name, parents[0]);
      return new FakeFile(this.env, this.store, f);
    }
    const f = this.store.addFile(name, Buffer.from(this.entry.data ?? Buffer.alloc(0)), this.entry.mimeType, parents[0]);
    return new FakeFile(this.env, this.store, f);
  }
  moveTo(destination: GoogleAppsScript.Drive.Folder) {
    this.use('moveTo', true);
    this.entry.parents = [(destination as unknown as FakeFolder).entry.id];
    return this;
  }
  getSize() {
    this.use('getSize');
    return this.isDoc() ? 0 : (this.entry.data?.length ?? 0);
  }
  getLastUpdated() {
    this.use('getLastUpdated');
    return this.env.k.out(new Date(this.entry.updated));
  }
  getOwner() {
    this.use('getOwner');
    return new FakeUser(this.entry.owner);
  }
  getDescription() {
    this.use('getDescription');
    return this.entry.description;
  }
  setDescription(description: string) {
    this.use('setDescription', true);
    this.entry.description = description;
    return this;
  }
  setContent(content: string) {
    this.use('setContent', true);
    if (this.isDoc()) throw this.env.k.error('Cannot set content of a Google Docs file.');
    this.entry.data = Buffer.from(String(content), 'utf8');
    return this;
  }
}

export class FakeFolder extends FakeDriveItem<FolderEntry> implements GasShape<GoogleAppsScript.Drive.Folder> {
  constructor(env: Env, store: DriveStore, entry: FolderEntry) {
    super(env, store, entry, 'Folder');
  }
  private file(f: FileEntry) {
    return new FakeFile(this.env, this.store, f);
  }
  getName() {
    this.use('getName');
    return this.entry.name;
  }
  setName(name: string) {
    this.use('setName', true);
    this.entry.name = String(name);
    return this;
  }
  getUrl() {
    this.use('getUrl');
    return `https://drive.google.com/drive/folders/${this.entry.id}`;
  }
  createFile(a: unknown, content?: string, mimeType?: string) {
    this.use('createFile', true);
    return this.file(createFileIn(this.env, this.store, this.entry.id, a, content, mimeType));
  }
  createFolder(name: string) {
    this.use('createFolder', true);
    return new FakeFolder(this.env, this.store, this.store.addFolder(String(name), this.entry.id));
  }
  getFiles() {
    this.use('getFiles');
    return new FakeIterator(this.env, 'FileIterator', this.store.filesIn(this.entry.id).map((f) => this.file(f)));
  }
  getFilesByName(name: string) {
    this.use('getFilesByName');
    return new FakeIterator(this.env, 'FileIterator', this.store.filesIn(this.entry.id).filter((f) => this.store.nameOf(f) === name).map((f) => this.file(f)));
  }
  getFilesByType(mimeType: string) {
    this.use('getFilesByType');
    return new FakeIterator(this.env, 'FileIterator', this.store.filesIn(this.entry.id).filter((f) => f.mimeType === mimeType).map((f) => this.file(f)));
  }
  getFolders() {
    this.use('getFolders');
    return new FakeIterator(this.env, 'FolderIterator', this.store.foldersIn(this.entry.id).map((f) => new FakeFolder(this.env, this.store, f)));
  }
  getFoldersByName(name: string) {
    this.use('getFoldersByName');
    return new FakeIterator(this.env, 'FolderIterator', this.store.foldersIn(this.entry.id).filter((f) => f.name === name).map((f) => new FakeFolder(this.env, this.store, f)));
  }
}

function createFileIn(env: Env, store: DriveStore, folderId: string, a: unknown, content?: string, mimeType?: string): FileEntry {
  if (a instanceof FakeBlob) {
    return store.addFile(a.name ?? 'Untitled', Buffer.from(a.data), a.contentType ?? 'application/octet-stream', folderId);
  }
  if (typeof a === 'string') {
    if (content === undefined) throw env.k.error("The parameters (String) don't match the method signature for DriveApp.Folder.createFile.");
    if (mimeType && mimeType.startsWith('application/vnd.google-apps')) throw env.k.error('Invalid mime type. Use DocumentApp or SpreadsheetApp to create Google files.');
    return store.addFile(a, String(content), mimeType ?? MimeType.PLAIN_TEXT, folderId);
  }
  throw env.k.error("The parameters (Object) don't match the method signature for DriveApp.Folder.createFile.");
}

export class FakeDriveApp implements GasShape<GoogleAppsScript.Drive.DriveApp> {
  readonly Access = { ANYONE: 'ANYONE', ANYONE_WITH_LINK: 'ANYONE_WITH_LINK', DOMAIN: 'DOMAIN', DOMAIN_WITH_LINK: 'DOMAIN_WITH_LINK', PRIVATE: 'PRIVATE' } as unknown as typeof GoogleAppsScript.Drive.Access;
  readonly Permission = { VIEW: 'VIEW', EDIT: 'EDIT', COMMENT: 'COMMENT', OWNER: 'OWNER', NONE: 'NONE' } as unknown as typeof GoogleAppsScript.Drive.Permission;
  constructor(
    private readonly env: Env,
    private readonly store: DriveStore,
  ) {}
  private use(m: string, write = false) {
    this.env.k.call(`DriveApp.${m}`, { write });
  }
  /** What the acting user may see (outside executions, the test sees everything). */
  private readable<T extends FileEntry | FolderEntry>(items: T[]): T[] {
    if (!this.env.k.current) return items;
    return items.filter((i) => this.store.canRead(this.env.k.activeUser, i.id));
  }
  getFileById(id: string) {
    this.use('getFileById');
    const f = this.store.files.get(id);
    if (!f || !this.store.canRead(this.env.k.activeUser, f.id)) throw this.env.k.error(NOT_FOUND);
    return new FakeFile(this.env, this.store, f);
  }
  getFolderById(id: string) {
    this.use('getFolderById');
    const f = this.store.folders.get(id);
    if (!f || !this.store.canRead(this.env.k.activeUser, f.id)) throw this.env.k.error(NOT_FOUND);
    return new FakeFolder(this.env, this.store, f);
  }
  getRootFolder() {
    this.use('getRootFolder');
    return new FakeFolder(this.env, this.store, this.store.folders.get(this.store.rootId)!);
  }
  createFolder(name: string) {
    this.use('createFolder', true);
    return new FakeFolder(this.env, this.store, this.store.addFolder(String(name)));
  }
  createFile(a: unknown, content?: string, mimeType?: string) {
    this.use('createFile', true);
    return new FakeFile(this.env, this.store, createFileIn(this.env, this.store, this.store.rootId, a, content, mimeType));
  }
  getFiles() {
    this.use('getFiles');
    return new FakeIterator(this.env, 'FileIterator', this.readable([...this.store.files.values()]).map((f) => new FakeFile(this.env, this.store, f)));
  }
  getFilesByName(name: string) {
    this.use('getFilesByName');
    return new FakeIterator(this.env, 'FileIterator', this.readable([...this.store.files.values()]).filter((f) => this.store.nameOf(f) === name).map((f) => new FakeFile(this.env, this.store, f)));
  }
  getFilesByType(mimeType: string) {
    this.use('getFilesByType');
    return new FakeIterator(this.env, 'FileIterator', this.readable([...this.store.files.values()]).filter((f) => f.mimeType === mimeType).map((f) => new FakeFile(this.env, this.store, f)));
  }
  getFolders() {
    this.use('getFolders');
    return new FakeIterator(this.env, 'FolderIterator', this.readable([...this.store.folders.values()]).filter((f) => f.id !== this.store.rootId).map((f) => new FakeFolder(this.env, this.store, f)));
  }
  getFoldersByName(name: string) {
    this.use('getFoldersByName');
    return new FakeIterator(this.env, 'FolderIterator', this.readable([...this.store.folders.values()]).filter((f) => f.name === name && f.id !== this.store.rootId).map((f) => new FakeFolder(this.env, this.store, f)));
  }
}
