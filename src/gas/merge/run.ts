/**
 * The merge run's public names, kept at this path for older imports. The run itself is split by step:
 * endpoints.ts (the sidebar's calls and the trigger), plan-run.ts (planning), batch.ts (one time-boxed
 * batch), combined.ts (the combined document), marks.ts (the rows' marks), lease.ts, progress.ts,
 * context.ts and resume-trigger.ts.
 */
export { mergePreview, mergeStart, mergeContinue, mergeStatus, mergeResume } from './endpoints';
export { RESUME_HANDLER } from './resume-trigger';
