import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

/**
 * Which Chromium the browser tests drive, found without root and without apt, in this order:
 *
 * 1. `FHB_CHROMIUM=/path/to/chrome` (or the common `CHROME_PATH`): that browser, and an error if it is not there.
 *    `FHB_CHROMIUM=npm` skips the browsers installed on the machine and takes the one `npm ci` brought.
 * 2. A Chromium or Chrome on PATH (`chromium`, `chromium-browser`, `google-chrome-stable`, `google-chrome`, `chrome`).
 * 3. The Chromium that `npm ci` brings: `@sparticuz/chromium` ships a brotli-packed headless Chromium inside the
 *    npm package, with the few shared libraries (NSS, NSPR, expat) and a font it needs. It is unpacked once into
 *    `node_modules/.cache/` (a fresh `npm ci` removes it with node_modules) and runs as it is on Debian and Ubuntu.
 */
export interface FoundBrowser {
  executablePath: string;
  /** Where it came from, for the failure message of a launch. */
  source: string;
  /** Extra environment the browser needs (the npm one: its own libraries and fonts). */
  env: Record<string, string>;
}

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome', 'chrome'];
const PACKAGE = '@sparticuz/chromium';

export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const named = env.FHB_CHROMIUM || env.CHROME_PATH;
  if (named && named !== 'npm') {
    if (!isExecutable(named)) throw new Error(`FHB_CHROMIUM/CHROME_PATH names ${named}, which is not an executable file.`);
    return { executablePath: named, source: 'FHB_CHROMIUM/CHROME_PATH', env: {} };
  }
  if (named !== 'npm') {
    const installed = onPath(env.PATH ?? '');
    if (installed) return { executablePath: installed, source: 'PATH', env: {} };
  }
  return unpackedFromNpm();
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(searchPath: string): string | undefined {
  for (const name of ON_PATH) {
    for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return undefined;
}

/** The package's folder, found from its entry point (its `exports` hide `package.json` from require). */
function packageRoot(): string {
  let dir = path.dirname(require.resolve('@sparticuz/chromium'));
  while (!fs.existsSync(path.join(dir, 'bin', 'chromium.br'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${PACKAGE} has no bin/chromium.br: run npm ci.`);
    dir = up;
  }
  return dir;
}

function unpackedFromNpm(): FoundBrowser {
  const pkg = packageRoot();
  const bin = path.join(pkg, 'bin');
  const { version } = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string };
  const root = path.resolve(__dirname, '..', '..', 'node_modules', '.cache', `fhb-chromium-${version}`);
  const found: FoundBrowser = {
    executablePath: path.join(root, 'chromium'),
    source: PACKAGE,
    env: { LD_LIBRARY_PATH: [path.join(root, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_PATH: root },
  };
  if (isExecutable(found.executablePath)) return found;
  // Unpacked beside, then moved into place in one step: two jest workers may race here, and neither sees half a browser.
  const partial = `${root}.partial-${process.pid}`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const unbrotli = (name: string) => zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, name)));
  for (const archive of ['al2023.tar.br', 'fonts.tar.br', 'swiftshader.tar.br']) {
    if (fs.existsSync(path.join(bin, archive))) execFileSync('tar', ['-x', '-C', partial], { input: unbrotli(archive) });
  }
  fs.writeFileSync(path.join(partial, 'fonts.conf'), fontsConf(root));
  fs.writeFileSync(path.join(partial, 'chromium'), unbrotli('chromium.br'), { mode: 0o755 });
  try {
    fs.renameSync(partial, root);
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (!isExecutable(found.executablePath)) throw e;
  }
  return found;
}

/** The package's own font first, then whatever fonts the machine has. */
function fontsConf(root: string): string {
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${path.join(root, 'fonts')}</dir>`,
    '  <dir>/usr/share/fonts</dir>',
    `  <cachedir>${path.join(root, 'fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
}
