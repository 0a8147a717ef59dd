import { STATUSES } from '../../../src/core/status/vocabulary';

/** WCAG 2.1 contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

// Issue 15: axe-core found «Ikke aktuel» at #777 on #fafafa, 4.29:1; WCAG 2.1 AA needs 4.5:1 for body text.
test.each(STATUSES.map((s) => [s.label, s.text, s.background]))('%s: text %s on %s has at least 4.5:1', (_label, fg, bg) => {
  expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
});
