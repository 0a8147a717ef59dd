/**
 * A short key that changes when any of the given cell values changes: FNV-1a (32 bit) over a plain text
 * form of the values. Not a security hash; it only tells the sidebar "this row is not what you showed".
 * Dates count by their instant (`getTime`), tested by tag because the values may come from another realm.
 */
export function versionKey(values: readonly unknown[]): string {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  for (const value of values) {
    feed(cellText(value));
    feed('\u0001');
  }
  return hash.toString(36);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return `D${(value as Date).getTime()}`;
  if (typeof value === 'string') return `S${value}`;
  return `${typeof value}${String(value)}`;
}
