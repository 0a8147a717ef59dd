import { InputError } from '../../core/coerce/errors';
import { withDocumentLock } from '../sheet/lock';
import * as text from './text';

/** `work` under the document lock; while a colleague holds it past the wait, refused in Danish, nothing done. */
export function underLock<T>(work: () => T): T {
  const result = withDocumentLock(work);
  if (!result.ok) throw new InputError(text.LOCK_BUSY);
  return result.value;
}
