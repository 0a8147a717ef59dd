import type { SidebarState } from '../src/core/sidebar/protocol';
import { call } from './bridge';

/**
 * Follows the consultant's selection in the sheet.
 *
 * Why polling: Apps Script cannot push to a sidebar, and no trigger fires when the selection moves
 * (onSelectionChange exists only as a simple trigger, which cannot reach the sidebar). So the sidebar
 * asks. It asks the cheapest question there is, `fhbSidebarState`: the active row and a version key of
 * that row's cells (and the reference date and profile), a handful of service calls and no rules. The
 * citizen itself (the rules, the status, a few hundred bytes) is fetched only when the row or the
 * version changed, so someone else's edit shows up too.
 *
 * Why 1.5 s: a click in the sheet shows in the sidebar before the eye has moved there, yet one sidebar
 * makes at most 40 small calls a minute. Calls never overlap: the next one is scheduled when the last
 * returns. When nothing changes for a while the interval stretches to 5 s (a consultant reading a letter
 * costs nothing), and the first change brings it back. While the sidebar is hidden
 * (`document.visibilityState`, e.g. another browser tab) it does not poll at all; it asks at once when
 * it is visible again.
 */
export interface FollowOptions {
  intervalMs: number;
  idleIntervalMs: number;
  /** Unchanged answers before the interval stretches. */
  idleAfter: number;
  onChange(state: SidebarState): void;
  onError(message: string): void;
}

export class SelectionFollower {
  private shown: { row: number | null; version: string } | undefined;
  private timer: number | undefined;
  private inFlight = false;
  private unchanged = 0;
  private running = false;
  private lastError = '';
  private active = true;

  constructor(private readonly options: FollowOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.tick();
  }

  /** What is on screen now (after a fetch or an action), so the next poll does not fetch it again. */
  markShown(row: number | null, version: string): void {
    this.shown = { row, version };
  }

  /**
   * Polls only while the citizen pane is shown: on the merge and settings panes nobody is looking at the
   * selection. Back on the citizen pane it asks at once.
   */
  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    if (active) {
      this.unchanged = 0;
      this.schedule(0);
    } else if (this.timer !== undefined) {
      window.clearTimeout(this.timer);
      this.timer = undefined;
    }
  }

  /** Forget what is shown: the next poll reports a change (e.g. after an error). */
  invalidate(): void {
    this.shown = undefined;
  }

  private readonly onVisibility = () => {
    if (!this.active) return;
    if (document.visibilityState === 'visible') {
      this.unchanged = 0;
      this.schedule(0);
    } else if (this.timer !== undefined) {
      window.clearTimeout(this.timer);
      this.timer = undefined;
    }
  };

  private schedule(ms: number): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, ms);
  }

  private async tick(): Promise<void> {
    if (this.inFlight || !this.active || document.visibilityState !== 'visible') return;
    this.inFlight = true;
    try {
      const state = await call('fhbSidebarState');
      this.lastError = '';
      if (!this.shown || this.shown.row !== state.row || this.shown.version !== state.version) {
        this.unchanged = 0;
        this.shown = { row: state.row, version: state.version };
        this.options.onChange(state);
      } else {
        this.unchanged++;
      }
    } catch (e) {
      const message = (e as Error).message;
      if (message !== this.lastError) this.options.onError(message);
      this.lastError = message;
      this.unchanged++;
    } finally {
      this.inFlight = false;
    }
    if (this.active && document.visibilityState === 'visible') {
      this.schedule(this.unchanged >= this.options.idleAfter ? this.options.idleIntervalMs : this.options.intervalMs);
    }
  }
}
