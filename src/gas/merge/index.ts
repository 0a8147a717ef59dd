/** The Google merge of invitation letters: the endpoints src/main.ts exposes. */
export { mergePreview, mergeStart, mergeContinue, mergeStatus, mergeResume } from './endpoints';
export { RESUME_HANDLER } from './resume-trigger';
export { createTemplates, createTemplatesFromMenu } from './templates-admin';
