/**
 * A bad input: its message is Danish, names the field and shows the value, and is safe to put on a
 * `#ERROR!` cell or in the sidebar. Never carries a full CPR number (see `describeValue`).
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * The value as the user typed it, for an error message. A CPR-like value keeps only its birth date part,
 * so a message never leaks the whole number into a cell, a log or a toast.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'tom';
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    return isNaN(d.getTime()) ? 'en ugyldig dato' : d.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    const masked = value.replace(/\b(\d{6})-?\d{4}\b/g, '$1-xxxx');
    const short = masked.length > 40 ? `${masked.slice(0, 37)}…` : masked;
    return `«${short}»`;
  }
  if (Array.isArray(value)) return 'et område';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : 'et ugyldigt tal';
  if (typeof value === 'boolean') return value ? 'SAND' : 'FALSK';
  return 'en ukendt værdi';
}
