import type { Booking, ScheduleResult } from '../schedule';
import type { PlanningInput } from './plan-input';
import * as text from './text';

/** What a run of "Planlæg besøg" proposes, sorted out for the confirmation and the write. */
export interface Proposal {
  /** New visits only (citizens who had none), in time order. */
  readonly bookings: readonly (Booking & { row: number })[];
  readonly kept: number;
  readonly unplaced: readonly { row: number; reason: string }[];
  readonly warnings: { row?: number; message: string }[];
}

/** At most this many lines per list in the dialog; the rest are counted. */
const MAX_LINES = 8;

export function proposalOf(result: ScheduleResult, planning: PlanningInput): Proposal {
  const rowOf = (id: string) => planning.rowOf.get(id)!;
  const bookings = result.bookings.filter((b) => planning.pending.has(b.id)).map((b) => ({ ...b, row: rowOf(b.id) }));
  // Declined citizens are the scheduler's "unplaced" too; the team knows, so they are not listed again.
  const unplaced = [
    ...result.unplaced.filter((u) => planning.pending.has(u.id)).map((u) => ({ row: rowOf(u.id), reason: u.reason })),
    ...planning.skipped,
  ].sort((a, b) => a.row - b.row);
  const warnings = [
    ...result.warnings.map((w) => ({ row: w.id === undefined ? undefined : rowOf(w.id), message: w.message })),
    ...planning.problems.map((p) => ({ row: p.row, message: p.message })),
  ];
  return { bookings, kept: planning.kept, unplaced, warnings };
}

/** The dialog's text: counts first, then who could not be placed and why, then the warnings. */
export function summaryText(proposal: Proposal): string {
  const { bookings, kept, unplaced, warnings } = proposal;
  const lines: string[] = [];
  const days = bookings.map((b) => b.day);
  lines.push(text.placedLine(bookings.length, days.length ? Math.min(...days) as Booking['day'] : undefined, days.length ? Math.max(...days) as Booking['day'] : undefined));
  if (bookings.length > 0) lines.push(text.perConsultantLine(perConsultant(bookings)));
  if (kept > 0) lines.push(text.keptLine(kept));
  if (unplaced.length > 0) {
    lines.push('', text.unplacedHeader(unplaced.length));
    lines.push(...limited(unplaced.map((u) => text.rowLine(u.row, u.reason))));
  }
  if (warnings.length > 0) {
    lines.push('', text.warningsHeader(warnings.length));
    lines.push(...limited(warnings.map((w) => (w.row === undefined ? text.generalLine(w.message) : text.rowLine(w.row, w.message)))));
  }
  return lines.join('\n');
}

function perConsultant(bookings: readonly Booking[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const b of bookings) counts.set(b.consultant, (counts.get(b.consultant) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function limited(lines: readonly string[]): string[] {
  return lines.length <= MAX_LINES ? [...lines] : [...lines.slice(0, MAX_LINES - 1), text.andMore(lines.length - (MAX_LINES - 1))];
}
