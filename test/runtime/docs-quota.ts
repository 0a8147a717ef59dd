/**
 * The Docs API's per-minute write quota, on the modelled clock. Google documents
 * (developers.google.com/workspace/docs/api/limits): write requests, 600 a minute per project and 60 a minute
 * per user per project; over a quota the API answers 429 Too many requests (RESOURCE_EXHAUSTED), and a client
 * should retry with truncated exponential backoff. Every `Documents.batchUpdate` is one write request, whatever
 * the number of requests inside it.
 *
 * The answer's text is the one the API gives for this limit ("Quota exceeded for quota metric 'Write requests'
 * and limit 'Write requests per minute per user' of service 'docs.googleapis.com' for consumer
 * 'project_number:…'."), behind Apps Script's "API call to docs.documents.batchUpdate failed with error: ".
 *
 * Stricter than Google where the docs are silent:
 * - The minute is a window sliding over the modelled clock (any 60 s hold at most the limit), never a
 *   calendar minute that refills at once.
 * - A refused write counts in the window too (a client that retries without waiting stays refused).
 * - The project's quota is shared by every user of the runtime (a published add-on has one project for all
 *   its users); `use` adds writes made outside the bundle.
 */
import type { Clock } from './clock';

export const DOCS_PROJECT_NUMBER = '361850193462';

export class DocsWriteQuota {
  /** Write requests a minute per user per project (Google: 60). */
  perUser = 60;
  /** Write requests a minute per project (Google: 600). */
  perProject = 600;
  readonly windowMs = 60_000;
  /** Writes refused for the quota, per user. */
  readonly refused = new Map<string, number>();
  private writes: { at: number; user: string }[] = [];

  constructor(private readonly clock: Clock) {}

  /** Total refusals, all users. */
  get refusedTotal(): number {
    let n = 0;
    for (const v of this.refused.values()) n += v;
    return n;
  }

  /**
   * `n` writes now by `user` made elsewhere (another script of the same user), or, without a user, by users
   * outside the test (other municipalities on the same add-on share its project's quota).
   */
  use(n: number, user = '\u0000other'): void {
    for (let i = 0; i < n; i++) this.writes.push({ at: this.clock.nowMs(), user });
  }

  /**
   * Takes one write for `user` now: the message of the error to throw when a quota is spent, else null.
   * The write is counted either way.
   */
  take(user: string): string | null {
    const now = this.clock.nowMs();
    this.writes = this.writes.filter((w) => w.at > now - this.windowMs);
    const mine = this.writes.filter((w) => w.user === user).length;
    const all = this.writes.length;
    this.writes.push({ at: now, user });
    const limit = mine >= this.perUser ? 'Write requests per minute per user' : all >= this.perProject ? 'Write requests per minute' : null;
    if (!limit) return null;
    this.refused.set(user, (this.refused.get(user) ?? 0) + 1);
    return `Quota exceeded for quota metric 'Write requests' and limit '${limit}' of service 'docs.googleapis.com' for consumer 'project_number:${DOCS_PROJECT_NUMBER}'.`;
  }
}
