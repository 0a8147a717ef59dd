import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayFromYmd } from '../../../src/core/day';
import { resolveProfile } from '../../../src/core/profiles/registry';
import { callContext, fhbPlan } from '../../../src/sheetfns/functions';
import { planTable } from '../../../src/offline/plan-table';
import type { InputTable } from '../../../src/offline/input';

/**
 * Issue 14: a profile's own events offline. The planner finds each event's column by its header (in any
 * place in the file), and agrees with FHB_PLAN given the same columns from the 9th argument on.
 */
const NORDBY = readFileSync(join(__dirname, '../../../examples/profiles/nordby-2026.json'), 'utf8');
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

// The event columns stand apart and in another order than the profile's, as a team's file may have them.
const table: InputTable = {
  headers: ['Navn', 'Udskrevet fra hospital', 'Fødselsdato', 'Bor alene', 'Rehabilitering afsluttet'],
  rows: [
    { row: 2, cells: ['Rita Rehab', null, utc('1958-01-10'), null, utc('2026-02-16')] },
    { row: 3, cells: ['Hans Hospital', utc('2026-02-25'), utc('1948-06-01'), null, null] },
    { row: 4, cells: ['Otto Uden', null, utc('1958-01-10'), null, null] },
    { row: 5, cells: ['Fremtid Fejl', null, utc('1958-01-10'), null, utc('2026-05-01')] },
  ],
};

test('the planner reads each own event by header and agrees with FHB_PLAN row for row', () => {
  const asOf = utc('2026-03-02');
  const offline = planTable(table, dayFromYmd(2026, 3, 2), resolveProfile(NORDBY));
  const column = (i: number) => table.rows.map((r) => [r.cells[i] ?? '']);
  const ctx = callContext('UTC', () => new Date('2026-03-02T12:00:00Z'));
  const sheet = fhbPlan(ctx, [column(2), column(3), asOf, '', '', '', '', NORDBY, column(4), column(1)]);
  const offlineCodes = table.rows.map((r) => offline.planned.find((p) => p.row === r.row)?.plan.code ?? `FEJL: ${offline.bad.find((b) => b.row === r.row)?.message}`);
  expect(offlineCodes.slice(0, 3)).toEqual(['REHABILITERING', 'UDSKREVET', expect.not.stringMatching(/REHABILITERING|UDSKREVET/)]);
  expect(offlineCodes[3]).toMatch(/^FEJL: .*rehabilitering afsluttet/);
  expect(sheet.map((r) => String(r[0]))).toEqual(offlineCodes);
});
