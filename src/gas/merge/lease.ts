import { underLock } from '../run-action';
import { LOCK_BUSY } from './text';
import { loadRun, RunState, saveRun } from './state';
import { nowMs } from './context';

/** The run's lease: one execution at a time works on a run; a dead execution's lease runs out. */

/** Longer than any execution can live: a lease past this is a dead execution's. */
export const LEASE_MS = 6.5 * 60_000;

/** Takes the run's lease under the lock: `ours` when this execution may work on it now. */
export function claim(): { state: RunState; ours: boolean } | null {
  return underLock(() => {
    const state = loadRun();
    if (!state) return null;
    if (state.finished || state.leaseUntil > nowMs()) return { state, ours: false };
    state.leaseUntil = nowMs() + LEASE_MS;
    saveRun(state);
    return { state, ours: true };
  }, LOCK_BUSY);
}
