// The build: `dist/` for Apps Script (Code.js, appsscript.json, Sidebar.html) and `build/` for Node
// (the offline planner and the benchmark). Usage: node scripts/build.mjs [--only gas|cli|bench|sample] [--quiet]
//
// Apps Script has no modules: one flat script whose every called function is a top-level `function`.
// esbuild bundles the modules into one IIFE (`var fhb = …`); this script then writes, for every function
// exported by src/main.ts, a top-level stub with the same name, parameters and JSDoc (Sheets reads them
// for autocomplete). It fails when a global the platform calls is missing, renamed or not a function.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const quiet = args.includes('--quiet');
const log = (...m) => quiet || console.log(...m);

class BuildError extends Error {}

/** Every exported function of the entry file, with its JSDoc and parameter names. */
export function entryExports(entryPath) {
  const source = ts.createSourceFile(entryPath, readFileSync(entryPath, 'utf8'), ts.ScriptTarget.ES2020, true);
  const functions = [];
  const others = [];
  for (const statement of source.statements) {
    const exported = ts.getModifiers?.(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      const jsDoc = (ts.getLeadingCommentRanges(source.text, statement.getFullStart()) ?? [])
        .map((r) => source.text.slice(r.pos, r.end))
        .filter((c) => c.startsWith('/**'))
        .pop();
      functions.push({
        name: statement.name.text,
        // Plain names; the last may be a rest parameter (a sheet function's optional repeated argument).
        params: statement.parameters.map((p, i, all) => {
          if (!ts.isIdentifier(p.name) || (p.dotDotDotToken && i !== all.length - 1)) throw new BuildError(`${statement.name.text}: parameters must be plain names`);
          return p.dotDotDotToken ? `...${p.name.text}` : p.name.text;
        }),
        jsDoc,
      });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) others.push(d.name.getText(source));
    } else {
      others.push(statement.getText(source).slice(0, 40));
    }
  }
  return { functions, others };
}

const LIB = 'fhb';

async function buildGas() {
  const entry = join(root, 'src/main.ts');
  const { functions, others } = entryExports(entry);
  const stray = others.filter((n) => n !== 'REQUIRED_GLOBALS');
  if (stray.length) throw new BuildError(`src/main.ts may export only functions (and REQUIRED_GLOBALS); found: ${stray.join(', ')}`);
  const bad = functions.filter((f) => f.name.endsWith('_'));
  if (bad.length) throw new BuildError(`google.script.run cannot call names ending in "_": ${bad.map((f) => f.name).join(', ')}`);

  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    outfile: join(root, 'build', 'Code.js'),
    format: 'iife',
    globalName: LIB,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2020',
    charset: 'utf8',
    // Sheets loads the whole project for every custom-function call, so every byte is paid on every
    // recalculation (issue 26): minified, and its source map kept beside the build (never pushed) for
    // `npm run stack`, which turns a stack trace from Google's execution log back into names and lines.
    // The entry stubs below are not minified: Sheets reads their names, parameters and JSDoc.
    minify: true,
    sourcemap: 'external',
    sourcesContent: false,
    legalComments: 'none',
    logLevel: 'silent',
    metafile: true,
  });
  const bundle = result.outputFiles.find((f) => f.path.endsWith('.js')).text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
  const map = result.outputFiles.find((f) => f.path.endsWith('.map')).text;

  // Only a custom function's JSDoc is read by Google (Sheets' autocomplete); the menu's, the triggers' and
  // the sidebar's functions keep theirs in src/main.ts, not in every load of the bundle (issue 26).
  const stubs = functions.map(({ name, params, jsDoc }) => {
    const list = params.join(', ');
    const doc = jsDoc?.includes('@customfunction') ? `${jsDoc}\n` : '';
    return `${doc}function ${name}(${list}) {\n  return ${LIB}.${name}(${list});\n}\n`;
  });
  // One header line before the bundle: scripts/stack.mjs counts the map's lines from the second (BUNDLE_FIRST_LINE).
  const code = [
    '// fhb: forebyggende hjemmebesøg. Built by scripts/build.mjs from src/; do not edit. Minified: npm run stack reads its stack traces.',
    bundle,
    ...stubs,
  ].join('\n');

  checkFlatScript(code);
  const defined = checkGlobals(code, functions.map((f) => f.name));

  const dist = join(root, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'Code.js'), code);
  mkdirSync(join(root, 'build'), { recursive: true });
  writeFileSync(join(root, 'build', 'Code.js.map'), map);
  writeFileSync(join(root, 'build', 'Code.meta.json'), JSON.stringify(result.metafile));
  writeFileSync(join(dist, 'appsscript.json'), readFileSync(join(root, 'appsscript.json')));
  await buildSidebar(dist);
  log(`dist/Code.js ${(Buffer.byteLength(code, 'utf8') / 1024).toFixed(1)} KB, ${defined.length} globals; dist/appsscript.json; dist/Sidebar.html`);
}

/** Apps Script runs a classic script: no module syntax, no eval (zod runs jitless). */
function checkFlatScript(code) {
  const problems = [];
  if (/^\s*(import|export)\s[^;]*?(from\s|\{|\*)/m.test(code)) problems.push('module syntax (import/export) in the bundle');
  if (/\beval\s*\(/.test(code)) problems.push('eval( in the bundle');
  if (/\bnew\s+Function\s*\(/.test(code)) problems.push('new Function( in the bundle');
  if (problems.length) throw new BuildError(problems.join('; '));
}

/** Loads the script as Apps Script would and checks every global is a top-level function. */
function checkGlobals(code, exported) {
  const context = vm.createContext({ console });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  const lib = context[LIB];
  const required = [...new Set([...exported, ...(lib?.REQUIRED_GLOBALS ?? [])])];
  const missing = required.filter((name) => typeof context[name] !== 'function');
  if (missing.length) throw new BuildError(`missing or renamed top-level functions: ${missing.join(', ')}`);
  const unstubbed = (lib?.REQUIRED_GLOBALS ?? []).filter((n) => !exported.includes(n));
  if (unstubbed.length) throw new BuildError(`REQUIRED_GLOBALS names not exported by src/main.ts: ${unstubbed.join(', ')}`);
  return required;
}

/**
 * The sidebar: one self-contained HTML file (inline script and style), as HtmlService serves it.
 * `sidebar/main.ts` is bundled for the browser and `sidebar/styles.css` inlined at the SCRIPT and STYLE
 * comment markers of `sidebar/index.html`. The build fails when a marker is missing, when the page
 * would load a script or stylesheet from the network, when the script writes HTML from strings
 * (innerHTML and kin: the sidebar shows citizens' names, so it builds DOM with textContent only), or
 * when it grows past a size that means a server library (zod, the rules) slipped into the browser.
 */
const SIDEBAR_MAX_BYTES = 150 * 1024;
const HTML_SINKS = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|createContextualFragment|\bsrcdoc\b/;

async function buildSidebar(dist) {
  const dir = join(root, 'sidebar');
  const script = (await build({
    entryPoints: [join(dir, 'main.ts')], bundle: true, write: false, format: 'iife', platform: 'browser',
    target: 'es2019', charset: 'utf8', minify: false, legalComments: 'none', logLevel: 'silent',
  })).outputFiles[0].text;
  const sink = HTML_SINKS.exec(script);
  if (sink) throw new BuildError(`sidebar: the script uses ${sink[0].trim()}; build DOM with createElement/textContent`);
  const style = readFileSync(join(dir, 'styles.css'), 'utf8');
  const template = readFileSync(join(dir, 'index.html'), 'utf8');
  for (const marker of ['/*STYLE*/', '/*SCRIPT*/']) {
    if (!template.includes(marker)) throw new BuildError(`sidebar/index.html lacks the ${marker} marker`);
  }
  if (/<script[^>]*\ssrc=|<link[^>]*rel=["']?stylesheet/i.test(template)) {
    throw new BuildError('sidebar/index.html loads a script or stylesheet from outside; inline it');
  }
  const page = template
    .replace('/*STYLE*/', () => style.replace(/<\/style/gi, '<\\/style'))
    // A "</script" or "<!--" inside the inline script would end or confuse the script element.
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script').replace(/<!--/g, '<\\!--'));
  const bytes = Buffer.byteLength(page, 'utf8');
  if (bytes > SIDEBAR_MAX_BYTES) throw new BuildError(`dist/Sidebar.html is ${(bytes / 1024).toFixed(0)} KB (limit ${SIDEBAR_MAX_BYTES / 1024} KB): did a server module slip into the sidebar?`);
  writeFileSync(join(dist, 'Sidebar.html'), page);
}

async function buildNode(entry, out) {
  await build({
    entryPoints: [join(root, entry)], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    packages: 'external', outfile: join(root, out), charset: 'utf8', logLevel: 'silent', sourcemap: 'inline',
  });
  log(out);
}

try {
  if (!only || only === 'gas') await buildGas();
  if (!only || only === 'cli') await buildNode('src/cli/main.ts', 'build/cli.cjs');
  if (!only || only === 'bench') await buildNode('bench/run.ts', 'build/bench.cjs');
  if (!only || only === 'sample') await buildNode('scripts/generate-sample.ts', 'build/generate-sample.cjs');
} catch (e) {
  console.error(`build failed: ${e instanceof BuildError ? e.message : e?.stack ?? e}`);
  process.exit(1);
}
