import { performance } from 'node:perf_hooks';
import { dayFromYmd } from '../src/core/day';
import { citizenMeeting } from '../src/core/meetings/citizen';
import { participantLists, participantSheet } from '../src/core/meetings/participants';
import { seatsTaken } from '../src/core/meetings/seats';
import { Settings } from '../src/core/settings/schema';

/**
 * Meetings (arrangementer) in the core, on a sheet of 100,000 synthetic rows and 20 meetings: counting the
 * seats (what every sidebar view of a meeting citizen, and every move under the lock, does over the whole
 * Arrangement column), the sidebar's meeting view, and the participant lists (two rows in three seated).
 */
export function benchMeetings(): Record<string, { rows: number; ms: number; result: number }> {
  const meetings = Settings.parse({
    meetings: Array.from({ length: 20 }, (_, i) => ({
      name: `Møde ${i}`, day: `2025-${String(4 + (i % 8)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`, startMinute: 600,
      place: 'Rådhuset', capacity: 6000, offers: ['ALDER_75'],
    })),
  }).meetings;
  const n = 100_000;
  const rows = Array.from({ length: n }, (_, i) => ({
    meeting: i % 3 ? `Møde ${i % 20}` : '', name: `Borger ${(i * 7919) % n}`, address: `Prøvevej ${i}`, postcode: '2600', city: 'Prøveby', phone: '12345678',
  }));
  const time = <T>(work: () => T): [T, number] => {
    const start = performance.now();
    const result = work();
    return [result, Math.round(performance.now() - start)];
  };
  const [taken, seatsMs] = time(() => seatsTaken(rows, meetings));
  const [view, viewMs] = time(() => citizenMeeting({ codes: ['ALDER_75'], scope: { year: 2025, openYear: 2025 }, meeting: 'Møde 3', attendance: '' }, { meetings, taken, today: dayFromYmd(2025, 3, 1) }));
  const [sheet, listsMs] = time(() => participantSheet(participantLists(rows, meetings), dayFromYmd(2025, 3, 1)));
  return {
    'seats taken': { rows: n, ms: seatsMs, result: [...taken.values()].reduce((a, b) => a + b, 0) },
    'sidebar meeting view (choices)': { rows: n, ms: viewMs, result: view?.choices.length ?? 0 },
    'participant lists (sheet rows)': { rows: n, ms: listsMs, result: sheet.rows.length },
  };
}
