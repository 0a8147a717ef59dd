/**
 * The example letters in docs/breve: one Markdown page per built-in profile and offer, rendered from the
 * default templates and the letter content for a synthetic citizen (a unit test checks the committed
 * pages equal what this makes, so they never go stale).
 *
 * Run (rewrites docs/breve/):
 *   npx esbuild scripts/render-letters.ts --bundle --platform=node --log-level=warning --outfile=build/render-letters.cjs && node build/render-letters.cjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFiles } from '../src/core/letters/examples';

const dir = join(__dirname, '..', 'docs', 'breve');
mkdirSync(dir, { recursive: true });
for (const [name, text] of exampleFiles()) writeFileSync(join(dir, name), text, 'utf8');
