/** The Google merge of invitation letters: the endpoints src/main.ts exposes. */
export { mergePreview, mergeStart, mergeContinue, mergeStatus, mergeResume } from './run';
export type { MergePreview, MergeProgress } from '../../core/sidebar/protocol';
export { createTemplates } from './templates-admin';
