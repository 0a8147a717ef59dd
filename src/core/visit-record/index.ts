/**
 * The visit record (issue 24): one row per held contact in the sheet *Besøg* (offline `besoeg.csv`),
 * codes, counts and dates only, never a journal. Pure core, shared by the Google sheet, the sidebar form,
 * the offline planner and the year report.
 */
export { VISIT_SHEET_NAME, VISIT_FILE_NAME, VISIT_COLUMNS, VISIT_HEADERS, findVisitColumns, isVisitHealthHeader } from './columns';
export type { VisitColumnKey, VisitColumnKind, VisitColumnMap, VisitColumnSpec } from './columns';
export { VISIT_FORMS, visitFormLabel, visitFormOf } from './forms';
export type { VisitForm } from './forms';
export type { VisitProblem, VisitRecord } from './record';
export { lastFollowUp, readVisitRecords, visitKeyOf } from './read';
export type { ReadVisitOptions, VisitRecords, VisitTable } from './read';
export { newestContacts, openFollowUps, previousTest } from './follow-ups';
export { followUpSync } from './follow-up-sync';
export type { FollowUpSync } from './follow-up-sync';
export type { FollowUpOptions } from './follow-ups';
export { newVisitId, newVisitRow } from './new-row';
export type { NewVisit } from './new-row';
export { CHAIR_STAND_NORMS } from './chair-stand/norms';
export type { NormBand, NormSet, Sex } from './chair-stand/norms';
export { chairStandReading, parseStands, readChairStand } from './chair-stand/reading';
export type { ChairStandInput, ChairStandReading, NormLevel } from './chair-stand/reading';
export { parseSex, sexOfCpr } from './chair-stand/sex';
export { splitCodes, termIndex } from './vocabulary';
export type { VisitTerm, VisitVocabulary } from './vocabulary';
