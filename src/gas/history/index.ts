export { appendHistory } from './append';
export { readHistory } from './read';
export { ensureHistorySheet, historySheet, protectHistory } from './sheet';
export { currentUser } from './user';
