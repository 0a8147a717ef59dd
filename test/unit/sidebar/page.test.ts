import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The sidebar's sources build DOM from data with textContent only (the build also refuses a bundle
 * with an HTML sink); the page template loads nothing from the network.
 */
const dir = join(__dirname, '..', '..', '..', 'sidebar');
const sources = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('the sidebar page', () => {
  test.each(sources)('%s writes no HTML from strings', (file) => {
    const code = readFileSync(join(dir, file), 'utf8');
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|createContextualFragment|srcdoc/);
  });

  test('the template is Danish, has both build markers and fetches nothing', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('/*STYLE*/');
    expect(html).toContain('/*SCRIPT*/');
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*stylesheet/i);
    expect(html).toMatch(/role="status" aria-live="polite"/);
  });
});
