import { CHECK_IDS, CheckId, colleagueAddress, runChecks } from '../../../src/core/selftest/checks';
import { buildReport, reportHtml, reportText } from '../../../src/core/selftest/report';
import { LABELS, summary } from '../../../src/core/selftest/text';

/** The self-test's pure core: which checks run, which are skipped and why, and the Danish report. */

const allOk = () => ({ ok: true as const });
const failing = (...ids: CheckId[]) => (id: CheckId) => (ids.includes(id) ? { ok: false as const, message: `fejl i ${id}` } : { ok: true as const });

describe('runChecks', () => {
  test('runs every check once, in order, and skips sharing without an address', () => {
    const ran: CheckId[] = [];
    const results = runChecks((id) => (ran.push(id), { ok: true }), { colleague: '' });
    expect(ran).toEqual(CHECK_IDS.filter((id) => id !== 'share'));
    expect(results.find((r) => r.id === 'share')).toEqual({ id: 'share', status: 'skipped', reason: 'noAddress' });
    expect(results.filter((r) => r.status === 'ok')).toHaveLength(CHECK_IDS.length - 1);
  });

  test.each<[CheckId, CheckId[]]>([
    ['folder', ['letter', 'pageBreak', 'header', 'pdf', 'move', 'share']],
    ['letter', ['pageBreak', 'header', 'pdf', 'share']],
    ['pdf', []],
    ['cells', []],
  ])('a failed %s: %j are not tried', (broken, skipped) => {
    const ran: CheckId[] = [];
    const results = runChecks((id) => (ran.push(id), failing(broken)(id)), { colleague: 'k@kommune.dk' });
    expect(results.find((r) => r.id === broken)).toEqual({ id: broken, status: 'failed', message: `fejl i ${broken}` });
    expect(results.filter((r) => r.status === 'skipped').map((r) => r.id)).toEqual(skipped);
    for (const id of skipped) expect(ran).not.toContain(id);
    // a skipped check names the first prerequisite that failed (letter needs folder; pdf needs letter)
    for (const r of results) if (r.status === 'skipped' && r.reason === 'needs') expect(r.failed).toBe(broken);
  });
});

describe('colleagueAddress', () => {
  test.each([
    ['', ''],
    ['   ', ''],
    [' kollega@kommune.dk ', 'kollega@kommune.dk'],
    ['a.b-c@sub.kommune.dk', 'a.b-c@sub.kommune.dk'],
    ['kollega', null],
    ['kollega@kommune', null],
    ['a@b.dk, c@d.dk', null],
    ['Kollega <k@kommune.dk>', null],
  ])('%j → %j', (typed, want) => expect(colleagueAddress(typed)).toBe(want));
});

describe('the report', () => {
  test('all green: one line per check and the clean-up, numbered, with ✓', () => {
    const r = buildReport(runChecks(allOk, { colleague: 'k@kommune.dk' }), { ok: true }, 12_400);
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('Alt virker: 15 kontroller i orden.');
    expect(r.lines).toHaveLength(CHECK_IDS.length + 1);
    expect(r.lines[0]).toEqual({ status: 'ok', text: `1. ✓ ${LABELS.cells}` });
    expect(r.lines.at(-1)!.text).toMatch(/^✓ Oprydning/);
    expect(r.notes).toContain('Tid: 12 sekunder.');
    expect(r.notes.join(' ')).not.toMatch(/Googles egen meddelelse/);
  });

  test("a failure shows Google's message on its line, a skipped check names the failed one by number", () => {
    const r = buildReport(runChecks(failing('letter'), { colleague: 'k@kommune.dk' }), { ok: true }, 900);
    expect(r.ok).toBe(false);
    expect(r.lines[8]).toEqual({ status: 'failed', text: `9. ✗ ${LABELS.letter}: fejl i letter` });
    expect(r.lines[9]).toEqual({ status: 'skipped', text: `10. – ${LABELS.pageBreak}: ikke prøvet, fordi punkt 9 fejlede` });
    expect(r.lines[13].text).toBe(`14. – ${LABELS.share}: ikke prøvet, fordi punkt 9 fejlede`);
    expect(r.summary).toBe('1 af 15 kontroller fejlede; 4 sprunget over.');
    expect(r.notes).toContain('Tid: 1 sekund.');
    expect(reportText(r)).toContain('Teksten efter ✗ er Googles egen meddelelse');
  });

  test('a clean-up that failed counts as a failure and says what to delete by hand', () => {
    const r = buildReport(runChecks(allOk, { colleague: '' }), { ok: false, message: 'Service error:\n  Drive', leftovers: ['mappen «x» i Drev'] }, 3000);
    expect(r.lines.at(-1)).toEqual({ status: 'failed', text: '✗ Oprydning: Service error: Drive. Slet selv: mappen «x» i Drev' });
    expect(r.summary).toBe('1 af 15 kontroller fejlede; 1 sprunget over.');
  });

  test("a long message is cut to one readable line; an empty one says so", () => {
    const long = buildReport(runChecks((id) => (id === 'pdf' ? { ok: false, message: 'x'.repeat(1000) } : { ok: true }), { colleague: '' }), { ok: true }, 1);
    expect(long.lines[11].text.length).toBeLessThan(400);
    expect(long.lines[11].text.endsWith('…')).toBe(true);
    const empty = buildReport(runChecks((id) => (id === 'pdf' ? { ok: false, message: ' ' } : { ok: true }), { colleague: '' }), { ok: true }, 1);
    expect(empty.lines[11].text).toBe(`12. ✗ ${LABELS.pdf}: (ingen meddelelse)`);
  });

  test('the HTML escapes every text, colours by status, and has no script', () => {
    const r = buildReport(runChecks((id) => (id === 'lock' ? { ok: false, message: '<script>alert("x")</script> & co' } : { ok: true }), { colleague: '' }), { ok: true }, 1);
    const html = reportHtml(r);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('<li style="color:#b3261e">5. ✗');
    expect(html).toContain('<li style="color:#666666">14. –');
  });

  test.each([
    [15, 0, 0, 'Alt virker: 15 kontroller i orden.'],
    [15, 0, 1, 'Alt virker: 14 kontroller i orden; 1 sprunget over.'],
    [2, 0, 1, 'Alt virker: 1 kontrol i orden; 1 sprunget over.'],
    [15, 1, 0, '1 af 15 kontroller fejlede.'],
    [15, 2, 3, '2 af 15 kontroller fejlede; 3 sprunget over.'],
  ])('summary(%i, %i, %i): %s', (total, failed, skipped, want) => expect(summary(total, failed, skipped)).toBe(want));
});
