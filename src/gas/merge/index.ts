/** The Google merge of invitation letters: the endpoints src/main.ts exposes. */
export { mergePreview, mergeStart, mergeContinue, mergeStatus, mergeResume } from './run';
export { createTemplates } from './templates-admin';
