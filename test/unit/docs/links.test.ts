import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import { headingAnchors, isExternal, linksOf } from './markdown-links';

/** Every relative link in README.md and docs/ leads to a file that exists, and an #anchor to a heading in it. */

const root = resolve(__dirname, '../../..');

function markdownUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith('.md') ? [path] : [];
  });
}

const pages = [join(root, 'README.md'), ...markdownUnder(join(root, 'docs'))];

/** Where a link leads: undefined when it does; else why not. */
function brokenBecause(page: string, target: string): string | undefined {
  const [pathPart, anchor] = target.split('#') as [string, string | undefined];
  const file = pathPart === '' ? page : resolve(dirname(page), decodeURIComponent(pathPart));
  if (!existsSync(file)) return `no file ${relative(root, file)}`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `#${anchor} on a file that is not Markdown`;
  return headingAnchors(readFileSync(file, 'utf8')).has(decodeURIComponent(anchor).toLowerCase()) ? undefined : `no heading #${anchor} in ${relative(root, file)}`;
}

describe('links in README.md and docs/', () => {
  it('finds the documentation pages', () => {
    const names = pages.map((p) => relative(root, p));
    expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/install.md', 'docs/code.md', 'docs/breve/README.md']));
  });

  it.each(pages.map((p) => [relative(root, p), p]))('%s: every relative link resolves', (_name, page) => {
    const links = linksOf(readFileSync(page, 'utf8')).filter((l) => !isExternal(l.target));
    const broken = links.map((l) => ({ ...l, why: brokenBecause(page, l.target) })).filter((l) => l.why);
    expect(broken).toEqual([]);
  });

  it('README.md links to every page in docs/ (directly or through a page it links to)', () => {
    const reached = new Set<string>();
    const visit = (page: string) => {
      if (reached.has(page)) return;
      reached.add(page);
      for (const l of linksOf(readFileSync(page, 'utf8'))) {
        if (isExternal(l.target)) continue;
        const file = resolve(dirname(page), decodeURIComponent(l.target.split('#')[0] || relative(dirname(page), page)));
        if (file.endsWith('.md') && existsSync(file)) visit(file);
      }
    };
    visit(join(root, 'README.md'));
    expect(pages.filter((p) => !reached.has(p)).map((p) => relative(root, p))).toEqual([]);
  });

  it('README.md stays a newcomer\'s page (about 200 lines at most)', () => {
    expect(readFileSync(join(root, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(200);
  });
});

describe('the link reader', () => {
  it.each([
    ['## Install in a Google Sheet', 'install-in-a-google-sheet'],
    ['### After every deploy: *Hjælp → Kontrollér opsætningen*', 'after-every-deploy-hjælp--kontrollér-opsætningen'],
    ['## Year after year: Historik and the year\'s close (*årsafslutning*)', 'year-after-year-historik-and-the-years-close-årsafslutning'],
    ['### The schema, field by field (`schemaVersion` 2)', 'the-schema-field-by-field-schemaversion-2'],
    ['## Import of the citizen list (*Importér borgerliste …*)', 'import-of-the-citizen-list-importér-borgerliste-'],
  ])('anchors %s as #%s (GitHub\'s slug)', (heading, anchor) => {
    expect([...headingAnchors(heading)]).toEqual([anchor]);
  });

  it('numbers a repeated heading and skips headings inside code', () => {
    expect([...headingAnchors('## A\n```\n## B\n```\n## A')]).toEqual(['a', 'a-1']);
  });

  it('reads links outside code only', () => {
    const md = 'See [x](a.md#b) and ![img](i.png).\n```\n[no](c.md)\n```\n`[no](d.md)` <https://e.org> [web](https://f.org)';
    expect(linksOf(md).map((l) => l.target)).toEqual(['a.md#b', 'i.png', 'https://f.org']);
  });

  it('finds a link to a missing file or heading broken', () => {
    const page = join(root, 'README.md');
    expect(brokenBecause(page, 'docs/nowhere.md')).toMatch(/no file/);
    expect(brokenBecause(page, 'docs/install.md#no-such-heading')).toMatch(/no heading/);
    expect(brokenBecause(page, 'docs/install.md#safe-install')).toBeUndefined();
  });
});
