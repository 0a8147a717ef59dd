export { parseCallAttempts, outcomeOf, type CallAttempt, type CallOutcome } from './attempts';
export { dueLetterAfterCalls, letterDueForOffer, attemptsFor, type DueLetter } from './letter';
export { callList, callFor, openPhoneOffer, byCallUrgency, callView, type CallRow, type CallEntry, type CallView, type CallAttemptView } from './list';
