import * as z from 'zod/mini';
import { MergeMode } from '../settings/schema';
import { MERGE_SCOPES } from '../sidebar/vocabulary';

/** The sidebar's merge requests: the schemas are the single source of the types both sides use. */

const Scope = z.enum(MERGE_SCOPES);

export const PreviewRequest = z.object({
  scope: Scope,
  /** The output the consultant chose, if already chosen (it decides the warnings). */
  mode: z.optional(MergeMode),
});
export const StartRequest = z.object({
  scope: Scope,
  mode: z.optional(MergeMode),
  pdf: z.optional(z.boolean()),
});
export const RunId = z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'skal være et kørsels-id'));

export type PreviewRequest = z.infer<typeof PreviewRequest>;
export type StartRequest = z.infer<typeof StartRequest>;
