/**
 * `npm run deploy` never pushes over code the build did not make (issue 12). clasp 3.4.1's push replaces
 * the whole script project, so scripts/deploy.mjs pulls the project into a scratch folder first and
 * refuses when it holds foreign files. Offline: a stub clasp plays the project (FHB_CLASP), and records
 * what it was asked to do.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DEPLOY = resolve(__dirname, '../../../scripts/deploy.mjs');
const MARKER = '// fhb: forebyggende hjemmebesøg. Built by scripts/build.mjs from src/; do not edit.\n';

const STUB = `#!/usr/bin/env node
const fs = require('fs'), path = require('path');
const [cmd] = process.argv.slice(2);
fs.appendFileSync(process.env.STUB_LOG, cmd + ' ' + process.argv.slice(3).join(' ') + ' in ' + (fs.existsSync('dist') ? 'root' : 'scratch') + '\\n');
if (cmd === 'pull') {
  if (process.env.STUB_FAIL) process.exit(1);
  for (const [name, source] of Object.entries(JSON.parse(process.env.STUB_REMOTE))) fs.writeFileSync(path.join(process.cwd(), name), source);
}
`;

function world(remote: Record<string, string>, opts: { failPull?: boolean } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'fhb-deploy-'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'Code.js'), `${MARKER}var fhb = 1;\n`);
  writeFileSync(join(root, 'dist', 'appsscript.json'), '{}');
  writeFileSync(join(root, 'dist', 'Sidebar.html'), '<title>Forebyggende hjemmebesøg</title>');
  writeFileSync(join(root, '.clasp.json'), JSON.stringify({ scriptId: 'abc123', rootDir: 'dist' }));
  const stub = join(root, 'clasp-stub.js');
  writeFileSync(stub, STUB);
  chmodSync(stub, 0o755);
  const log = join(root, 'log.txt');
  const deploy = (...args: string[]) => {
    const r = spawnSync(process.execPath, [DEPLOY, ...args], {
      encoding: 'utf8',
      env: { ...process.env, FHB_ROOT: root, FHB_CLASP: stub, STUB_LOG: log, STUB_REMOTE: JSON.stringify(remote), ...(opts.failPull ? { STUB_FAIL: '1' } : {}) },
    });
    return { status: r.status, stderr: r.stderr, calls: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : [] };
  };
  return { deploy };
}

test.each<[string, Record<string, string>]>([
  ['a new bound script (the starter Code.gs only)', { 'Code.js': 'function myFunction() {\n  \n}\n', 'appsscript.json': '{"timeZone":"Europe/Paris"}' }],
  ['an earlier fhb build', { 'Code.js': `${MARKER}var old = 1;`, 'Sidebar.html': '<title>Forebyggende hjemmebesøg</title>', 'appsscript.json': '{}' }],
])('%s: pushed with clasp push --force', (_what, remote) => {
  const { deploy } = world(remote);
  const r = deploy();
  expect(r.status).toBe(0);
  expect(r.calls).toEqual(['pull  in scratch', 'push --force in root']);
});

test.each<[string, Record<string, string>, string[]]>([
  ["the team's own script beside ours", { 'Code.js': `${MARKER}var old = 1;`, 'Tilmelding.js': 'function onFormSubmit() {}', 'appsscript.json': '{}' }, ['Tilmelding.js']],
  ['their own Code.gs', { 'Code.js': 'function sendReminders() { MailApp.sendEmail("a@b.dk", "x", "y"); }' }, ['Code.js']],
  ['their own dialog page and a helper', { 'Sidebar.html': '<p>Vores egen</p>', 'Hjælp.js': 'function hjaelp() {}' }, ['Hjælp.js', 'Sidebar.html']],
])('%s: refused in Danish, nothing pushed', (_what, remote, listed) => {
  const { deploy } = world(remote);
  const r = deploy();
  expect(r.status).toBe(1);
  expect(r.calls).toEqual(['pull  in scratch']);
  expect(r.stderr).toContain('som fhb ikke har lavet');
  for (const f of listed) expect(r.stderr).toContain(`• ${f}`);
  expect(r.stderr).toContain('npm run deploy -- --replace-foreign-files');
});

test('the flag pushes anyway, without looking', () => {
  const { deploy } = world({ 'Tilmelding.js': 'function onFormSubmit() {}' });
  const r = deploy('--replace-foreign-files');
  expect(r.status).toBe(0);
  expect(r.calls).toEqual(['push --force in root']);
});

test('a project that cannot be read is not pushed to', () => {
  const { deploy } = world({}, { failPull: true });
  const r = deploy();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain('Kunne ikke læse scriptprojektet');
  expect(r.calls).toEqual(['pull  in scratch']);
});
