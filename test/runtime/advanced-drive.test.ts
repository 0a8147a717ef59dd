import * as path from 'node:path';
import { createRuntime } from './index';
import { writeBundle } from './helpers';

/** The advanced Drive service (v3) and the manifest's scopes, as the runtime models them. */

const CODE = `
function folderWithLetter(name) {
  var folder = Drive.Files.create({ name: 'Breve', mimeType: 'application/vnd.google-apps.folder' }, null, { fields: 'id,webViewLink' });
  var made = Drive.Files.create({ name: name, mimeType: 'application/vnd.google-apps.document' });
  var id = made.id;
  var doc = DocumentApp.openById(id);
  doc.getBody().appendParagraph('Kære Karen');
  doc.saveAndClose();
  Drive.Files.update({}, id, null, { addParents: folder.id, removeParents: 'root' });
  var pdf = Drive.Files.create({ name: name + '.pdf', mimeType: 'application/pdf', parents: [folder.id] }, DocumentApp.openById(id).getAs('application/pdf'), { fields: 'id,name,webViewLink,parents' });
  var found = Drive.Files.list({ q: "name = '" + name.replace(/'/g, "\\\\'") + "' and trashed = false and '" + folder.id + "' in parents", fields: 'files(id,name)' });
  var plain = Drive.Files.get(id);
  return { folder: folder, id: id, pdf: pdf, found: found.files, plain: plain };
}
function docAppDoc() { var d = DocumentApp.create('Brev'); var id = d.getId(); d.saveAndClose(); return id; }
function moveIt(id) { return Drive.Files.update({}, id, null, { removeParents: 'root' }).id; }
function shareIt(id, email, role) { return Drive.Permissions.create({ type: 'user', role: role, emailAddress: email }, id, { sendNotificationEmail: false }).role; }
function trashIt(id) { Drive.Files.update({ trashed: true }, id); return Drive.Files.list({ q: 'trashed = false', fields: 'files(id)' }).files.length; }
function getIt(id) { return Drive.Files.get(id, { fields: 'id,name' }); }
function badQuery() { return Drive.Files.list({ q: "fullText contains 'x'" }); }
function driveApp(id) { return DriveApp.getFileById(id).getName(); }
function driveAppFolder() { return DriveApp.createFolder('x').getId(); }
function hasDrive() { return typeof Drive; }
`;

const manifest = (scopes: string[] | null, advanced = true) =>
  JSON.stringify({
    timeZone: 'Europe/Copenhagen',
    dependencies: advanced ? { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] } : {},
    ...(scopes ? { oauthScopes: scopes } : {}),
  });

const NARROW = ['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive.file'];

function setup(scopes: string[] | null = NARROW, advanced = true) {
  const rt = createRuntime();
  const bc = rt.load(writeBundle(CODE, { 'appsscript.json': manifest(scopes, advanced) }));
  return { rt, bc };
}

describe('Drive.Files (v3)', () => {
  test('create, update (move, out of My Drive), list by name and folder, get: over the same store as DocumentApp', () => {
    const { rt, bc } = setup();
    const out = bc.run<{ folder: { id: string; webViewLink: string }; id: string; pdf: Record<string, unknown>; found: { id: string; name: string }[]; plain: Record<string, unknown> }>('folderWithLetter', "Brev til Karen's mor");
    expect(out.folder.webViewLink).toBe(`https://drive.google.com/drive/folders/${out.folder.id}`);
    expect(rt.drive.files.get(out.id)!.parents).toEqual([out.folder.id]);
    expect(out.pdf).toMatchObject({ name: "Brev til Karen's mor.pdf", parents: [out.folder.id] });
    expect(String(out.pdf.webViewLink)).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view/);
    expect(rt.drive.files.get(String(out.pdf.id))!.data!.toString('utf8')).toContain('Kære Karen');
    expect(out.found).toEqual([{ id: out.id, name: "Brev til Karen's mor" }]);
    // Without `fields`, the API answers with kind, id, name and mimeType only.
    expect(out.plain).toEqual({ kind: 'drive#file', id: out.id, name: "Brev til Karen's mor", mimeType: 'application/vnd.google-apps.document' });
    expect(rt.calls.count('Drive.Files.create')).toBe(3);
    expect(rt.calls.count('Drive.Files.update')).toBe(1);
  });

  test('trashing is an update; a trashed file drops out of "trashed = false"', () => {
    const { rt, bc } = setup();
    const { id } = bc.run<{ id: string }>('folderWithLetter', 'Brev');
    const before = bc.run<number>('trashIt', id);
    expect(rt.drive.files.get(id)!.trashed).toBe(true);
    expect(before).toBe(2); // the PDF and the folder remain: a folder is a file in v3 too
  });

  test('with drive.file only, files the script did not make are not found; with drive they are', () => {
    const narrow = setup();
    const theirs = narrow.rt.drive.addFile('Andres fil', 'x');
    expect(() => narrow.bc.run('getIt', theirs.id)).toThrow(`File not found: ${theirs.id}`);
    const wide = setup(['https://www.googleapis.com/auth/drive']);
    const other = wide.rt.drive.addFile('Andres fil', 'x');
    expect(wide.bc.run('getIt', other.id)).toEqual({ id: other.id, name: 'Andres fil' });
  });

  test('under drive.file a Doc made by DocumentApp.create is not the app\'s to the Drive API (Google does not document that it is: the stricter reading)', () => {
    const narrow = setup();
    const id = narrow.bc.run<string>('docAppDoc');
    expect(() => narrow.bc.run('moveIt', id)).toThrow(`File not found: ${id}`);
    const wide = setup(['https://www.googleapis.com/auth/documents', 'https://www.googleapis.com/auth/drive']);
    const id2 = wide.bc.run<string>('docAppDoc');
    expect(wide.bc.run('moveIt', id2)).toBe(id2);
  });

  test('drive.file is per user: a colleague sees an app file only once it is shared with them, and even then not through the Drive API', () => {
    const { rt, bc } = setup();
    const out = bc.run<{ folder: { id: string }; id: string }>('folderWithLetter', 'Brev');
    rt.setUser('konsulent2@kommune.dk');
    expect(() => bc.run('getIt', out.id)).toThrow(`File not found: ${out.id}`);
    expect(() => bc.run('shareIt', out.id, 'konsulent2@kommune.dk', 'writer')).toThrow(`File not found: ${out.id}`);
    rt.setUser('konsulent1@kommune.dk');
    expect(bc.run('shareIt', out.folder.id, 'konsulent2@kommune.dk', 'writer')).toBe('writer');
    expect(rt.drive.roleOf('konsulent2@kommune.dk', out.id)).toBe('writer'); // inherited from the folder
    rt.setUser('konsulent2@kommune.dk');
    // shared, but not made or opened with the app by konsulent2: drive.file still does not reach it
    expect(() => bc.run('getIt', out.id)).toThrow(`File not found: ${out.id}`);
    rt.drive.appFiles('konsulent2@kommune.dk').add(out.id); // as if opened with the app (Picker)
    expect(bc.run('getIt', out.id)).toEqual({ id: out.id, name: 'Brev' });
    expect(() => bc.run('trashIt', out.id)).toThrow('sufficient permissions'); // only the owner trashes
  });

  test('a query outside the modelled subset is refused, never ignored', () => {
    const { bc } = setup();
    expect(() => bc.run('badQuery')).toThrow(/Invalid Value/);
  });

  test('the service is a global only when the manifest enables it', () => {
    expect(setup(NARROW, true).bc.run('hasDrive')).toBe('object');
    expect(setup(NARROW, false).bc.run('hasDrive')).toBe('undefined');
  });

  test('faults and counting go through the kernel like every service', () => {
    const { rt, bc } = setup();
    rt.faults.failOnCall(1);
    expect(() => bc.run('folderWithLetter', 'Brev')).toThrow('Service error: Drive');
    expect(rt.drive.folders.size).toBe(1); // only My Drive: the failed create made nothing
  });
});

describe('scopes from the manifest beside the bundle', () => {
  test('DriveApp is refused with only drive.file, in Google\'s words', () => {
    const { rt, bc } = setup();
    const f = rt.drive.addFile('x', 'y');
    expect(() => bc.run('driveApp', f.id)).toThrow('You do not have permission to call DriveApp.getFileById. Required permissions: https://www.googleapis.com/auth/drive');
    expect(() => bc.run('driveAppFolder')).toThrow('You do not have permission to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive');
  });

  test('DriveApp works with the drive scope, drive.readonly reads only, and without oauthScopes nothing is checked', () => {
    const full = setup(['https://www.googleapis.com/auth/drive']);
    expect(full.bc.run('driveApp', full.rt.drive.addFile('a', 'b').id)).toBe('a');
    const ro = setup(['https://www.googleapis.com/auth/drive.readonly']);
    expect(ro.bc.run('driveApp', ro.rt.drive.addFile('a', 'b').id)).toBe('a');
    expect(() => ro.bc.run('driveAppFolder')).toThrow(/Required permissions: https:\/\/www\.googleapis\.com\/auth\/drive$/);
    const auto = setup(null);
    expect(auto.bc.run('driveApp', auto.rt.drive.addFile('a', 'b').id)).toBe('a');
  });

  test('the project\'s own manifest (dist/) grants no DriveApp scope', () => {
    const rt = createRuntime();
    rt.load(path.resolve(__dirname, '..', '..', 'dist', 'Code.js'));
    expect(rt.kernel.scopes).toContain('https://www.googleapis.com/auth/drive.file');
    expect(rt.kernel.scopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(rt.kernel.hasFullDrive()).toBe(false);
  });
});
