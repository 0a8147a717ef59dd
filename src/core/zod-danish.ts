import * as z from 'zod/mini';
import { da } from 'zod/v4/locales';

let set = false;

/**
 * zod's own messages ("Ugyldigt input" …) in Danish. Set on first validation, not at load: every
 * custom-function call loads the whole script, and most never validate anything. Stays jitless.
 */
export function useDanishErrors(): void {
  if (!set) {
    z.config({ ...da(), jitless: true });
    set = true;
  }
}
