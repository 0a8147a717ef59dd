/**
 * A whole number as Danes write it in a sentence: 12.345, with a point between thousands and a minus before
 * a negative one. Rounded; digit by digit (no Intl, which Apps Script's V8 need not carry, and no
 * `\B(?=(\d{3})+(?!\d))`, which rescans the digits from each position).
 */
export function danishNumber(n: number): string {
  const digits = String(Math.round(Math.abs(n)));
  if (!/^\d+$/.test(digits)) return String(Math.round(n)); // 1e+21, Infinity: no count a sentence holds
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? '.' : '') + digits[i];
  return n < -0.5 ? `-${out}` : out;
}
