/**
 * A progress bar on stderr for long runs, drawn only in a terminal: CI logs and pipes stay quiet. It shows
 * counts, never names. Redrawn at most ten times a second.
 */
export interface Progress {
  update(done: number, total?: number): void;
  done(): void;
}

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

const QUIET: Progress = { update: () => undefined, done: () => undefined };

/** True when a bar may be drawn: a terminal, not CI. */
export function progressAllowed(stream: ProgressStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && !env.CI && env.TERM !== 'dumb';
}

export function progressBar(label: string, total: number, stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): Progress {
  if (!progressAllowed(stream, env)) return QUIET;
  let last = 0;
  let shown = false;
  let max = total;
  const draw = (done: number) => {
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - 24));
    const ratio = max > 0 ? Math.min(1, done / max) : 1;
    const filled = Math.round(ratio * width);
    stream.write(`\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${max}`);
    shown = true;
  };
  return {
    update(done, newTotal) {
      if (newTotal !== undefined) max = newTotal;
      const t = now();
      if (t - last < 100 && done < max) return;
      last = t;
      draw(done);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
