// What `npm run deploy` may overwrite. `clasp push` (3.4.1, node_modules/@google/clasp/build/src/core/files.js)
// replaces the script project's whole content with the local files: a file in the project that the build did
// not make is deleted, and `--force` only skips the question about the manifest. So before pushing, the deploy
// pulls the project into a scratch folder and refuses when it holds files the build did not make.

/** The first line of every dist/Code.js (scripts/build.mjs). */
export const CODE_MARKER = '// fhb: forebyggende hjemmebesøg. Built by scripts/build.mjs';

/** The code a new bound script starts with (Udvidelser → Apps Script): nothing to lose. */
const STARTER = /^\s*function\s+myFunction\s*\(\s*\)\s*\{\s*\}\s*$/;

const stem = (name) => name.replace(/\.(gs|js|html|json)$/i, '');

/**
 * Files of the remote project that the build did not make: any file whose name the build does not
 * write, or whose content is not the build's (a Code.js without the build's first line; a Sidebar.html
 * without the sidebar's title). The manifest is always the build's to write; an untouched starter file
 * (`function myFunction() {}`) is no loss.
 * @param {{ name: string, source: string }[]} remote  files as `clasp pull` wrote them
 * @param {string[]} built  the names in dist/
 * @returns {string[]}
 */
export function foreignFiles(remote, built) {
  const ours = new Set(built.map(stem));
  const out = [];
  for (const { name, source } of remote) {
    const s = stem(name);
    if (s === 'appsscript') continue;
    if (STARTER.test(source)) continue;
    if (!ours.has(s)) {
      out.push(name);
      continue;
    }
    if (s === 'Code' && !source.startsWith(CODE_MARKER)) out.push(name);
    else if (s === 'Sidebar' && !source.includes('<title>Forebyggende hjemmebesøg</title>')) out.push(name);
  }
  return out.sort();
}

export const FLAG = '--replace-foreign-files';

export function refusal(files) {
  return [
    `Scriptprojektet indeholder ${files.length === 1 ? 'en fil' : `${files.length} filer`}, som fhb ikke har lavet:`,
    ...files.map((f) => `  • ${f}`),
    `clasp push ville slette ${files.length === 1 ? 'den' : 'dem'}. Intet er ændret.`,
    'Brug et tomt scriptprojekt (npm run clasp:create), eller tag en kopi af filerne først.',
    `Vil I erstatte dem alligevel: npm run deploy -- ${FLAG}`,
  ].join('\n');
}
