import { maskCpr } from '../core/coerce/cpr';

/**
 * Text from the data (a cell quoted in a message, a header, a file name) made safe for a terminal: escape
 * sequences (ESC [ … , OSC ESC ] … BEL/ST, and the rest) and control characters are removed, so a cell
 * cannot move the cursor, retitle the window, hide text or forge a link (issue 15); CPR numbers are masked.
 * Tab and line feed stay. fhb's own colours are added after this, around text already made safe.
 */
const ESCAPES = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b\[[0-?]*[ -/]*[@-~]?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function terminalText(text: string): string {
  return maskCpr(text.replace(ESCAPES, '').replace(CONTROLS, ''));
}
