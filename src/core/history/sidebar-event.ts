import type { Day } from '../day';
import type { ActionId } from '../sidebar/vocabulary';
import type { EventCitizen } from './citizen';
import type { HistoryKind, NewHistoryEvent } from './events';

const KIND_OF_ACTION: Record<ActionId, HistoryKind> = {
  invited: 'invited', booked: 'booked', done: 'done', declined: 'declined', notReached: 'notReached',
};

/** The event a sidebar action logs; a booking that replaced another visit is a move. */
export function sidebarEvent(
  citizen: EventCitizen,
  action: { action: ActionId; day: Day; minutes?: number; consultant?: string; replacedVisit: boolean },
): NewHistoryEvent {
  const kind = action.action === 'booked' && action.replacedVisit ? 'moved' : KIND_OF_ACTION[action.action];
  return {
    ...citizen,
    kind,
    day: action.day,
    ...(action.action === 'booked' ? { minute: action.minutes ?? 0 } : {}),
    detail: action.consultant ?? '',
    source: 'sidebar',
  };
}
