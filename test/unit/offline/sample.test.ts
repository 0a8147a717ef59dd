import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { birthDayFromCpr } from '../../../src/core/coerce/cpr';
import { resolveProfile } from '../../../src/core/profiles/registry';
import { columnOfHeader } from '../../../src/core/sheet/columns';
import { tableFromCsv } from '../../../src/offline/input';
import { planTable } from '../../../src/offline/plan-table';
import { SAMPLE_AS_OF, SAMPLE_CONSULTANTS, SAMPLE_HEADERS, SAMPLE_PROFILE, SAMPLE_SEED, sample, sampleCsv, sampleFiles, sampleOptions, sampleRows } from '../../../scripts/generate-sample';
import { citizenKey } from '../../../src/core/citizens/key';
import { looksLikeCpr } from '../../../src/core/coerce/cpr';
import { yearOf } from '../../../src/core/day';
import { visitVocabulary } from '../../../src/core/profiles/visit-terms';
import { latestDay } from '../../../src/core/records/year';
import { findColumns } from '../../../src/core/sheet/columns';
import { parseRecord } from '../../../src/core/status/records';
import { VISIT_FILE_NAME, VISIT_HEADERS } from '../../../src/core/visit-record/columns';
import { readVisitRecords } from '../../../src/core/visit-record/read';
import { fileDateToDay } from '../../../src/offline/plan-table';
import { ROOT, SAMPLE, SAMPLE_SETTINGS, iso, readText } from './helpers';

const committed = readFileSync(SAMPLE, 'utf8');
const table = tableFromCsv(committed);
const glostrup = planTable(table, iso(SAMPLE_AS_OF), resolveProfile('glostrup-2025'));
const column = (header: string) => table.headers.indexOf(header);
const cellsOf = (header: string) => table.rows.map((r) => String(r.cells[column(header)] ?? ''));
const byNote = (note: string) => glostrup.planned.filter((p) => p.cells[column('Noter')] === note);

describe('examples/borgere.csv', () => {
  it('is exactly what the seeded generator writes (regenerate with scripts/generate-sample.ts)', () => {
    expect(committed).toBe(sampleCsv());
  });

  it('is UTF-8 with BOM, ;-separated, with Danish headers the sheet recognises', () => {
    expect(committed.charCodeAt(0)).toBe(0xfeff);
    expect(committed.slice(1).split('\r\n')[0]).toBe(SAMPLE_HEADERS.join(';'));
    for (const h of SAMPLE_HEADERS) expect([h, columnOfHeader(h)]).toEqual([h, expect.any(String)]);
    expect(table.rows.length).toBe(300);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(sampleRows(1, 150)).toEqual(sampleRows(1, 150));
    expect(sampleRows(1, 150)).not.toEqual(sampleRows(2, 150));
  });

  it('holds every offer of Glostrup 2025', () => {
    const codes = new Set(glostrup.planned.flatMap((p) => p.plan.code.split('+')));
    for (const code of ['ALENE_70', 'ALDER_75', 'ALDER_80', 'ALDER_82', 'EFTERLADT', 'AEGTEFAELLE_FLYTTET', 'RISIKO', 'UNDTAGET', 'INGEN']) {
      expect([code, codes.has(code)]).toEqual([code, true]);
    }
  });

  // seeds/000 line 53, 214-219: a phone call 6-8 weeks after the death; the profile keeps it 26 weeks.
  it.each([
    ['Død inden for 6-8 uger', 'due'],
    ['Perioden er ikke begyndt', 'upcoming'],
    ['Perioden er slut', 'overdue'],
  ])('has bereaved citizens whose window is %s (%s)', (note, status) => {
    const rows = byNote(note);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect([r.plan.offers[0].code, r.status]).toEqual(['EFTERLADT', status]);
  });

  it('has bereavements older than the horizon and under 65 that give no grief talk', () => {
    for (const note of ['Ældre end 26 uger', 'Under 65 år']) {
      expect(byNote(note).length).toBeGreaterThan(0);
      for (const r of byNote(note)) expect(r.plan.code).not.toContain('EFTERLADT');
    }
  });

  it('has 70-year-olds living alone and not alone (seeds/000 line 49: only alone)', () => {
    const turning70 = glostrup.planned.filter((p) => p.plan.turns === 70);
    expect(turning70.some((p) => p.plan.code === 'ALENE_70')).toBe(true);
    expect(turning70.some((p) => p.plan.code === 'INGEN')).toBe(true);
  });

  it('has exemptions by a known reason, by yes, and by an unknown reason (warned)', () => {
    const exempt = glostrup.planned.filter((p) => p.plan.code === 'UNDTAGET');
    expect(exempt.some((p) => p.plan.exemption?.known && p.plan.exemption.reason.includes('ældrecenter'))).toBe(true);
    expect(exempt.some((p) => p.plan.exemption?.reason === 'efter teamets vurdering')).toBe(true);
    expect(exempt.some((p) => p.plan.exemption?.known === false && p.plan.warnings.length > 0)).toBe(true);
  });

  it('has at-risk citizens aged 80-81 who fall in the Ballerup gap (seeds/003: 65 to 79)', () => {
    const ballerup = planTable(table, iso(SAMPLE_AS_OF), resolveProfile('ballerup'));
    const gap = ballerup.planned.filter((p) => p.plan.warnings.some((w) => w.startsWith('Borgeren falder uden for')) && p.plan.code.indexOf('RISIKO') < 0);
    expect(gap.map((p) => p.plan.turns).filter((t) => t === 80 || t === 81).length).toBeGreaterThanOrEqual(3);
  });

  it('has CPR-only rows: with and without dash, passing and failing modulus 11, 7th digit 4 and 9', () => {
    const cprs = cellsOf('CPR').filter((c) => c !== '');
    const digits = (c: string) => c.replace('-', '').split('').map(Number);
    const mod11 = (c: string) => digits(c).reduce((s, d, i) => s + d * [4, 3, 2, 7, 6, 5, 4, 3, 2, 1][i], 0) % 11 === 0;
    expect(cprs.some(mod11)).toBe(true);
    expect(cprs.some((c) => !mod11(c))).toBe(true);
    expect(cprs.some((c) => c.includes('-'))).toBe(true);
    expect(cprs.some((c) => !c.includes('-'))).toBe(true);
    expect(new Set(cprs.map((c) => digits(c)[6]).filter((d) => d >= 4))).toEqual(new Set([4, 9]));
    for (const c of cprs) expect(birthDayFromCpr(c)).toBeDefined();
  });

  it('writes birth dates in every Danish way', () => {
    const births = cellsOf('Fødselsdato');
    for (const pattern of [/^\d{2}-\d{2}-\d{4}$/, /^\d{1,2}-\d{1,2}-\d{4}$/, /^\d{2}\.\d{2}\.\d{4}$/, /^\d{1}\.\d{1,2}\.\d{4}$/, /^\d{2}\/\d{2}\/\d{4}$/, /^\d{4}-\d{2}-\d{2}$/]) {
      expect([String(pattern), births.some((b) => pattern.test(b))]).toEqual([String(pattern), true]);
    }
  });

  it('writes yes and no in every way (ja/nej/x/1/0)', () => {
    const values = new Set(cellsOf('Bor alene').map((v) => v.toLowerCase()));
    for (const v of ['ja', 'nej', 'x', '1', '0', '']) expect([v, values.has(v)]).toEqual([v, true]);
  });

  it('has bad rows: an impossible date, a birth after the reference date, a Sheets error', () => {
    const messages = glostrup.bad.map((b) => b.message).join('\n');
    expect(messages).toContain('31-02-1950');
    expect(messages).toContain('ligger efter referencedatoen');
    expect(messages).toContain('#N/A');
  });
});

describe('examples/besoeg.csv', () => {
  const committedVisits = readText(join(ROOT, 'examples', VISIT_FILE_NAME));
  const visitTable = tableFromCsv(committedVisits);
  const cellOf = (row: readonly unknown[], header: string) => String(row[visitTable.headers.indexOf(header)] ?? '');
  const terms = visitVocabulary(resolveProfile(SAMPLE_PROFILE));
  const { records, problems } = readVisitRecords({ headers: visitTable.headers, rows: visitTable.rows.map((r) => r.cells) }, { toDay: fileDateToDay, vocabulary: terms });
  const columns = findColumns(table.headers);
  const rowOfKey = new Map(table.rows.map((r) => [citizenKey({ columns, values: r.cells }), r]));
  const asOf = iso(SAMPLE_AS_OF);

  it('is exactly what the seeded generator writes beside borgere.csv, with the sample settings\' profile and consultants', () => {
    expect(committedVisits).toBe(sampleFiles().visits);
    expect(sample(1, 150)).toEqual(sample(1, 150));
    const settings = JSON.parse(readText(SAMPLE_SETTINGS));
    expect(settings.profile).toBe(SAMPLE_PROFILE);
    expect(settings.consultants.map((c: { name: string }) => c.name)).toEqual([...SAMPLE_CONSULTANTS]);
  });

  it('has the Google sheet\'s headers and reads without a problem, every row a citizen of the sample by its key', () => {
    expect(visitTable.headers).toEqual([...VISIT_HEADERS]);
    expect(problems).toEqual([]);
    expect(records.length).toBe(visitTable.rows.length);
    for (const r of records) expect([r.row, cellOf(visitTable.rows[r.row - 2].cells, 'Navn')]).toEqual([r.row, rowOfKey.get(r.key)?.cells[column('Navn')]]);
  });

  it('holds codes, counts and dates only (SPEC §4): the profile\'s themes and referrals, no CPR number, a reading only beside a count', () => {
    const ids = (list: readonly { id: string }[]) => new Set(list.map((t) => t.id));
    const [themes, referrals] = [ids(terms.themes), ids(terms.referrals)];
    for (const r of records) {
      expect(r.themes.filter((t) => !themes.has(t))).toEqual([]);
      expect(r.referrals.filter((t) => !referrals.has(t))).toEqual([]);
      expect([r.row, r.reading !== undefined]).toEqual([r.row, r.chairStand !== undefined]);
    }
    const cells = visitTable.rows.flatMap((r) => r.cells.map(String));
    expect(cells.filter((c) => looksLikeCpr(c))).toEqual([]);
    expect(records.some((r) => r.chairStand !== undefined)).toBe(true);
    expect(records.some((r) => r.referrals.length > 0)).toBe(true);
  });

  it('has last year\'s and this year\'s contacts, this year\'s recorded as each citizen\'s Gennemført', () => {
    const years = new Set(records.map((r) => yearOf(r.day)));
    expect(years).toEqual(new Set([yearOf(asOf) - 1, yearOf(asOf)]));
    const thisYear = records.filter((r) => yearOf(r.day) === yearOf(asOf));
    expect(thisYear.length).toBeGreaterThan(0);
    for (const r of thisYear) {
      expect(r.day).toBeLessThan(asOf);
      const done = latestDay(parseRecord(rowOfKey.get(r.key)!.cells[column('Gennemført')], 'gennemført', fileDateToDay));
      expect([r.row, done]).toEqual([r.row, Math.max(...thisYear.filter((o) => o.key === r.key).map((o) => o.day))]);
    }
  });

  it('has follow-ups due on the reference date and follow-ups still ahead', () => {
    const days = records.flatMap((r) => (r.followUp === undefined ? [] : [r.followUp]));
    expect(days.filter((d) => d <= asOf).length).toBeGreaterThan(1);
    expect(days.filter((d) => d > asOf).length).toBeGreaterThan(1);
  });
});

describe('npm run sample -- --rader N --ud FIL', () => {
  it('reads the row count and the file (Danish and English names), relative to where npm was run', () => {
    expect(sampleOptions(['--rader', '100000', '--ud', 'big.csv'], '/home/team')).toEqual({ rows: 100_000, out: '/home/team/big.csv' });
    expect(sampleOptions(['--rows', '500', '--out', '/tmp/x.csv'], '/home/team')).toEqual({ rows: 500, out: '/tmp/x.csv' });
    expect(sampleOptions([], '/home/team')).toEqual({ rows: 300, out: '/home/team/examples/borgere.csv' });
  });

  it.each([
    [['--rader', 'mange'], '--rader skal være et helt antal rækker'],
    [['--rader', '0'], '--rader skal være et helt antal rækker'],
    [['--ud'], '--ud mangler et filnavn'],
    [['--farve'], 'Ukendt valg: --farve'],
  ])('refuses %j in Danish', (args, message) => {
    expect(sampleOptions(args, '/x')).toEqual({ error: expect.stringContaining(message) });
  });

  it('a big sample has the rows asked for, the fixed cases first, and plans like the small one', () => {
    const big = tableFromCsv(sampleCsv(SAMPLE_SEED, 2000));
    expect(big.rows).toHaveLength(2000);
    expect(big.rows.slice(0, 100).map((r) => r.cells)).toEqual(table.rows.slice(0, 100).map((r) => r.cells));
    expect(planTable(big, iso(SAMPLE_AS_OF), resolveProfile('glostrup-2025')).planned.length).toBeGreaterThan(1900);
  });
});
