import { HISTORY_KINDS, HistoryEvent, HistoryKind } from './events';

export type KindCounts = Record<HistoryKind, number>;

export function zeroCounts(): KindCounts {
  return Object.fromEntries(HISTORY_KINDS.map((k) => [k, 0])) as KindCounts;
}

/** The offer an event is counted under: the first code of a joined one ("EFTERLADT+ALDER_80" → EFTERLADT). */
export function primaryCode(code: string): string {
  return code.split('+')[0].trim();
}

/**
 * One fact, however many writers logged it: the sidebar's "Gennemført 12-03" and the sheet's cell noticed
 * later are one visit; a booking and a move to the same time are one visit time. A letter is one fact per
 * link. An undated tick is one fact per year.
 */
export function factId(e: Pick<HistoryEvent, 'key' | 'kind' | 'day' | 'minute' | 'detail' | 'year'>): string {
  const kind = e.kind === 'moved' ? 'booked' : e.kind;
  if (kind === 'letter') return [e.key, kind, e.detail].join('|');
  return [e.key, kind, e.day ?? `år${e.year}`, e.minute ?? ''].join('|');
}

/**
 * What was done in a planning year, per offer code and kind of event, each fact counted once. This is
 * what the year report shows for a past year: what really happened, not a recomputation from today's list.
 */
export function countYear(events: readonly HistoryEvent[], year: number): Map<string, KindCounts> {
  const seen = new Set<string>();
  const out = new Map<string, KindCounts>();
  for (const e of events) {
    if (e.year !== year) continue;
    const id = factId(e);
    if (seen.has(id)) continue;
    seen.add(id);
    const code = primaryCode(e.code);
    let counts = out.get(code);
    if (!counts) out.set(code, (counts = zeroCounts()));
    counts[e.kind]++;
  }
  return out;
}

/** The planning years the history has events for, oldest first. */
export function historyYears(events: readonly HistoryEvent[]): number[] {
  return [...new Set(events.map((e) => e.year))].sort((a, b) => a - b);
}

export interface CitizenHistory {
  /** The citizen's events, newest first, each fact once. */
  events: HistoryEvent[];
  /** The last visit, meeting or talk that took place. */
  lastDone?: HistoryEvent;
  /** Every year the citizen declined, newest first. */
  declines: HistoryEvent[];
}

/** One citizen's history, for the sidebar. */
export function citizenHistory(all: readonly HistoryEvent[], key: string): CitizenHistory {
  const seen = new Set<string>();
  const events = all
    .filter((e) => e.key === key)
    .sort((a, b) => whenOf(b) - whenOf(a) || b.atMs - a.atMs)
    .filter((e) => {
      const id = factId(e);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
  return {
    events,
    lastDone: events.find((e) => e.kind === 'done'),
    declines: events.filter((e) => e.kind === 'declined'),
  };
}

const MS_PER_DAY = 86_400_000;

/** An event's own date when it has one, else when it was logged (as a day count, to sort with days). */
function whenOf(e: HistoryEvent): number {
  return e.day !== undefined ? (e.day as number) + (e.minute ?? 0) / 1440 : Math.floor(e.atMs / MS_PER_DAY);
}

