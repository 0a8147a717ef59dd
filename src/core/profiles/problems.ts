import { describeValue } from '../coerce/errors';
import * as text from './text';
import type { LineOf } from './json-lines';

/**
 * Danish messages for a profile the schema refused, each naming where: the rule by its 1-based position
 * and code ("regel 2 (ALDER_75)"), the contact or age band by position, and the key in backticks. Unknown
 * keys get the nearest valid key suggested; a missing field says it is missing; a wrong `kind` lists the
 * allowed kinds. The schema is walked generically (zod's definitions), so a new field needs no code here.
 */

export interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  values?: unknown[];
  options?: unknown[];
  discriminator?: string;
  note?: string;
}

interface Def {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  options?: unknown[];
  discriminator?: string;
}

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;

/** Through optional, default, pipe and the like to the schema that names keys or elements. */
function unwrap(schema: unknown): unknown {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    if (!def) return s;
    if (def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
  return s;
}

/** The object schema for `input` among a union's options: the one whose discriminator literal matches. */
function pickOption(def: Def, input: unknown): unknown {
  const options = def.options ?? [];
  const kind = def.discriminator && input && typeof input === 'object' ? (input as Record<string, unknown>)[def.discriminator] : undefined;
  for (const option of options) {
    const shape = defOf(unwrap(option))?.shape;
    const literal = shape && def.discriminator ? defOf(shape[def.discriminator]) as unknown as { values?: unknown[] } : undefined;
    if (literal?.values?.includes(kind)) return option;
  }
  return undefined;
}

/** The schema at a path of the input, or undefined when the path leaves it. */
export function schemaAt(root: unknown, path: readonly PropertyKey[], input: unknown): unknown {
  let schema = unwrap(root);
  let value = input;
  for (const key of path) {
    let def = defOf(schema);
    if (def?.type === 'union') {
      schema = unwrap(pickOption(def, value));
      def = defOf(schema);
    }
    if (!def) return undefined;
    if (def.type === 'object' && def.shape) schema = unwrap(def.shape[String(key)]);
    else if (def.type === 'array') schema = unwrap(def.element);
    else if (def.type === 'record') schema = unwrap((def as unknown as { valueType: unknown }).valueType);
    else return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as never] : undefined;
  }
  const def = defOf(schema);
  return def?.type === 'union' ? unwrap(pickOption(def, value)) ?? schema : schema;
}

export function keysAt(root: unknown, path: readonly PropertyKey[], input: unknown): string[] {
  const shape = defOf(schemaAt(root, path, input))?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Edit distance, for "mente du …?". */
export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** Keys people write that no spelling distance finds: what they mean here. */
const MEANT: Record<string, string> = { maxAge: 'ages', til: 'to', fra: 'from', alder: 'ages', kode: 'code', titel: 'title' };

/** The valid key nearest a misspelt one, when it is near enough to be what was meant. */
export function nearestKey(key: string, valid: readonly string[]): string | undefined {
  if (MEANT[key] && valid.includes(MEANT[key])) return MEANT[key];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const v of valid) {
    const d = distance(key.toLowerCase(), v.toLowerCase());
    if (d < bestDistance) {
      best = v;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as never] : undefined;
  return v;
}

/** "regel 2 (ALDER_75), kontakt 1" and the remaining key path ("offer.label"), from an issue path. */
export function placeOf(path: readonly PropertyKey[], input: unknown): { place: string[]; field: string } {
  const place: string[] = [];
  const field: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof next === 'number') {
      const item = at(input, path.slice(0, i + 2));
      const label = text.ITEM_NAMES[String(key)];
      if (label) {
        const id = item && typeof item === 'object' ? (item as Record<string, unknown>)[key === 'rules' ? 'code' : 'id'] : undefined;
        place.push(text.item(label, next + 1, typeof id === 'string' && id.trim() ? id : undefined));
        field.length = 0;
        i++;
        continue;
      }
      field.push(`${String(key)}[${next}]`);
      i++;
      continue;
    }
    field.push(String(key));
  }
  return { place, field: field.join('.') };
}

function typeName(expected: string | undefined): string {
  return text.TYPE_NAMES[expected ?? ''] ?? expected ?? '';
}

/** One Danish problem line per issue; with the JSON text's lines (jsonLines), each starts with its line. */
export function describeIssues(issues: readonly Issue[], root: unknown, input: unknown, lineOf?: LineOf): string[] {
  const lines: string[] = [];
  // A misspelt required key is said once: «`fra`: ukendt nøgle – mente du `from`?», not also «`from`: mangler».
  const meant = new Set(issues.flatMap((i) => (i.code === 'unrecognized_keys' ? (i.keys ?? []).map((k) => String([...i.path, nearestKey(k, keysAt(root, i.path, input))])) : [])));
  for (const issue of issues) {
    if (issue.code === 'invalid_type' && at(input, issue.path) === undefined && meant.has(String(issue.path))) continue;
    const before = lines.length;
    describeIssue(issue, root, input, lines);
    const line = lineOf?.(issue.path);
    if (line !== undefined) for (let i = before; i < lines.length; i++) lines[i] = `${text.ON_LINE(line)}${lines[i]}`;
  }
  return lines;
}

function describeIssue(issue: Issue, root: unknown, input: unknown, lines: string[]): void {
  {
    const { place, field } = placeOf(issue.path, input);
    const prefix = (f: string) => [...place, ...(f ? [`\`${f}\``] : [])].join(', ') || text.ROOT;
    const value = at(input, issue.path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const valid = keysAt(root, issue.path, input);
        for (const key of issue.keys ?? []) {
          const near = nearestKey(key, valid);
          const own = field ? `${field}.${key}` : key;
          lines.push(`${[...place].join(', ') ? `${place.join(', ')}: ` : ''}${near ? text.unknownKeyNear(own, field ? `${field}.${near}` : near) : text.unknownKey(own, valid)}`);
        }
        break;
      }
      case 'invalid_union':
        if (issue.discriminator) {
          const options = (issue.options ?? []).map(String);
          lines.push(`${prefix(field)}: ${value === undefined ? text.missingKind(options) : text.wrongKind(describeValue(value), options)}`);
        } else lines.push(`${prefix(field)}: ${issue.message}`);
        break;
      case 'invalid_type':
        lines.push(`${prefix(field)}: ${value === undefined ? text.MISSING : text.wrongType(typeName(issue.expected), describeValue(value))}`);
        break;
      case 'invalid_value':
        lines.push(`${prefix(field)}: ${text.notOneOf(describeValue(value), (issue.values ?? []).map(String))}`);
        break;
      default:
        lines.push(`${prefix(field)}: ${issue.message}`);
    }
  }
}

/**
 * A JSON syntax error as Danish, with line and column: V8 says "at position N" (older) or "(line L
 * column C)" (newer); a text that ends too soon has neither, and the end is the place.
 */
export function jsonSyntaxProblem(source: string, error: Error): string {
  const lineCol = /line (\d+) column (\d+)/.exec(error.message);
  const pos = /position (\d+)/.exec(error.message);
  // Newer V8 names no position for an unexpected character (a no-break space from Word, an unquoted value),
  // only the text around it, ten characters before it: «Unexpected token ' ', ..."aVersion": 2,…».
  const around = /n '.+?', \.{3}"([^]*)"/.exec(error.message)?.[1];
  let offset = pos ? Number(pos[1]) : around && source.includes(around) ? source.indexOf(around) + 10 : source.length;
  if (lineCol && !pos) offset = offsetOf(source, Number(lineCol[1]), Number(lineCol[2]));
  const { line, column } = lineColumnOf(source, offset);
  return text.jsonError(line, column, jsonWhat(source, offset));
}

function offsetOf(source: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = source.indexOf('\n', offset);
    if (nl < 0) break;
    offset = nl + 1;
  }
  return offset + column - 1;
}

export function lineColumnOf(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function jsonWhat(source: string, offset: number): string {
  if (offset >= source.trimEnd().length) return text.JSON_ENDS_EARLY;
  const ch = source[offset];
  const before = source.slice(0, offset).trimEnd();
  if ((ch === '}' || ch === ']') && before.endsWith(',')) return text.JSON_TRAILING_COMMA;
  // Word's curly quotes as much as a single quote.
  if ("'‘’“”„".includes(ch)) return text.JSON_SINGLE_QUOTE;
  if (ch === '"' && /["\d\]}el]$/.test(before)) return text.JSON_MISSING_COMMA;
  // An invisible character is named by its code: «» or « » tells nobody what to delete.
  return text.jsonUnexpected(/[\s\u200b-\u200d\ufeff]/.test(ch) ? `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : `«${ch}»`);
}
