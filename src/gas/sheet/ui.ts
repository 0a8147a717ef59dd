import { TITLE } from './text';

/**
 * Messages to the consultant. Time-driven triggers have no UI (getUi throws there): fall back to a
 * toast, and to nothing when even that is unavailable.
 */
export function alert(message: string, title = TITLE): void {
  try {
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch {
    toast(message, title);
  }
}

export function toast(message: string, title = TITLE, seconds = 8): void {
  try {
    SpreadsheetApp.getActive().toast(message, title, seconds);
  } catch {
    // no UI in this context: nothing to show
  }
}

/** The message of anything thrown, for a Danish sentence around it. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
