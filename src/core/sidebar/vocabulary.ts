/**
 * The sidebar protocol's fixed lists, free of zod so the browser bundle can import them as values
 * (protocol.ts builds zod schemas at load and is imported by the sidebar as types only).
 */
export const PANES = ['citizen', 'merge', 'import', 'settings'] as const;
export type Pane = (typeof PANES)[number];

export const ACTIONS = ['invited', 'booked', 'done', 'declined', 'notReached'] as const;
export type ActionId = (typeof ACTIONS)[number];

export const RECORD_KEYS = ['invited', 'visit', 'consultant', 'done', 'declined', 'calls', 'followUp'] as const;
export type RecordKey = (typeof RECORD_KEYS)[number];

export const MERGE_SCOPES = ['due', 'selection', 'filter'] as const;
export type MergeScope = (typeof MERGE_SCOPES)[number];

/** What came of a booked visit that was not held, and its words (the buttons and the Historik detail). */
export const MISSED_OUTCOMES = ['notHome', 'cancelled'] as const;
export type MissedOutcome = (typeof MISSED_OUTCOMES)[number];
export const MISSED_LABELS: Record<MissedOutcome, string> = { notHome: 'Ikke hjemme', cancelled: 'Aflyst' };
