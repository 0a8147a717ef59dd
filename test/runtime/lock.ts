/**
 * LockService. A lock is held by an execution; it is released when that execution ends.
 * Another consultant is simulated with `locks.holdDocumentLock(user, { releaseAfterMs })`: waiting for a
 * lock advances the modelled clock (by the timeout, or until the other holder lets go).
 */
import type { Env } from './env';
import type { GasShape } from './types';

type Holder = { kind: 'exec'; execId: number } | { kind: 'other'; user: string; releaseAtMs: number | null };

export class LockRegistry {
  readonly held = new Map<string, Holder>();
  constructor(
    private readonly env: Env,
    private readonly documentKey: () => string,
  ) {}
  private hold(key: string, user: string, opts?: { releaseAfterMs?: number }) {
    const releaseAtMs = opts?.releaseAfterMs === undefined ? null : this.env.k.clock.nowMs() + opts.releaseAfterMs;
    this.held.set(key, { kind: 'other', user, releaseAtMs });
  }
  /** Another user's execution holds the document lock (until releaseHeld(), or for releaseAfterMs). */
  holdDocumentLock(byUser: string, opts?: { releaseAfterMs?: number }): void {
    this.hold(this.documentKey(), byUser, opts);
  }
  holdScriptLock(byUser: string, opts?: { releaseAfterMs?: number }): void {
    this.hold('script', byUser, opts);
  }
  holdUserLock(user: string, opts?: { releaseAfterMs?: number }): void {
    this.hold(`user:${user}`, user, opts);
  }
  /** Release every lock held by simulated other users. */
  releaseHeld(): void {
    for (const [k, h] of this.held) if (h.kind === 'other') this.held.delete(k);
  }
  /** Called at the end of every execution. */
  releaseExecution(execId: number): void {
    for (const [k, h] of this.held) if (h.kind === 'exec' && h.execId === execId) this.held.delete(k);
  }
  isHeld(key: 'document' | 'script' | string): boolean {
    return this.held.has(key === 'document' ? this.documentKey() : key);
  }
  docKey(): string {
    return this.documentKey();
  }
}

export class FakeLock implements GasShape<GoogleAppsScript.Lock.Lock> {
  private mine = false;
  constructor(
    private readonly env: Env,
    private readonly reg: LockRegistry,
    private readonly key: string,
  ) {}
  private acquire(timeoutInMillis: number): boolean {
    const k = this.env.k;
    const ex = k.current;
    const execId = ex?.id ?? 0;
    const h = this.reg.held.get(this.key);
    if (h?.kind === 'other' && h.releaseAtMs !== null && h.releaseAtMs <= k.clock.nowMs()) this.reg.held.delete(this.key);
    const cur = this.reg.held.get(this.key);
    if (!cur || (cur.kind === 'exec' && cur.execId === execId)) {
      this.reg.held.set(this.key, { kind: 'exec', execId });
      this.mine = true;
      return true;
    }
    const wait = Math.max(0, Number(timeoutInMillis) || 0);
    if (cur.kind === 'other' && cur.releaseAtMs !== null && cur.releaseAtMs <= k.clock.nowMs() + wait) {
      k.clock.advance(cur.releaseAtMs - k.clock.nowMs());
      this.reg.held.set(this.key, { kind: 'exec', execId });
      this.mine = true;
      return true;
    }
    k.clock.advance(wait);
    return false;
  }
  tryLock(timeoutInMillis: number) {
    this.env.k.call('Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }
  waitLock(timeoutInMillis: number) {
    this.env.k.call('Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw this.env.k.error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock() {
    this.env.k.call('Lock.hasLock');
    const h = this.reg.held.get(this.key);
    return this.mine && h?.kind === 'exec' && h.execId === (this.env.k.current?.id ?? 0);
  }
  releaseLock() {
    this.env.k.call('Lock.releaseLock');
    const h = this.reg.held.get(this.key);
    if (this.mine && h?.kind === 'exec' && h.execId === (this.env.k.current?.id ?? 0)) this.reg.held.delete(this.key);
    this.mine = false;
  }
}

export class FakeLockService implements GasShape<GoogleAppsScript.Lock.LockService> {
  constructor(
    private readonly env: Env,
    private readonly reg: LockRegistry,
  ) {}
  getDocumentLock() {
    this.env.k.call('LockService.getDocumentLock');
    return new FakeLock(this.env, this.reg, this.reg.docKey());
  }
  getScriptLock() {
    this.env.k.call('LockService.getScriptLock');
    return new FakeLock(this.env, this.reg, 'script');
  }
  getUserLock() {
    this.env.k.call('LockService.getUserLock');
    return new FakeLock(this.env, this.reg, `user:${this.env.k.activeUser}`);
  }
}
