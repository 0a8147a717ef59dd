import { type DateToDay, parseDay, parseExemption, parseYesNo, requireDay } from '../coerce/values';
import type { Citizen } from './types';

/** The Danish names of FHB_PLAN's arguments, in the pinned order, as error messages say them. */
export const PLAN_FIELDS = ['fødselsdato', 'bor alene', 'referencedato', 'ægtefælle død', 'ægtefælle flyttet', 'særlig risiko', 'undtaget', 'profil'] as const;

/** What a row (or FHB_PLAN's arguments) holds about a citizen, as cells. */
export interface CitizenCells {
  birth: unknown;
  livesAlone: unknown;
  spouseDied: unknown;
  spouseMoved: unknown;
  atRisk: unknown;
  exempt: unknown;
}

/**
 * A citizen from cells, read exactly as FHB_PLAN reads them, so the sheet functions, the sidebar, the
 * merge, the scheduler and the offline planner agree row for row. Throws InputError (Danish) on a bad cell.
 */
export function citizenFromCells(cells: CitizenCells, toDay: DateToDay): Citizen {
  const exemption = parseExemption(cells.exempt, PLAN_FIELDS[6]);
  return {
    birth: requireDay(cells.birth, PLAN_FIELDS[0], toDay),
    livesAlone: parseYesNo(cells.livesAlone, PLAN_FIELDS[1]),
    spouseDied: parseDay(cells.spouseDied, PLAN_FIELDS[3], toDay),
    spouseMoved: parseDay(cells.spouseMoved, PLAN_FIELDS[4], toDay),
    atRisk: parseYesNo(cells.atRisk, PLAN_FIELDS[5]),
    exempt: exemption.exempt,
    exemptReason: exemption.reason,
  };
}
