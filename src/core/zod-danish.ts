import * as z from 'zod/mini';

let set = false;

/** What a value should have been, in the staff's words (zod's type names are a programmer's). */
const KIND: Record<string, string> = { number: 'et tal', int: 'et helt tal', string: 'tekst', array: 'en liste', boolean: 'ja eller nej', object: 'udfyldt' };
const UNIT: Record<string, string> = { string: ' tegn', array: ' stk.' };

/**
 * zod's issues as the staff's Danish, after the field's name: what is wrong and what to send instead, never
 * a type name, a JavaScript value («fik undefined») or a pattern. A schema's own message wins over these.
 * zod's Danish locale said «Ugyldigt input: forventede tal, fik NaN» and «For stor: forventede streng havde
 * <= 200 tegn»; this is a tenth of its size.
 */
function danish(issue: { code?: string; input?: unknown; expected?: string; origin?: string; minimum?: unknown; maximum?: unknown }): string {
  const unit = UNIT[issue.origin ?? ''] ?? '';
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'mangler';
  switch (issue.code) {
    case 'invalid_type':
      return `skal være ${KIND[issue.expected ?? ''] ?? 'udfyldt som de andre'}`;
    case 'too_big':
      return `må højst være ${issue.maximum}${unit}`;
    case 'too_small':
      return `skal være mindst ${issue.minimum}${unit}`;
    case 'invalid_value':
      return 'er ikke et af valgene';
    default:
      return 'kan ikke læses';
  }
}

/**
 * zod's messages in Danish. Set on first validation, not at load: every custom-function call loads the
 * whole script, and most never validate anything. Stays jitless.
 */
export function useDanishErrors(): void {
  if (!set) {
    z.config({ localeError: danish, jitless: true });
    set = true;
  }
}
