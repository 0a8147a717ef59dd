/**
 * `GasShape<T>`: the fakes implement Google's interfaces (from @types/google-apps-script) method by
 * method: a method a fake defines must have Google's name and accept Google's parameters; its return
 * type is left open (a fake returns other fakes, which implement only part of Google's interfaces).
 */
export type GasShape<T> = {
  [K in keyof T]?: T[K] extends (...a: infer A) => unknown ? (...a: A) => unknown : T[K];
};

/** Deterministic ids so test output is stable. */
export class IdGen {
  private n = 0;
  next(prefix: string): string {
    this.n++;
    const body = this.n.toString(36).padStart(6, '0');
    return `${prefix}${'x'.repeat(Math.max(0, 38 - prefix.length - body.length))}${body}`;
  }
}
