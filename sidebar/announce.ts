import { byId } from './dom';
import * as text from './text';

export type Tone = 'info' | 'ok' | 'error';

let timer: number | undefined;
/** The citizen (key) the message shown is about, when it is about one. */
let aboutKey: string | undefined;

/**
 * Says something in the live region at the bottom (screen readers read it; everyone sees it). Errors
 * stay until the next message; other messages fade after a while.
 */
export function announce(message: string, tone: Tone = 'info'): void {
  aboutKey = undefined;
  const region = byId('announce');
  region.textContent = message;
  region.className = `announce ${tone}${message ? ' shown' : ''}`;
  if (timer !== undefined) window.clearTimeout(timer);
  timer = tone === 'error' || !message ? undefined : window.setTimeout(() => announce(''), 8000);
}

/**
 * Says something about one citizen (a write, a refusal, a question's answer): it names them as the pane
 * shows them (CPR masked there), so it cannot be read as about whoever is shown next, and it goes when
 * another citizen is shown (`forgetOtherCitizens`), also when it is an error that would otherwise stay.
 */
export function announceAbout(citizen: { key: string; name: string; row: number }, message: string, tone: Tone = 'info'): void {
  announce(message ? text.aboutCitizen(citizen.name, citizen.row, message) : '', tone);
  aboutKey = message ? citizen.key : undefined;
}

/** Another citizen is shown or on the way (`key` undefined: not known yet): a message about anyone else goes. */
export function forgetOtherCitizens(key: string | undefined): void {
  if (aboutKey !== undefined && aboutKey !== key) announce('');
}
