import type { BookedVisitView } from '../src/core/sidebar/protocol';

/** What a re-render of the citizen pane keeps of what was typed: a poll never eats someone's input. */

/** The ids of the inputs a re-render keeps (value and focus). */
export const KEPT_INPUTS = ['action-date', 'visit-date', 'visit-time', 'visit-consultant', 'meeting-choice'];
/** The move form's inputs: kept only while the booking is the same (after a move they show the new one). */
export const MOVE_INPUTS = ['move-date', 'move-time', 'move-consultant'];

export interface KeptInputs {
  values: Record<string, string>;
  focus: string | null;
}

export function captureInputs(root: HTMLElement, ids: readonly string[]): KeptInputs {
  const values: Record<string, string> = {};
  for (const id of ids) {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (el) values[id] = el.value;
  }
  const active = document.activeElement;
  return { values, focus: active && root.contains(active) && active.id ? active.id : null };
}

export function restoreInputs(kept: KeptInputs): void {
  for (const [id, value] of Object.entries(kept.values)) {
    const el = document.getElementById(id) as HTMLInputElement | null;
    if (el) el.value = value;
  }
  if (kept.focus) document.getElementById(kept.focus)?.focus();
}

/** What identifies a booking: a re-render after a move must not bring back the old time in the fields. */
export function visitKey(visit: BookedVisitView | undefined): string {
  return visit ? `${visit.day} ${visit.minute} ${visit.consultant}` : '';
}
