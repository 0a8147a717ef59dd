import * as z from 'zod/mini';
import { MergeMode } from '../settings/schema';
import { MERGE_SCOPES } from '../sidebar/vocabulary';

/**
 * The sidebar's merge requests: the schemas are the single source of the types both sides use. Built on
 * first use (z.lazy): Sheets runs the whole script's top level on every custom-function call (issue 26).
 */

const scope = () => z.enum(MERGE_SCOPES);

export const PreviewRequest = z.lazy(() =>
  z.object({
    scope: scope(),
    /** The output the consultant chose, if already chosen (it decides the warnings). */
    mode: z.optional(MergeMode),
  }),
);
export const StartRequest = z.lazy(() =>
  z.object({
    scope: scope(),
    mode: z.optional(MergeMode),
    pdf: z.optional(z.boolean()),
  }),
);
export const RunId = z.lazy(() => z.string().check(z.regex(/^[A-Za-z0-9-]{1,40}$/, 'skal være et kørsels-id')));

export type PreviewRequest = z.infer<typeof PreviewRequest>;
export type StartRequest = z.infer<typeof StartRequest>;
