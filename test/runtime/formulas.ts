/**
 * Formulas: tokenizer, parser, reference rewriting and a small evaluator.
 *
 * Formulas are stored as written (English syntax, `,` separators). A `;` separator is a parse error
 * (the cell shows #ERROR! "Formula parse error.") as it is when a script writes one.
 * Evaluated: references (`A1`, `F2:F`, `Sheet!A1`, `'Sheet name'!A1:B`), literals, operators
 * (= <> < > <= >= & + - * / ^ %), a few built-ins (AND OR NOT IF IFERROR ISBLANK ISNUMBER ISTEXT ISERROR
 * LEN LOWER UPPER TRIM TODAY NOW DATE YEAR MONTH DAY CONCATENATE SUM MIN MAX ABS ROUND COUNTA), and any
 * custom function the loaded bundle defines. Other known Sheets functions are stored but read as ''.
 */
import { columnToLetters, lettersToColumn, quoteSheetName } from './a1';
import { CellError, CellValue, SheetDate } from './values';

export interface RefEnd {
  col?: number;
  row?: number;
  colAbs: boolean;
  rowAbs: boolean;
}
export interface RefNode {
  t: 'ref';
  sheet?: string;
  a: RefEnd;
  b?: RefEnd;
}
export type Node =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'empty' }
  | { t: 'name'; v: string }
  | RefNode
  | { t: 'call'; name: string; args: Node[] }
  | { t: 'bin'; op: string; l: Node; r: Node }
  | { t: 'un'; op: string; e: Node };

type Tok =
  | { k: 'num'; v: number; s: number; e: number }
  | { k: 'str'; v: string; s: number; e: number }
  | { k: 'ref'; ref: RefNode; s: number; e: number }
  | { k: 'id'; v: string; s: number; e: number }
  | { k: 'err'; v: string; s: number; e: number }
  | { k: 'op'; v: string; s: number; e: number };

export class FormulaParseError extends Error {}

const SHEET_Q = /^'((?:[^']|'')+)'!/;
const SHEET_B = /^([A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)!/;
const END = '\\$?[A-Za-z]{1,3}\\$?[0-9]+';
const REF_BODY = new RegExp(
  `^(${END}(?::\\$?[A-Za-z]{1,3}(?:\\$?[0-9]+)?)?|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3}(?:\\$?[0-9]+)?|\\$?[0-9]+:\\$?[0-9]+)(?![A-Za-z0-9_(!.])`,
);
const ERR_LIT = /^(#REF!|#N\/A|#NAME\?|#VALUE!|#DIV\/0!|#NUM!|#ERROR!|#NULL!)/;

function parseEnd(s: string): RefEnd {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)([0-9]*)$/.exec(s);
  if (!m) throw new FormulaParseError('bad reference');
  const end: RefEnd = { colAbs: false, rowAbs: false };
  if (m[2]) {
    end.col = lettersToColumn(m[2]);
    end.colAbs = m[1] === '$';
    end.rowAbs = m[3] === '$';
  } else {
    end.rowAbs = m[1] === '$' || m[3] === '$';
  }
  if (m[4]) end.row = Number(m[4]);
  if (!m[2] && !m[4]) throw new FormulaParseError('bad reference');
  return end;
}

function parseRefBody(body: string, sheet: string | undefined): RefNode {
  const [x, y] = body.split(':');
  const ref: RefNode = { t: 'ref', a: parseEnd(x) };
  if (y !== undefined) ref.b = parseEnd(y);
  if (sheet !== undefined) ref.sheet = sheet;
  return ref;
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    if (ch === '"') {
      let j = i + 1;
      let v = '';
      for (;;) {
        if (j >= src.length) throw new FormulaParseError('unterminated string');
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            v += '"';
            j += 2;
            continue;
          }
          break;
        }
        v += src[j++];
      }
      out.push({ k: 'str', v, s: i, e: j + 1 });
      i = j + 1;
      continue;
    }
    const em = ERR_LIT.exec(rest);
    if (em) {
      out.push({ k: 'err', v: em[1], s: i, e: i + em[1].length });
      i += em[1].length;
      continue;
    }
    // sheet-qualified reference
    const sq = SHEET_Q.exec(rest) ?? SHEET_B.exec(rest);
    if (sq) {
      const sheet = sq[0].startsWith("'") ? sq[1].replace(/''/g, "'") : sq[1];
      const body = REF_BODY.exec(rest.slice(sq[0].length));
      if (!body) throw new FormulaParseError('bad sheet reference');
      const len = sq[0].length + body[1].length;
      out.push({ k: 'ref', ref: parseRefBody(body[1], sheet), s: i, e: i + len });
      i += len;
      continue;
    }
    const rb = REF_BODY.exec(rest);
    if (rb) {
      const body = rb[1];
      out.push({ k: 'ref', ref: parseRefBody(body, undefined), s: i, e: i + body.length });
      i += body.length;
      continue;
    }
    const num = /^([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?/.exec(rest);
    if (num) {
      out.push({ k: 'num', v: Number(num[0]), s: i, e: i + num[0].length });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*/.exec(rest);
    if (id) {
      out.push({ k: 'id', v: id[0], s: i, e: i + id[0].length });
      i += id[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[=<>+\-*/^&%(),])/.exec(rest);
    if (op) {
      out.push({ k: 'op', v: op[1], s: i, e: i + op[1].length });
      i += op[1].length;
      continue;
    }
    throw new FormulaParseError(`unexpected '${ch}'`);
  }
  return out;
}

/** Parse a formula (with or without the leading `=`). Throws FormulaParseError. */
export function parseFormula(formula: string): Node {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isOp = (v: string) => peek()?.k === 'op' && (peek() as { v: string }).v === v;
  const expect = (v: string) => {
    if (!isOp(v)) throw new FormulaParseError(`expected ${v}`);
    p++;
  };
  const binLevel = (ops: string[], next: () => Node) => (): Node => {
    let l = next();
    while (peek()?.k === 'op' && ops.includes((peek() as { v: string }).v)) {
      const op = (toks[p++] as { v: string }).v;
      l = { t: 'bin', op, l, r: next() };
    }
    return l;
  };
  const primary = (): Node => {
    const t = toks[p++];
    if (!t) throw new FormulaParseError('unexpected end');
    switch (t.k) {
      case 'num':
        return { t: 'num', v: t.v };
      case 'str':
        return { t: 'str', v: t.v };
      case 'err':
        return { t: 'err', v: t.v };
      case 'ref':
        return t.ref;
      case 'id': {
        if (isOp('(')) {
          p++;
          const args: Node[] = [];
          if (isOp(')')) {
            p++;
            return { t: 'call', name: t.v.toUpperCase(), args };
          }
          for (;;) {
            if (isOp(',') || isOp(')')) args.push({ t: 'empty' });
            else args.push(expr());
            if (isOp(',')) {
              p++;
              continue;
            }
            expect(')');
            break;
          }
          return { t: 'call', name: t.v.toUpperCase(), args };
        }
        if (/^true$/i.test(t.v)) return { t: 'bool', v: true };
        if (/^false$/i.test(t.v)) return { t: 'bool', v: false };
        return { t: 'name', v: t.v };
      }
      case 'op':
        if (t.v === '(') {
          const e = expr();
          expect(')');
          return e;
        }
        if (t.v === '-' || t.v === '+') return { t: 'un', op: t.v, e: power() };
        throw new FormulaParseError(`unexpected '${t.v}'`);
    }
  };
  const postfix = (): Node => {
    let e = primary();
    while (isOp('%')) {
      p++;
      e = { t: 'un', op: '%', e };
    }
    return e;
  };
  const power = binLevel(['^'], postfix);
  const mult = binLevel(['*', '/'], power);
  const add = binLevel(['+', '-'], mult);
  const concat = binLevel(['&'], add);
  const expr: () => Node = binLevel(['=', '<>', '<', '>', '<=', '>='], concat);
  if (toks.length === 0) throw new FormulaParseError('empty formula');
  const root = expr();
  if (p < toks.length) throw new FormulaParseError('trailing input');
  return root;
}

// ---------------------------------------------------------------- reference rewriting

function formatEnd(e: RefEnd): string {
  return (e.col !== undefined ? (e.colAbs ? '$' : '') + columnToLetters(e.col) : '') + (e.row !== undefined ? (e.rowAbs ? '$' : '') + e.row : '');
}
export function formatRef(r: RefNode): string {
  return (r.sheet !== undefined ? quoteSheetName(r.sheet) + '!' : '') + formatEnd(r.a) + (r.b ? ':' + formatEnd(r.b) : '');
}

/** Rewrite every reference in a formula; `fn` returns the new reference or null for `#REF!`. */
export function rewriteRefs(formula: string, fn: (ref: RefNode) => RefNode | null): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  let toks: Tok[];
  try {
    toks = tokenize(body);
  } catch {
    return formula;
  }
  let out = '';
  let last = 0;
  for (const t of toks) {
    if (t.k !== 'ref') continue;
    const r = fn(structuredCloneRef(t.ref));
    out += body.slice(last, t.s) + (r ? formatRef(r) : '#REF!');
    last = t.e;
  }
  out += body.slice(last);
  return (formula.startsWith('=') ? '=' : '') + out;
}

function structuredCloneRef(r: RefNode): RefNode {
  return { t: 'ref', sheet: r.sheet, a: { ...r.a }, b: r.b ? { ...r.b } : undefined };
}

/** Move relative parts of references by (dr, dc), as when a formula is filled or a CF rule applied to another cell. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return rewriteRefs(formula, (ref) => {
    for (const e of [ref.a, ref.b]) {
      if (!e) continue;
      if (e.row !== undefined && !e.rowAbs) e.row += dr;
      if (e.col !== undefined && !e.colAbs) e.col += dc;
      if ((e.row !== undefined && e.row < 1) || (e.col !== undefined && e.col < 1)) return null;
    }
    return ref;
  });
}

/**
 * Where a span [start, end] goes when `count` rows/columns are inserted before index `at`
 * (kind 'insert') or rows at..at+count-1 are deleted. Null when the span is deleted entirely.
 */
export function moveSpan(start: number, end: number, at: number, count: number, kind: 'insert' | 'delete'): [number, number] | null {
  if (kind === 'insert') return [start >= at ? start + count : start, end >= at ? end + count : end];
  const last = at + count - 1;
  const s = start < at ? start : start > last ? start - count : at;
  const e = end < at ? end : end > last ? end - count : at - 1;
  return s > e ? null : [s, e];
}

/** Adjust references to `target` sheet after rows/columns are inserted or deleted there. */
export function adjustFormula(
  formula: string,
  formulaSheet: string,
  target: string,
  axis: 'row' | 'col',
  at: number,
  count: number,
  kind: 'insert' | 'delete',
): string {
  return rewriteRefs(formula, (ref) => {
    if ((ref.sheet ?? formulaSheet) !== target) return ref;
    const a = ref.a;
    const b = ref.b ?? ref.a;
    const s = a[axis];
    const e = b[axis];
    if (s === undefined) return ref;
    const moved = moveSpan(s, e ?? Number.MAX_SAFE_INTEGER, at, count, kind);
    if (!moved) return null;
    a[axis] = moved[0];
    if (ref.b && e !== undefined) ref.b[axis] = moved[1];
    if (!ref.b && kind === 'delete' && moved[0] !== moved[1]) return null;
    return ref;
  });
}

// ---------------------------------------------------------------- evaluation

export interface CalcSheet {
  name: string;
  maxRows(): number;
  maxCols(): number;
  read(row: number, col: number): CellValue;
}
export interface RangeV {
  kind: 'range';
  sheet: CalcSheet;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
export interface CalcHost {
  sheet(name: string): CalcSheet | null;
  namedRange(name: string): RangeV | null;
  /** A custom function of the loaded bundle, or null. Args are cell values or 2-D arrays of them. */
  customFunction(name: string): ((args: (CellValue | CellValue[][] | undefined)[]) => CellValue | CellValue[][]) | null;
  /** Today's date at midnight (wall ms) in the spreadsheet zone, and now. */
  todayWallMs(): number;
  nowWallMs(): number;
}

const BLANK = Symbol('blank');
type Sc = CellValue | typeof BLANK;
type Val = Sc | RangeV;
export type Result = CellValue | CellValue[][];

const KNOWN_UNMODELLED = new Set(
  (
    'ARRAYFORMULA VLOOKUP HLOOKUP XLOOKUP INDEX MATCH QUERY FILTER SORT UNIQUE COUNTIF COUNTIFS SUMIF SUMIFS ' +
    'AVERAGE AVERAGEIF COUNT COUNTBLANK DATEDIF EDATE EOMONTH WEEKDAY WEEKNUM NETWORKDAYS WORKDAY TEXT VALUE ' +
    'LEFT RIGHT MID FIND SEARCH SUBSTITUTE REGEXMATCH REGEXEXTRACT REGEXREPLACE SPLIT JOIN TEXTJOIN IFS SWITCH ' +
    'ISODD ISEVEN MOD INT ROUNDUP ROUNDDOWN ROW COLUMN ROWS COLUMNS OFFSET INDIRECT HYPERLINK IMPORTRANGE ' +
    'SPARKLINE TRANSPOSE LOOKUP CHOOSE DAYS HOUR MINUTE SECOND TIME DATEVALUE N T EXACT PROPER REPT'
  ).split(' '),
);

function isRange(v: Val): v is RangeV {
  return typeof v === 'object' && v !== null && (v as RangeV).kind === 'range';
}

export class Evaluator {
  constructor(
    private readonly host: CalcHost,
    private readonly sheet: CalcSheet,
  ) {}

  /** Evaluate a cell formula: a scalar, or a 2-D array to spill. */
  evaluate(node: Node): Result {
    const v = this.ev(node);
    if (isRange(v)) {
      const rows = this.rangeValues(v);
      if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
      return rows;
    }
    return v === BLANK ? '' : v;
  }

  /** Evaluate as a condition (conditional formatting): TRUE or a non-zero number. */
  truthy(node: Node): boolean {
    const v = this.scalar(this.ev(node));
    if (v instanceof CellError) return false;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    if (v instanceof SheetDate) return v.serial !== 0;
    return false;
  }

  private rangeValues(r: RangeV): CellValue[][] {
    const rows: CellValue[][] = [];
    for (let i = r.r1; i <= r.r2; i++) {
      const row: CellValue[] = [];
      for (let j = r.c1; j <= r.c2; j++) row.push(r.sheet.read(i, j));
      rows.push(row);
    }
    return rows;
  }

  private resolve(ref: RefNode): RangeV | CellError {
    const sheet = ref.sheet === undefined ? this.sheet : this.host.sheet(ref.sheet);
    if (!sheet) return new CellError('#REF!', `Unresolved sheet name '${ref.sheet}'.`);
    const b = ref.b ?? ref.a;
    const r1 = ref.a.row ?? 1;
    const c1 = ref.a.col ?? 1;
    const r2 = b.row ?? sheet.maxRows();
    const c2 = b.col ?? sheet.maxCols();
    return { kind: 'range', sheet, r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
  }

  private ev(n: Node): Val {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'str':
        return n.v;
      case 'bool':
        return n.v;
      case 'err':
        return new CellError(n.v, n.v === '#REF!' ? 'Reference does not exist.' : n.v);
      case 'empty':
        return BLANK;
      case 'ref':
        return this.resolve(n);
      case 'name': {
        const r = this.host.namedRange(n.v);
        return r ?? new CellError('#NAME?', `Unknown range name: '${n.v.toUpperCase()}'.`);
      }
      case 'un': {
        const v = this.num(this.scalar(this.ev(n.e)), n.op);
        if (v instanceof CellError) return v;
        return n.op === '-' ? -v : n.op === '%' ? v / 100 : v;
      }
      case 'bin':
        return this.bin(n.op, this.scalar(this.ev(n.l)), this.scalar(this.ev(n.r)));
      case 'call':
        return this.call(n.name, n.args);
    }
  }

  private scalar(v: Val): Sc {
    if (!isRange(v)) return v;
    if (v.r1 !== v.r2 || v.c1 !== v.c2) {
      return new CellError('#VALUE!', 'An array value could not be found.');
    }
    const x = v.sheet.read(v.r1, v.c1);
    return x === '' ? BLANK : x;
  }

  private num(v: Sc, fn: string): number | CellError {
    if (v instanceof CellError) return v;
    if (v === BLANK || v === '') return 0;
    if (typeof v === 'number') return v;
    if (typeof v === 'boolean') return v ? 1 : 0;
    if (v instanceof SheetDate) return v.serial;
    const t = v.trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
    return new CellError('#VALUE!', `Function ${fn} parameter expects number values. But '${v}' is a text and cannot be coerced to a number.`);
  }

  private text(v: Sc): string | CellError {
    if (v instanceof CellError) return v;
    if (v === BLANK) return '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (v instanceof SheetDate) return String(v.serial);
    return String(v);
  }

  private bool(v: Sc): boolean | CellError {
    if (v instanceof CellError) return v;
    if (v === BLANK) return false;
    if (typeof v === 'boolean') return v;
    if (typeof v === 'number') return v !== 0;
    if (v instanceof SheetDate) return v.serial !== 0;
    if (/^true$/i.test(v)) return true;
    if (/^false$/i.test(v)) return false;
    return new CellError('#VALUE!', `Function AND parameter expects boolean values. But '${v}' is a text and cannot be coerced to a boolean.`);
  }

  /** Sheets ordering: numbers < text < booleans; text compares case-insensitively; blank adopts the other side's type. */
  private compare(a: Sc, b: Sc): number {
    const rank = (x: Sc) => (typeof x === 'number' || x instanceof SheetDate ? 1 : typeof x === 'string' ? 2 : 3);
    if (a === BLANK && b === BLANK) return 0;
    if (a === BLANK) a = rank(b) === 1 ? 0 : rank(b) === 2 ? '' : false;
    if (b === BLANK) b = rank(a) === 1 ? 0 : rank(a) === 2 ? '' : false;
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra - rb;
    if (ra === 1) {
      const x = a instanceof SheetDate ? a.serial : (a as number);
      const y = b instanceof SheetDate ? b.serial : (b as number);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    if (ra === 2) {
      const x = (a as string).toLowerCase();
      const y = (b as string).toLowerCase();
      return x === y ? 0 : x < y ? -1 : 1;
    }
    return Number(a) - Number(b);
  }

  private bin(op: string, a: Sc, b: Sc): Sc {
    if (a instanceof CellError) return a;
    if (b instanceof CellError) return b;
    switch (op) {
      case '=':
        return this.compare(a, b) === 0;
      case '<>':
        return this.compare(a, b) !== 0;
      case '<':
        return this.compare(a, b) < 0;
      case '>':
        return this.compare(a, b) > 0;
      case '<=':
        return this.compare(a, b) <= 0;
      case '>=':
        return this.compare(a, b) >= 0;
      case '&': {
        const x = this.text(a);
        const y = this.text(b);
        if (x instanceof CellError) return x;
        if (y instanceof CellError) return y;
        return x + y;
      }
    }
    const x = this.num(a, op);
    const y = this.num(b, op);
    if (x instanceof CellError) return x;
    if (y instanceof CellError) return y;
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return y === 0 ? new CellError('#DIV/0!', 'Function DIVIDE parameter 2 cannot be zero.') : x / y;
      case '^':
        return Math.pow(x, y);
    }
    return new CellError('#ERROR!', 'Formula parse error.');
  }

  private flat(args: Node[]): Sc[] {
    const out: Sc[] = [];
    for (const a of args) {
      const v = this.ev(a);
      if (isRange(v)) for (const row of this.rangeValues(v)) for (const x of row) out.push(x === '' ? BLANK : x);
      else out.push(v);
    }
    return out;
  }

  private call(name: string, args: Node[]): Val {
    const arg = (i: number): Sc => (args[i] ? this.scalar(this.ev(args[i])) : BLANK);
    const firstErr = (xs: Sc[]) => xs.find((x): x is CellError => x instanceof CellError);
    switch (name) {
      case 'AND':
      case 'OR': {
        const xs = this.flat(args).filter((x) => x !== BLANK);
        const e = firstErr(xs);
        if (e) return e;
        const bs = xs.map((x) => this.bool(x));
        const be = bs.find((x): x is CellError => x instanceof CellError);
        if (be) return be;
        return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
      }
      case 'NOT': {
        const b = this.bool(arg(0));
        return b instanceof CellError ? b : !b;
      }
      case 'IF': {
        const c = this.bool(arg(0));
        if (c instanceof CellError) return c;
        const v = c ? (args[1] ? this.ev(args[1]) : true) : args[2] ? this.ev(args[2]) : false;
        return v;
      }
      case 'IFERROR': {
        const v = arg(0);
        return v instanceof CellError ? (args[1] ? this.ev(args[1]) : '') : v;
      }
      case 'ISBLANK':
        return arg(0) === BLANK;
      case 'ISNUMBER': {
        const v = arg(0);
        return typeof v === 'number' || v instanceof SheetDate;
      }
      case 'ISTEXT':
        return typeof arg(0) === 'string';
      case 'ISERROR':
        return arg(0) instanceof CellError;
      case 'LEN': {
        const t = this.text(arg(0));
        return t instanceof CellError ? t : t.length;
      }
      case 'LOWER':
      case 'UPPER':
      case 'TRIM': {
        const t = this.text(arg(0));
        if (t instanceof CellError) return t;
        return name === 'LOWER' ? t.toLowerCase() : name === 'UPPER' ? t.toUpperCase() : t.trim().replace(/ +/g, ' ');
      }
      case 'CONCATENATE': {
        let s = '';
        for (const x of this.flat(args)) {
          const t = this.text(x);
          if (t instanceof CellError) return t;
          s += t;
        }
        return s;
      }
      case 'TODAY':
        return new SheetDate(this.host.todayWallMs());
      case 'NOW':
        return new SheetDate(this.host.nowWallMs());
      case 'DATE': {
        const [y, m, d] = [0, 1, 2].map((i) => this.num(arg(i), 'DATE'));
        for (const x of [y, m, d]) if (x instanceof CellError) return x;
        return new SheetDate(Date.UTC(Math.trunc(y as number), Math.trunc(m as number) - 1, Math.trunc(d as number)));
      }
      case 'YEAR':
      case 'MONTH':
      case 'DAY': {
        const v = this.num(arg(0), name);
        if (v instanceof CellError) return v;
        const d = new Date(SheetDate.fromSerial(v).wallMs);
        return name === 'YEAR' ? d.getUTCFullYear() : name === 'MONTH' ? d.getUTCMonth() + 1 : d.getUTCDate();
      }
      case 'SUM':
      case 'MIN':
      case 'MAX': {
        const xs = this.flat(args);
        const e = firstErr(xs);
        if (e) return e;
        const ns = xs.filter((x) => typeof x === 'number' || x instanceof SheetDate).map((x) => this.num(x, name) as number);
        if (name === 'SUM') return ns.reduce((a, b) => a + b, 0);
        if (ns.length === 0) return 0;
        return name === 'MIN' ? Math.min(...ns) : Math.max(...ns);
      }
      case 'COUNTA':
        return this.flat(args).filter((x) => x !== BLANK).length;
      case 'ABS': {
        const v = this.num(arg(0), 'ABS');
        return v instanceof CellError ? v : Math.abs(v);
      }
      case 'ROUND': {
        const v = this.num(arg(0), 'ROUND');
        const p = this.num(arg(1), 'ROUND');
        if (v instanceof CellError) return v;
        if (p instanceof CellError) return p;
        const f = Math.pow(10, Math.trunc(p));
        return Math.round(v * f) / f;
      }
    }
    const custom = this.host.customFunction(name);
    if (custom) {
      const vals = args.map((a) => {
        const v = this.ev(a);
        if (isRange(v)) {
          const rows = this.rangeValues(v);
          return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
        }
        return v === BLANK ? '' : v;
      });
      const res = custom(vals);
      if (Array.isArray(res)) return res[0]?.[0] ?? '';
      return res;
    }
    if (KNOWN_UNMODELLED.has(name)) return '';
    return new CellError('#NAME?', `Unknown function: '${name}'.`);
  }

  /** Like `call` for the top-level custom function so the whole 2-D result can spill. */
  evaluateTop(node: Node): Result {
    if (node.t === 'call') {
      const custom = this.host.customFunction(node.name);
      if (custom && !isBuiltin(node.name)) {
        const vals = node.args.map((a) => {
          const v = this.ev(a);
          if (isRange(v)) {
            const rows = this.rangeValues(v);
            return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
          }
          return v === BLANK ? '' : v;
        });
        return custom(vals);
      }
    }
    return this.evaluate(node);
  }
}

const BUILTINS = new Set(
  'AND OR NOT IF IFERROR ISBLANK ISNUMBER ISTEXT ISERROR LEN LOWER UPPER TRIM CONCATENATE TODAY NOW DATE YEAR MONTH DAY SUM MIN MAX COUNTA ABS ROUND'.split(' '),
);
export function isBuiltin(name: string): boolean {
  return BUILTINS.has(name) || KNOWN_UNMODELLED.has(name);
}
