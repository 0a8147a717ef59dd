import { renderSummary } from '../../../src/cli/summary';
import { runOffline } from '../../../src/offline/run';
import { SAMPLE } from './helpers';

/** Issue 15: with 100,000 rows 1,320 80-year-olds got no visit slot and only 20 were listed, with no total. */
test('the terminal gives the total of citizens without a visit time, then the first 20 and how many more', async () => {
  const result = await runOffline({ input: SAMPLE });
  const unplaced = Array.from({ length: 1320 }, (_, i) => ({ row: i + 2, reason: 'ingen ledig tid før fristen' }));
  result.visits = { ...(result.visits ?? { bookings: [], kept: 0, warnings: [] }), unplaced } as never;
  const out = renderSummary(result, 'none');
  expect(out).toContain('1320 borgere fik ingen tid i alt:');
  expect(out).toContain('… og 1300 flere uden tid.');
});
