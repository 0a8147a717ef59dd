import { createRuntime } from './index';
import { writeBundle } from './helpers';

/**
 * The Docs API's per-minute write quota (docs-quota.ts) as the advanced Docs service meets it: 60 write
 * requests a minute per user, 600 per project (developers.google.com/workspace/docs/api/limits), a 429 over it.
 */

const BUNDLE = `
function write(id, n, pauseMs) {
  var out = [];
  for (var i = 0; i < n; i++) {
    try {
      Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 1 }, text: 'a' } }] }, id);
      out.push('ok');
    } catch (e) {
      out.push(e.name + ': ' + e.message);
    }
    if (pauseMs) Utilities.sleep(pauseMs);
  }
  return out;
}
/** Steps: a positive number is that many writes at once, a negative one a wait of that many ms. */
function plan(id, steps) {
  var out = [];
  steps.forEach(function (s) { if (s < 0) Utilities.sleep(-s); else out = out.concat(write(id, s, 0)); });
  return out;
}
function text(id) { return DocumentApp.openById(id).getBody().getText(); }
`;
const MANIFEST = JSON.stringify({
  oauthScopes: ['https://www.googleapis.com/auth/documents'],
  dependencies: { enabledAdvancedServices: [{ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' }] },
});

function setup() {
  const rt = createRuntime();
  const bc = rt.load(writeBundle(BUNDLE, { 'appsscript.json': MANIFEST }));
  const doc = rt.documents.create('Brev', ['']);
  return { rt, bc, id: doc.id };
}

const REFUSED =
  "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'docs.googleapis.com' for consumer 'project_number:361850193462'.";

test('the 61st write of a user within a minute is refused with Google\'s 429 text, and applies nothing', () => {
  const { bc, id, rt } = setup();
  const out = bc.run<string[]>('write', id, 61, 0);
  expect(out.slice(0, 60)).toEqual(Array(60).fill('ok'));
  expect(out[60]).toBe(REFUSED);
  expect(bc.run<string>('text', id)).toBe('a'.repeat(60));
  expect(rt.docsQuota.refused.get(rt.user)).toBe(1);
});

test('the minute slides: writes leave it a minute after they were made, not at the turn of a calendar minute', () => {
  const { bc, id } = setup();
  // 30 writes, 30 s, 30 writes: full. 31 s later the first 30 are out of the last minute, the second 30 not.
  const out = bc.run<string[]>('plan', id, [30, -30_000, 30, -31_000, 30, 1]);
  expect(out.slice(0, 90)).toEqual(Array(90).fill('ok'));
  expect(out[90]).toBe(REFUSED);
});

test('a refused write counts in the minute too (stricter than Google says)', () => {
  const { bc, id, rt } = setup();
  rt.docsQuota.use(60, rt.user);
  // 50 s on, a write is refused; 10 s later the 60 are out of the minute, the refused one is not: 59 more fit.
  const out = bc.run<string[]>('plan', id, [-50_000, 1, -10_000, 60]);
  expect(out[0]).toBe(REFUSED);
  expect(out.slice(1, 60)).toEqual(Array(59).fill('ok'));
  expect(out[60]).toBe(REFUSED);
});

test('a script that waits a minute gets its writes back', () => {
  const { bc, id } = setup();
  expect(bc.run<string[]>('plan', id, [60, -60_000, 60])).toEqual(Array(120).fill('ok'));
});

test("the per-user quota is each user's; the project's 600 a minute is shared by all", () => {
  const { bc, id, rt } = setup();
  rt.docsQuota.use(60, 'kollega@kommune.dk');
  expect(bc.run<string[]>('write', id, 1, 0)).toEqual(['ok']);
  rt.docsQuota.use(600);
  const [refused] = bc.run<string[]>('write', id, 1, 0);
  expect(refused).toContain("limit 'Write requests per minute' of service 'docs.googleapis.com'");
});
