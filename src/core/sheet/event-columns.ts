import type { EventDef } from '../profiles/schema';
import { normalizeHeader } from './columns';

/**
 * A profile's own life events (its `events`) live in columns the team's sheet names by the event's
 * `column` header ("Rehabilitering afsluttet"). Set-up makes them; every reader finds them by header,
 * like the fixed columns, so a team may move them.
 */

/** The profile's events with where each is in the sheet (undefined: the sheet has no such column yet). */
export interface OwnEventColumns {
  readonly events: readonly EventDef[];
  readonly columns: readonly (number | undefined)[];
}

const cache = new WeakMap<readonly unknown[], WeakMap<readonly EventDef[], OwnEventColumns>>();

/** Found once per header row and profile (readers ask per row). */
export function ownEventColumns(headers: readonly unknown[], events: readonly EventDef[]): OwnEventColumns {
  let byEvents = cache.get(headers);
  if (!byEvents) cache.set(headers, (byEvents = new WeakMap()));
  let found = byEvents.get(events);
  if (!found) byEvents.set(events, (found = findOwnEventColumns(headers, events)));
  return found;
}

function findOwnEventColumns(headers: readonly unknown[], events: readonly EventDef[]): OwnEventColumns {
  const normalized = headers.map((h) => (typeof h === 'string' ? normalizeHeader(h) : ''));
  return {
    events,
    columns: events.map((e) => {
      const i = normalized.indexOf(normalizeHeader(e.column));
      return i < 0 ? undefined : i;
    }),
  };
}

/** A row's cells of the profile's own events, in the profile's order ('' where the sheet has no column). */
export function ownEventCells(own: OwnEventColumns | undefined, values: readonly unknown[]): unknown[] {
  return own ? own.columns.map((c) => (c === undefined ? '' : values[c])) : [];
}

/**
 * The set-up plan with a column for each of the profile's own events the sheet lacks, appended after the
 * last column (a team may move them afterwards: they are found by header). `columns` are the final
 * 0-based positions, in the profile's order, for FHB_PLAN's arguments from the 9th on; `added` are the
 * positions of the columns this plan makes.
 */
export function withOwnEventColumns<P extends { headers: unknown[]; width: number; origin: (number | undefined)[]; headersChanged: boolean }>(
  plan: P,
  events: readonly EventDef[],
): { plan: P; columns: number[]; added: number[] } {
  const found = ownEventColumns(plan.headers, events).columns;
  const missing = events.filter((_, i) => found[i] === undefined).map((e) => e.column);
  if (missing.length === 0) return { plan, columns: found as number[], added: [] };
  let next = plan.width;
  const columns = found.map((c) => c ?? next++);
  return {
    plan: { ...plan, headers: [...plan.headers, ...missing], width: next, origin: [...plan.origin, ...missing.map(() => undefined)], headersChanged: true },
    columns,
    added: columns.filter((c) => c >= plan.width),
  };
}
