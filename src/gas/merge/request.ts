import * as z from 'zod/mini';
import { InputError } from '../../core/coerce/errors';
import * as text from './text';

/** The sidebar's requests (schemas in src/core/letters/merge-request.ts), checked before anything is read or written. */
export { PreviewRequest, RunId, StartRequest } from '../../core/letters/merge-request';

const FIELD_NAMES: Record<string, string> = { scope: 'udvalg', mode: 'form', pdf: 'pdf' };
const SCOPE_HELP = 'udvalg skal være «due» (alle, der skal inviteres), «selection» (de markerede rækker) eller «filter» (de rækker, filteret viser)';

export function parseRequest<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue.path.map(String);
  const field = path.length ? FIELD_NAMES[path[0]] ?? path.join('.') : 'forespørgslen';
  const detail = path[0] === 'scope' ? SCOPE_HELP
    : path[0] === 'mode' ? 'form skal være «combined» (ét samlet dokument) eller «perCitizen» (ét dokument pr. borger)'
    : path[0] === 'pdf' ? 'pdf skal være sand eller falsk'
    : `${field} er ugyldig`;
  throw new InputError(text.badRequest(detail));
}
