// `npm run stack`: a stack trace from Google's execution log, with each place in the deployed Code.js
// turned back into the source file, line and name. Paste the trace (or pass it as arguments):
//
//   npm run stack -- "at ZC (Code:2:184511)"        npm run stack < trace.txt
//
// dist/Code.js is minified (docs/code.md says why); `npm run build` writes its source map to
// build/Code.js.map. Build the commit that was deployed first, so the map matches the script on Google.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const mapPath = join(root, 'build', 'Code.js.map');

/** Lines of dist/Code.js before the bundle starts: the map counts from the bundle's first line. */
export const BUNDLE_FIRST_LINE = 2;

/** Every `Code:LINE:COLUMN` (or `Code.js:…`, `Code.gs:…`) in the text, resolved through the map. */
export function resolveTrace(trace, map) {
  return trace.replace(/\b(Code(?:\.js|\.gs)?):(\d+):(\d+)/g, (whole, _file, line, column) => {
    const entry = map.findEntry(Number(line) - BUNDLE_FIRST_LINE, Number(column) - 1);
    if (!entry || entry.originalSource === undefined) return `${whole} [a stub in Code.js, outside the bundle]`;
    const source = relative(join(root, 'build'), resolve(join(root, 'build'), entry.originalSource)).replace(/^(\.\.\/)+/, '');
    return `${whole} [${entry.name ? `${entry.name} in ` : ''}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}]`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let map;
  try {
    map = new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')));
  } catch {
    console.error(`No ${relative(root, mapPath)}: run npm run build (at the deployed commit) first.`);
    process.exit(1);
  }
  const trace = process.argv.length > 2 ? process.argv.slice(2).join('\n') : readFileSync(0, 'utf8');
  process.stdout.write(`${resolveTrace(trace, map)}\n`);
}
