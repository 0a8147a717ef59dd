import { escapeHtml } from '../../src/core/html';

test.each([
  ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
  ['"><script>alert(2)</script>', '&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;'],
  ["Ole's & Co", 'Ole&#39;s &amp; Co'],
  ['Ærø Ølstykke Åbyhøj', 'Ærø Ølstykke Åbyhøj'],
])('escapeHtml(%p)', (input, expected) => {
  expect(escapeHtml(input)).toBe(expected);
});
