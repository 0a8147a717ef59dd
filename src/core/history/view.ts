import { toDanish } from '../day';
import type { CitizenHistory } from './count';
import type { HistoryEvent } from './events';
import { KIND_LABELS } from './text';

/** A citizen's history as the sidebar shows it: Danish text only, ready to put in the page as text. */
export interface HistoryView {
  /** Term and value pairs: the last visit, earlier declines. */
  summary: [string, string][];
  /** The newest events, one line each. */
  lines: string[];
  /** How many older events are not shown, and the sentence that says so. */
  more: number;
  moreText: string;
}

const LINES = 8;

export const LAST_DONE = 'Sidste gennemførte besøg';
export const DECLINED_YEARS = 'Frabedt';
export const NO_HISTORY = 'Intet i Historik endnu.';
export const moreLines = (n: number) => `… og ${n} ${n === 1 ? 'ældre hændelse' : 'ældre hændelser'} i arket Historik.`;

function when(e: HistoryEvent): string {
  return e.day !== undefined ? toDanish(e.day) : `${e.year} (uden dato)`;
}

export function historyView(h: CitizenHistory): HistoryView {
  const summary: [string, string][] = [];
  if (h.lastDone) summary.push([LAST_DONE, `${when(h.lastDone)}${h.lastDone.code ? ` (${h.lastDone.code})` : ''}`]);
  if (h.declines.length) summary.push([DECLINED_YEARS, [...new Set(h.declines.map((e) => e.year))].join(', ')]);
  const lines = h.events.slice(0, LINES).map((e) => `${when(e)}: ${KIND_LABELS[e.kind]}${e.code ? ` · ${e.code}` : ''} · ${e.year}`);
  const more = Math.max(0, h.events.length - LINES);
  return { summary, lines: lines.length ? lines : [NO_HISTORY], more, moreText: more ? moreLines(more) : '' };
}
