import type { ActionId, ActionRequest, CitizenView, MoveRequest } from '../src/core/sidebar/protocol';
import { minutesOfClock } from './format';
import * as text from './text';

/**
 * The citizen pane's requests, read from its inputs: a request for the server, or the Danish message
 * that says what is missing (nothing is sent then).
 */

const inputValue = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value.trim() ?? '';

/** *Flyt besøg*: the typed date, time and consultant; `next` asks the scheduler for the next free time. */
export function moveRequest(view: CitizenView, next: boolean): MoveRequest | string {
  if (next) return { row: view.row, key: view.key };
  const day = inputValue('move-date');
  const minute = minutesOfClock(inputValue('move-time'));
  const consultant = inputValue('move-consultant');
  if (!day) return text.MISSING_DATE;
  if (minute === undefined) return text.MISSING_TIME;
  if (!consultant) return text.MISSING_CONSULTANT;
  return { row: view.row, key: view.key, day, minute, consultant };
}

/** A dated record (Inviteret, Gennemført …) or the first booking (*Besøg aftalt*). */
export function actionRequest(view: CitizenView, action: ActionId, overwrite: boolean): ActionRequest | string {
  if (action === 'booked') {
    const date = inputValue('visit-date');
    const time = inputValue('visit-time');
    if (!date) return text.MISSING_DATE;
    if (!time) return text.MISSING_TIME;
    return { row: view.row, key: view.key, action, date, time, consultant: inputValue('visit-consultant') || undefined, overwrite };
  }
  const date = inputValue('action-date');
  if (!date) return text.MISSING_DATE;
  return { row: view.row, key: view.key, action, date, overwrite };
}
