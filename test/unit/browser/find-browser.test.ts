import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findBrowser } from '../../browser/find-browser';

/** The browser finder: a named browser, else one on PATH, else the npm one (not unpacked here: FHB_CHROMIUM=npm runs in test/browser). */
describe('findBrowser', () => {
  let dir: string;
  const exe = (name: string): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '#!/bin/sh\n', { mode: 0o755 });
    return file;
  };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fhb-find-browser-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('takes the browser FHB_CHROMIUM names, before one on PATH', () => {
    const named = exe('my-chrome');
    exe('chromium');
    expect(findBrowser({ FHB_CHROMIUM: named, PATH: dir })).toEqual({ executablePath: named, source: 'FHB_CHROMIUM/CHROME_PATH', env: {} });
  });

  it('honours CHROME_PATH too', () => {
    const named = exe('chrome-beta');
    expect(findBrowser({ CHROME_PATH: named, PATH: '' }).executablePath).toBe(named);
  });

  it('fails clearly when the named browser is not there', () => {
    expect(() => findBrowser({ FHB_CHROMIUM: path.join(dir, 'nothing'), PATH: '' })).toThrow(/not an executable file/);
  });

  it('finds chromium, then Chrome, on PATH', () => {
    const other = fs.mkdtempSync(path.join(dir, 'other-'));
    const chrome = path.join(other, 'google-chrome');
    fs.writeFileSync(chrome, '', { mode: 0o755 });
    expect(findBrowser({ PATH: `${dir}${path.delimiter}${other}` }).executablePath).toBe(chrome);
    const chromium = exe('chromium');
    expect(findBrowser({ PATH: `${dir}${path.delimiter}${other}` })).toEqual({ executablePath: chromium, source: 'PATH', env: {} });
  });

  it('skips a file on PATH that is not executable', () => {
    fs.writeFileSync(path.join(dir, 'chromium'), '', { mode: 0o644 });
    expect(findBrowser({ PATH: dir }).source).toBe('@sparticuz/chromium');
  });

  it('FHB_CHROMIUM=npm passes over the installed browsers for the one npm ci brought, with its libraries and fonts', () => {
    exe('chromium');
    const found = findBrowser({ FHB_CHROMIUM: 'npm', PATH: dir });
    expect(found.source).toBe('@sparticuz/chromium');
    expect(fs.existsSync(found.executablePath)).toBe(true);
    expect(found.env.LD_LIBRARY_PATH.split(':')[0]).toBe(path.join(path.dirname(found.executablePath), 'lib'));
    expect(fs.existsSync(path.join(found.env.FONTCONFIG_PATH, 'fonts.conf'))).toBe(true);
  });
});
