/**
 * The line of each place in a JSON text, by its path ("rules.1.ages.0.from"): a key's line for an
 * object's member, a value's line for an array's item. So a profile that parses as JSON but breaks the
 * schema can say where, as the Danish message for broken JSON already does. One pass, no regexes per
 * character; an unparseable text gives no lines (JSON.parse has said what is wrong before this is asked).
 */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

export function jsonLines(source: string): LineOf {
  const lines = new Map<string, number>();
  const stack: { array: boolean; index: number; key?: string }[] = [];
  const here = () => stack.map((f) => (f.array ? String(f.index) : f.key ?? '')).join('.');
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\n') {
      line++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== '"') {
        if (source[j] === '\\') j++;
        text += source[j];
        j++;
      }
      const top = stack[stack.length - 1];
      if (top && !top.array && expectKey) {
        top.key = text;
        lines.set(here(), line);
        expectKey = false;
      } else if (top?.array) lines.set(here(), line);
      i = j;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '{' || ch === '[') {
      if (!lines.has(here())) lines.set(here(), line);
      stack.push({ array: ch === '[', index: 0 });
      expectKey = ch === '{';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      if (top?.array) top.index++;
      else expectKey = true;
    } else if (top?.array && /[-\dtfn]/.test(ch) && !lines.has(here())) {
      lines.set(here(), line);
    }
  }
  return (path) => {
    // The nearest place the text has: a missing key is reported at the object that lacks it.
    for (let n = path.length; n >= 0; n--) {
      const found = lines.get(path.slice(0, n).map(String).join('.'));
      if (found !== undefined) return found;
    }
    return undefined;
  };
}
