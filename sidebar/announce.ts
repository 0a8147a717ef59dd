import { byId } from './dom';

export type Tone = 'info' | 'ok' | 'error';

let timer: number | undefined;

/**
 * Says something in the live region at the bottom (screen readers read it; everyone sees it). Errors
 * stay until the next message; other messages fade after a while.
 */
export function announce(message: string, tone: Tone = 'info'): void {
  const region = byId('announce');
  region.textContent = message;
  region.className = `announce ${tone}${message ? ' shown' : ''}`;
  if (timer !== undefined) window.clearTimeout(timer);
  timer = tone === 'error' || !message ? undefined : window.setTimeout(() => announce(''), 8000);
}
