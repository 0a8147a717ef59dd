// Points .clasp.json at an Apps Script project, keeping rootDir: dist.
//   node scripts/clasp-project.mjs create        a new Google Sheet with its bound script (clasp create)
//   node scripts/clasp-project.mjs set <id>      an existing sheet's script (Udvidelser → Apps Script →
//                                                Projektindstillinger → Script-id)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, '.clasp.json');
const [command, id] = process.argv.slice(2);

function write(scriptId) {
  writeFileSync(file, `${JSON.stringify({ scriptId, rootDir: 'dist' }, null, 2)}\n`);
  console.log(`.clasp.json peger nu på script ${scriptId}. Kør: npm run deploy`);
}

if (command === 'set') {
  if (!/^[\w-]{20,}$/.test(id ?? '')) {
    console.error('Brug: npm run clasp:set-id -- <script-id>  (find det under Udvidelser → Apps Script → Projektindstillinger)');
    process.exit(1);
  }
  write(id);
} else if (command === 'create') {
  // clasp refuses to create a project where .clasp.json exists: move ours aside, and back on failure.
  const backup = `${file}.bak`;
  if (existsSync(file)) renameSync(file, backup);
  const result = spawnSync('npx', ['clasp', 'create', '--type', 'sheets', '--title', 'Forebyggende hjemmebesøg', '--rootDir', 'dist'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 || !existsSync(file)) {
    if (existsSync(backup)) renameSync(backup, file);
    console.error('clasp create mislykkedes. Har du kørt npm run clasp:login?');
    process.exit(1);
  }
  write(JSON.parse(readFileSync(file, 'utf8')).scriptId);
} else {
  console.error('Brug: node scripts/clasp-project.mjs create | set <script-id>');
  process.exit(1);
}
