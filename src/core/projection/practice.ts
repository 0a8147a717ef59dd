import { ymdOf } from '../day';
import type { HistoryEvent, HistoryKind } from '../history/events';
import { primaryCode } from '../history/count';

/**
 * What the team's own Historik says of its practice, over its last complete years (before the data's
 * planning year, whose visits are not all held yet): per offer code how many were invited and how many
 * visits (or meeting attendances) were held, in which months the invitations went out, and how many
 * citizens a year an offer reached (the rate of events nobody can foresee: deaths, moves to a care home).
 * Each fact is counted once per citizen and year, however many writers logged it.
 */
export interface Practice {
  /** The years counted, oldest first; empty when Historik has none before the data's year. */
  readonly years: readonly number[];
  readonly byCode: ReadonlyMap<string, CodePractice>;
}

export interface CodePractice {
  invited: number;
  held: number;
  /** Invitations by month (0 = January). */
  readonly months: number[];
  /** Citizens reached in each counted year (any event under the code). */
  reached: number;
}

/** How many complete years back the practice looks. */
export const PRACTICE_YEARS = 3;

const INVITED: ReadonlySet<HistoryKind> = new Set(['invited']);
const HELD: ReadonlySet<HistoryKind> = new Set(['done', 'attended']);
const REACHED: ReadonlySet<HistoryKind> = new Set(['invited', 'letter', 'booked', 'done', 'attended', 'declined', 'notReached']);

export function practiceOf(events: readonly HistoryEvent[], dataYear: number): Practice {
  const all = [...new Set(events.map((e) => e.year))].filter((y) => y < dataYear).sort((a, b) => a - b);
  const years = all.slice(-PRACTICE_YEARS);
  const counted = new Set(years);
  const byCode = new Map<string, CodePractice>();
  const seen = new Set<string>();
  const once = (e: HistoryEvent, what: string) => {
    const id = `${what}|${e.year}|${e.key}|${e.code}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  };
  for (const e of events) {
    if (!counted.has(e.year) || !e.code) continue;
    const code = primaryCode(e.code);
    let p = byCode.get(code);
    if (!p) byCode.set(code, (p = { invited: 0, held: 0, months: new Array<number>(12).fill(0), reached: 0 }));
    if (INVITED.has(e.kind) && once(e, 'invited')) {
      p.invited++;
      if (e.day !== undefined) p.months[ymdOf(e.day).month - 1]++;
    }
    if (HELD.has(e.kind) && once(e, 'held')) p.held++;
    if (REACHED.has(e.kind) && once(e, 'reached')) p.reached++;
  }
  return { years, byCode };
}
