import { join } from 'node:path';
import { participantLists, participantRecords } from '../core/meetings/participants';
import type { Settings } from '../core/settings/schema';
import { csvText } from './csv';
import { cellReader, type PlanResult } from './plan-table';
import { writePrivateFile } from './private-files';

export const PARTICIPANTS_FILE = 'deltagerlister.csv';

/**
 * The participant list of each meeting as `deltagerlister.csv` (one row per participant, by meeting and
 * name; no CPR), from the seats this run's letters gave (`seated`: row → meeting) and, for everyone else,
 * the file's own Arrangement column. Nothing is written when the settings list no meetings.
 */
export function writeParticipants(out: string, plan: PlanResult, settings: Settings, seated: ReadonlyMap<number, string>): string | undefined {
  if (settings.meetings.length === 0) return undefined;
  const rows = [...plan.planned, ...plan.bad]
    .sort((a, b) => a.row - b.row)
    .map(({ row, cells }) => {
      const cell = cellReader(plan.columns, cells);
      return {
        meeting: seated.get(row) ?? cell('meeting'), name: cell('name'), address: cell('address'), postcode: cell('postcode'),
        city: cell('city'), phone: cell('phone'), attendance: cell('attendance'), ended: cell('ended'),
      };
    });
  const path = join(out, PARTICIPANTS_FILE);
  writePrivateFile(path, csvText(participantRecords(participantLists(rows, settings.meetings))));
  return path;
}
