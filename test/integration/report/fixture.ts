/**
 * A set-up team sheet for the year report: the built bundle in the in-memory runtime, `fhbSetup` run,
 * then synthetic citizens (never real people) written into Borgere by header, in batches (test set-up is
 * free). The recount below reads the sheet's own computed Kode and Status columns, as a consultant would
 * with a filter, independently of the report's code.
 */
import { STATUSES } from '../../../src/core/status/vocabulary';
import { type FakeSheet } from '../../runtime';
import { boot, col, day, letters } from '../sheet/helpers';

export { day };

export interface Team {
  rt: ReturnType<typeof boot>['rt'];
  bundle: ReturnType<typeof boot>['bundle'];
  citizens: FakeSheet;
}

/** Column values for citizen i (0-based) of n: ages spread over the offers, some records, some exempt. */
function citizenCells(i: number): Record<string, unknown> {
  const birthYear = [1945, 1950, 1955, 1940, 1960, 1946, 1930, 1985][i % 8];
  const cells: Record<string, unknown> = {
    Navn: `Borger ${i + 1}`,
    Fødselsdato: day(`${birthYear}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`),
    'Bor alene': i % 3 === 0,
    Undtaget: i % 17 === 5 ? 'plejebolig' : '',
    'Ægtefælle død': i % 11 === 4 ? day('2025-01-20') : '',
    Inviteret: i % 5 === 1 ? day('2025-02-10') : '',
    Gennemført: i % 7 === 2 ? day('2025-02-20') : '',
    Frabedt: i % 13 === 3 ? day('2025-02-25') : '',
  };
  return cells;
}

/** Writes citizens into rows 2.. by header, one setValues per column. */
export function writeCitizens(sheet: FakeSheet, rows: Record<string, unknown>[], firstRow = 2): void {
  const headers = Object.keys(rows[0]);
  for (const h of headers) {
    const c = col(sheet, h);
    sheet.getRange(firstRow, c, rows.length, 1).setValues(rows.map((r) => [r[h] ?? '']));
  }
}

export function team(n: number, options: { badRows?: number[] } = {}): Team {
  const { rt, bundle } = boot({ now: new Date('2025-03-01T09:00:00Z') });
  bundle.run('fhbSetup');
  const settings = rt.sheet('Indstillinger');
  settings.getRange('B2').setValue(day('2025-03-01'));
  settings.getRange('B3').setValue('glostrup-2025');
  const citizens = rt.sheet('Borgere');
  writeCitizens(citizens, Array.from({ length: n }, (_, i) => citizenCells(i)));
  // A birth date nobody can read: FHB_PLAN shows FEJL on that row.
  for (const row of options.badRows ?? []) citizens.getRange(row, col(citizens, 'Fødselsdato')).setValue('hverken dato eller cpr');
  return { rt, bundle, citizens };
}

export interface Recount {
  citizens: number;
  errors: number;
  byCode: Map<string, number>;
  byStatus: Map<string, number>;
}

/** Counts straight from the sheet's computed Kode and Status columns. */
export function recount(sheet: FakeSheet): Recount {
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const values = sheet.valuesOf(`A1:${letters(width - 1)}${last}`);
  const kode = col(sheet, 'Kode') - 1;
  const status = col(sheet, 'Status') - 1;
  const birth = col(sheet, 'Fødselsdato') - 1;
  const labels = new Set<string>(STATUSES.map((s) => s.label));
  const out: Recount = { citizens: 0, errors: 0, byCode: new Map(), byStatus: new Map() };
  for (const row of values.slice(1)) {
    const code = String(row[kode] ?? '').trim();
    const label = String(row[status] ?? '').trim();
    if (code === '' && label === '' && String(row[birth] ?? '').trim() === '') continue;
    if (code === '' || code.startsWith('FEJL') || code.startsWith('#') || !labels.has(label)) {
      out.errors++;
      continue;
    }
    out.citizens++;
    out.byStatus.set(label, (out.byStatus.get(label) ?? 0) + 1);
    for (const c of code.split('+')) out.byCode.set(c, (out.byCode.get(c) ?? 0) + 1);
  }
  return out;
}

export interface ReportView {
  title: string;
  facts: string;
  offerHeader: string[];
  offers: Map<string, Record<string, unknown>>;
  statusHeader: string[];
  statuses: Map<string, Record<string, unknown>>;
  notes: string[];
  all: unknown[][];
  offerHeaderRow: number;
}

/** The report sheet read back as the team sees it: rows keyed by their headers. */
export function readReport(sheet: FakeSheet): ReportView {
  const last = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const all = sheet.valuesOf(`A1:${letters(width - 1)}${last}`);
  const blockAfter = (header: string) => {
    const at = all.findIndex((r) => r[0] === header);
    if (at < 0) throw new Error(`no ${header} block`);
    const head = all[at].map(String).filter((h) => h !== '');
    const body: unknown[][] = [];
    for (let i = at + 1; i < all.length && all[i][0] !== ''; i++) body.push(all[i]);
    return { at, head, body };
  };
  const keyed = (head: string[], body: unknown[][]) =>
    new Map(body.map((r) => [String(r[0]), Object.fromEntries(head.map((h, j) => [h, r[j]]))]));
  const offers = blockAfter('Kode');
  const statuses = blockAfter('Status');
  const notes = blockAfter('Noter');
  return {
    title: String(all[0][0]),
    facts: String(all[1][0]),
    offerHeader: offers.head,
    offers: keyed(offers.head, offers.body),
    statusHeader: statuses.head,
    statuses: keyed(statuses.head, statuses.body),
    notes: notes.body.map((r) => String(r[0])),
    all,
    offerHeaderRow: offers.at + 1,
  };
}
