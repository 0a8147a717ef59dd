// npm run deploy: build, then push dist/ with clasp — but never over code the build did not make.
//   npm run deploy                              refuses when the script project holds foreign files
//   npm run deploy -- --replace-foreign-files   pushes anyway (those files are deleted)
// FHB_ROOT (the folder with .clasp.json and dist/) and FHB_CLASP (the clasp command) exist for the tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAG, foreignFiles, refusal } from './deploy-guard.mjs';

const root = process.env.FHB_ROOT ?? resolve(dirname(fileURLToPath(import.meta.url)), '..');
const clasp = process.env.FHB_CLASP ? [process.env.FHB_CLASP] : ['npx', 'clasp'];
const replace = process.argv.includes(FLAG);

function run(args, cwd) {
  const [cmd, ...rest] = [...clasp, ...args];
  return spawnSync(cmd, rest, { cwd, encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'] });
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

const claspFile = join(root, '.clasp.json');
if (!existsSync(claspFile)) fail('Der er ingen .clasp.json. Kør først npm run clasp:create eller npm run clasp:set-id -- <script-id>.');
const { scriptId } = JSON.parse(readFileSync(claspFile, 'utf8'));
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'Code.js'))) fail('dist/Code.js mangler. Kør npm run build.');
const built = readdirSync(dist).filter((f) => statSync(join(dist, f)).isFile());

if (!replace) {
  // Pull the project as it is into a scratch folder (never into dist/), and look at what is there.
  const scratch = mkdtempSync(join(tmpdir(), 'fhb-remote-'));
  try {
    writeFileSync(join(scratch, '.clasp.json'), JSON.stringify({ scriptId, rootDir: '.' }));
    const pulled = run(['pull'], scratch);
    if (pulled.status !== 0) fail('Kunne ikke læse scriptprojektet med clasp pull (er du logget ind: npm run clasp:login?). Intet er ændret.');
    const remote = [];
    const walk = (dir) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (f === '.clasp.json') continue;
        if (statSync(p).isDirectory()) walk(p);
        else remote.push({ name: relative(scratch, p), source: readFileSync(p, 'utf8') });
      }
    };
    walk(scratch);
    const foreign = foreignFiles(remote, built);
    if (foreign.length) fail(refusal(foreign));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const pushed = run(['push', '--force'], root);
process.stdout.write(pushed.stdout ?? '');
process.exit(pushed.status ?? 1);
