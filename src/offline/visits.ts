import { ownEventColumns } from '../core/sheet/event-columns';
import { Day } from '../core/day';
import { isEmptyCell } from '../core/coerce/values';
import { recordCounts, yearScope } from '../core/records/year';
import type { Profile } from '../core/profiles/schema';
import { scheduleVisits } from '../core/schedule';
import { visitCellText } from '../core/schedule/text';
import type { Settings } from '../core/settings/schema';
import { birthColumn, columnSpec, findColumns } from '../core/sheet/columns';
import { planningInput } from '../core/visits/plan-input';
import { readRow } from '../core/visits/rows';
import { Proposal, proposalOf } from '../core/visits/summary';
import type { InputTable } from './input';
import { fileDateToDay } from './plan-table';

/**
 * Offline "Planlæg besøg": books a fixed date and time for every citizen whose offer is a fixed-time visit
 * (Glostrup's 80-year-olds) and who has none, with the same scheduler and the same reading of the rows as
 * the Google sheet, so their letters can carry the visit. Citizens who already have a visit keep it.
 * Returns a new table with Besøg and Konsulent filled (columns added when the file has none).
 */
export interface OfflineVisits {
  table: InputTable;
  proposal?: Proposal;
}

export function planOfflineVisits(table: InputTable, settings: Settings, profile: Profile, asOf: Day, clock: Day = asOf): OfflineVisits {
  if (settings.consultants.length === 0) return { table };
  const headers = [...table.headers];
  const hadAnnounced = findColumns(headers).announced !== undefined;
  const ensure = (key: 'visit' | 'consultant' | 'announced') => {
    const at = findColumns(headers)[key];
    if (at !== undefined) return at;
    headers.push(columnSpec(key).header);
    return headers.length - 1;
  };
  const visitAt = ensure('visit');
  const consultantAt = ensure('consultant');
  const announcedAt = ensure('announced');
  const columns = findColumns(headers);
  const birth = birthColumn(columns);
  if (birth === undefined) return { table };

  const cellsOf = (cells: readonly unknown[]) => headers.map((_, i) => cells[i] ?? '');
  const rows = table.rows
    .filter((r) => !isEmptyCell(r.cells[birth]) || (columns.cpr !== undefined && !isEmptyCell(r.cells[columns.cpr])))
    .map((r) => readRow(r.row, cellsOf(r.cells), columns, { profile, asOf, toDay: fileDateToDay, own: ownEventColumns(headers, profile.events) }));
  // Offline there is no clock worth trusting: the letters go out from the reference date.
  const planning = planningInput({ rows, settings, asOf, today: asOf, openDay: clock });
  const proposal = proposalOf(scheduleVisits(planning.input), planning);

  const byRow = new Map(proposal.bookings.map((b) => [b.row, b]));
  const scope = yearScope(asOf, clock);
  const invitedByRow = new Map(rows.map((r) => [r.row, recordCounts(r.records.invited, scope)]));
  const invitedThisYear = (row: number) => invitedByRow.get(row) === true;
  const planned: InputTable = {
    headers,
    rows: table.rows.map((r) => {
      const cells = cellsOf(r.cells) as InputTable['rows'][number]['cells'];
      const booking = byRow.get(r.row);
      // A file without Besøg meddelt: a visit already there was announced when this year's Inviteret is
      // there (what the column replaces); a visit booked now is not, so its letter is made.
      if (!hadAnnounced && !booking && !isEmptyCell(cells[visitAt]) && invitedThisYear(r.row)) cells[announcedAt] = cells[visitAt];
      if (booking) {
        cells[visitAt] = visitCellText(booking.day, booking.minute);
        cells[consultantAt] = booking.consultant;
      }
      return { row: r.row, cells };
    }),
  };
  return { table: planned, proposal };
}
