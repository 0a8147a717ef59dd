/** The Google merge of invitation letters: the endpoints src/main.ts exposes. */
export { mergePreview, mergeStart, mergeContinue, mergeStatus, mergeResume, RESUME_HANDLER } from './run';
export { createTemplates, createTemplatesFromMenu } from './templates-admin';
