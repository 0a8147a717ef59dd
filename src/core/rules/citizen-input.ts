import type { Day } from '../day';
import { type DateToDay, parseDay, parseExemption, parseYesNo, requireDay } from '../coerce/values';
import type { EventDef } from '../profiles/schema';
import type { Citizen } from './types';

/** The Danish names of FHB_PLAN's arguments, in the pinned order, as error messages say them. */
export const PLAN_FIELDS = ['fødselsdato', 'bor alene', 'referencedato', 'ægtefælle død', 'ægtefælle flyttet', 'særlig risiko', 'undtaget', 'profil'] as const;

/** The Danish name of FHB_PLAN's argument for the profile's `i`-th own event (0-based), for shape errors. */
export const ownEventField = (i: number) => `egen hændelse ${i + 1}`;

/** What a row (or FHB_PLAN's arguments) holds about a citizen, as cells. */
export interface CitizenCells {
  birth: unknown;
  livesAlone: unknown;
  spouseDied: unknown;
  spouseMoved: unknown;
  atRisk: unknown;
  exempt: unknown;
  /** The profile's own events (its `events`), in the profile's order: FHB_PLAN's arguments from the 9th on. */
  events?: readonly unknown[];
}

/**
 * A citizen from cells, read exactly as FHB_PLAN reads them, so the sheet functions, the sidebar, the
 * merge, the scheduler and the offline planner agree row for row. Throws InputError (Danish) on a bad cell.
 */
export function citizenFromCells(cells: CitizenCells, toDay: DateToDay, ownEvents: readonly EventDef[] = []): Citizen {
  const exemption = parseExemption(cells.exempt, PLAN_FIELDS[6]);
  const citizen: Citizen = {
    birth: requireDay(cells.birth, PLAN_FIELDS[0], toDay),
    livesAlone: parseYesNo(cells.livesAlone, PLAN_FIELDS[1]),
    spouseDied: parseDay(cells.spouseDied, PLAN_FIELDS[3], toDay),
    spouseMoved: parseDay(cells.spouseMoved, PLAN_FIELDS[4], toDay),
    atRisk: parseYesNo(cells.atRisk, PLAN_FIELDS[5]),
    exempt: exemption.exempt,
    exemptReason: exemption.reason,
  };
  const events = ownEventDays(cells.events ?? [], ownEvents, toDay);
  return events ? { ...citizen, events } : citizen;
}

/** The days of the profile's own events, by id; undefined when none is filled in. */
function ownEventDays(cells: readonly unknown[], ownEvents: readonly EventDef[], toDay: DateToDay): Record<string, Day> | undefined {
  let out: Record<string, Day> | undefined;
  ownEvents.forEach((event, i) => {
    const day = parseDay(cells[i], event.column.toLowerCase(), toDay);
    if (day !== undefined) (out ??= {})[event.id] = day;
  });
  return out;
}
