import { underLock } from '../run-action';
import { LOCK_BUSY } from './text';
import { loadRun, RunState, saveRun } from './state';
import { nowMs } from './context';

/** The run's lease: one execution at a time works on a run; a dead execution's lease runs out. */

/** Longer than any execution can live: a lease past this is a dead execution's. */
export const LEASE_MS = 6.5 * 60_000;

/** Takes the run's lease under the lock (the sidebar's click): busy, refused in Danish. */
export function claim(): { state: RunState; ours: boolean } | null {
  return underLock(takeLease, LOCK_BUSY);
}

/** The run's lease, for a caller holding the lock: `ours` when this execution may work on the run now. */
export function takeLease(): { state: RunState; ours: boolean } | null {
  const state = loadRun();
  if (!state) return null;
  if (state.finished || state.leaseUntil > nowMs()) return { state, ours: false };
  state.leaseUntil = nowMs() + LEASE_MS;
  saveRun(state);
  return { state, ours: true };
}
