import { resolveProfile } from '../../../src/core/profiles/registry';
import { callContext, fhbPlan, fhbReason, fhbStatus } from '../../../src/sheetfns/functions';
import { readInputFile } from '../../../src/offline/input';
import { birthCell, cellReader, planTable } from '../../../src/offline/plan-table';
import { computedCells } from '../../../src/offline/plan-xlsx';
import { errorCode, ERROR_STATUS } from '../../../src/offline/text';
import { SAMPLE_AS_OF } from '../../../scripts/generate-sample';
import { SAMPLE, iso } from './helpers';

/**
 * The offline planner and the sheet functions must agree row for row: each sample row is computed both
 * ways, the sheet's way as one range call per column (as the sheet does it), in a UTC "spreadsheet".
 */
describe('offline planner agrees with FHB_PLAN, FHB_REASON and FHB_STATUS', () => {
  it.each(['glostrup-2025', 'ballerup', 'sel-79a'])('on every sample row with profile %s', async (profileId) => {
    const table = await readInputFile(SAMPLE);
    const offline = planTable(table, iso(SAMPLE_AS_OF), resolveProfile(profileId));
    const ctx = callContext('UTC', () => new Date(`${SAMPLE_AS_OF}T12:00:00Z`)); // the clock of the offline run (today = the reference date)
    const cells = table.rows.map((r) => cellReader(offline.columns, r.cells));
    const col = (read: (c: (typeof cells)[number]) => unknown) => cells.map((c) => [read(c)]);
    const planArgs = [
      col(birthCell), col((c) => c('livesAlone')), new Date(`${SAMPLE_AS_OF}T00:00:00Z`),
      col((c) => c('spouseDied')), col((c) => c('spouseMoved')), col((c) => c('atRisk')), col((c) => c('exempt')), profileId,
    ];
    const sheetPlan = fhbPlan(ctx, planArgs);
    const sheetReason = fhbReason(ctx, planArgs) as unknown[][];
    const sheetStatus = fhbStatus(ctx, [
      sheetPlan.map((r) => [r[0]]), sheetPlan.map((r) => [r[4]]), sheetPlan.map((r) => [r[5]]),
      col((c) => c('invited')), col((c) => c('visit')), col((c) => c('done')), col((c) => c('declined')),
      new Date(`${SAMPLE_AS_OF}T00:00:00Z`),
      // The sample file has no Besøg meddelt or Ophørt column: not passed, as a sheet without them.
      undefined, undefined, profileId,
    ]) as unknown[][];

    const byRow = new Map<number, { computed: unknown[] }>();
    for (const p of offline.planned) byRow.set(p.row, { computed: computedCells(p) });
    for (const b of offline.bad) byRow.set(b.row, { computed: [errorCode(b.message), '', '', '', '', '', '', ERROR_STATUS, b.message] });
    expect(byRow.size).toBe(table.rows.length);

    table.rows.forEach((r, i) => {
      const ours = byRow.get(r.row)!.computed;
      const norm = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);
      expect({ row: r.row, plan: ours.slice(0, 7).map(norm) }).toEqual({ row: r.row, plan: sheetPlan[i].map(norm) });
      const isError = String(sheetPlan[i][0]).startsWith('FEJL');
      expect({ row: r.row, status: ours[7] }).toEqual({ row: r.row, status: sheetStatus[i][0] });
      if (!isError) expect({ row: r.row, reason: ours[8] }).toEqual({ row: r.row, reason: sheetReason[i][0] });
    });
    expect(offline.bad.length).toBeGreaterThan(0);
  });
});
