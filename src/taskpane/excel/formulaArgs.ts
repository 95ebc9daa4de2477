/**
 * Reads an Excel formula (as `range.formulas` returns it, in Excel's English syntax) far
 * enough to recompute its SUBSIDY calls with the engine. Pure: no Office.js, no engine.
 *
 * `parseFormula` builds a small expression tree of the whole formula (numbers, strings,
 * booleans, error literals, cell references and ranges with an optional sheet, calls,
 * unary/binary/percent operators); `subsidyCalls` finds the outermost SUBSIDY calls in it;
 * `resolveArgument` turns one argument into an engine argument when it is one of:
 *   a literal (number, "text", TRUE/FALSE, TRUE()/FALSE(), -5, 16%), an omitted argument,
 *   a single-cell reference on the same or another sheet (value supplied by the caller),
 *   a nested SUBSIDY call (recomputed by the caller, recursively), DATE(y, m, d) of those.
 * Anything else (arithmetic, other functions, ranges, names) is `unsupported`, with the
 * formula text at fault: the checker reports it as “cannot check here” and never guesses.
 */
import { dayFromYmd, serialFromDay } from '../../engine/dates';
import { colNumber } from '../../templates/a1';
import { closingQuote, unquote } from '../../templates/quoted';

export type Expr =
  | { kind: 'number'; value: number; text: string }
  | { kind: 'string'; value: string; text: string }
  | { kind: 'bool'; value: boolean; text: string }
  | { kind: 'error'; code: string; text: string }
  | { kind: 'ref'; sheet?: string; address: string; text: string }
  | { kind: 'range'; sheet?: string; from: string; to: string; text: string }
  | { kind: 'call'; name: string; args: Expr[]; text: string }
  | { kind: 'empty'; text: string }
  | { kind: 'unary'; op: string; operand: Expr; text: string }
  | { kind: 'percent'; operand: Expr; text: string }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; text: string }
  | { kind: 'other'; text: string };

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
    this.name = 'FormulaSyntaxError';
  }
}

type Tok =
  | { t: 'num'; v: number; s: number; e: number }
  | { t: 'str'; v: string; s: number; e: number }
  | { t: 'err'; v: string; s: number; e: number }
  | { t: 'ref'; sheet?: string; from: string; to?: string; s: number; e: number }
  | { t: 'name'; v: string; s: number; e: number }
  | { t: 'op'; v: string; s: number; e: number }
  | { t: 'other'; s: number; e: number };

const ERROR_LITERALS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#BLOCKED!', '#BUSY!', '#FIELD!', '#CONNECT!', '#UNKNOWN!'];

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\w.(!\u0080-\uffff])/;
const CELL_RANGE = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\w.(!\u0080-\uffff])/;
const NAME = /^[A-Za-z_\\\u0080-\uffff][\w.\\\u0080-\uffff]*/;
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;

/** "$b$5" → "B5" (a cell address without its absolute markers, upper case). */
export function normaliseAddress(a: string): string {
  return a.replace(/\$/g, '').toUpperCase();
}

function isValidCell(col: string, row: string): boolean {
  // XFD is Excel's last column; row 0 does not exist.
  const n = colNumber(col.toUpperCase());
  return n >= 1 && n <= 16384 && Number(row) >= 1 && Number(row) <= 1048576;
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  const refAt = (start: number, sheet: string | undefined): boolean => {
    const rest = src.slice(i);
    const r = CELL_RANGE.exec(rest);
    if (r && isValidCell(r[1], r[2]) && isValidCell(r[3], r[4])) {
      out.push({ t: 'ref', sheet, from: normaliseAddress(`${r[1]}${r[2]}`), to: normaliseAddress(`${r[3]}${r[4]}`), s: start, e: i + r[0].length });
      i += r[0].length;
      return true;
    }
    const c = CELL.exec(rest);
    if (c && isValidCell(c[1], c[2])) {
      out.push({ t: 'ref', sheet, from: normaliseAddress(`${c[1]}${c[2]}`), s: start, e: i + c[0].length });
      i += c[0].length;
      return true;
    }
    return false;
  };
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const start = i;
    if (ch === '"' || ch === "'") {
      const j = closingQuote(src, i);
      if (j < 0) throw new FormulaSyntaxError(ch === '"' ? 'unterminated string' : 'unterminated sheet name', start);
      const v = unquote(src.slice(i, j + 1));
      if (ch === '"') {
        out.push({ t: 'str', v, s: start, e: j + 1 });
        i = j + 1;
        continue;
      }
      // A quoted sheet name: 'My sheet'!A1.
      if (src[j + 1] !== '!') throw new FormulaSyntaxError('quoted name without "!"', start);
      i = j + 2;
      if (!refAt(start, v)) {
        out.push({ t: 'other', s: start, e: skipOperand(src, i) });
        i = out[out.length - 1].e;
      }
      continue;
    }
    if (ch === '#') {
      const lit = ERROR_LITERALS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      if (lit) {
        out.push({ t: 'err', v: lit, s: start, e: i + lit.length });
        i += lit.length;
        continue;
      }
      // The spill operator A1# and anything else starting with #.
      out.push({ t: 'op', v: '#', s: start, e: i + 1 });
      i++;
      continue;
    }
    if (ch === '{') {
      const j = src.indexOf('}', i);
      if (j < 0) throw new FormulaSyntaxError('unterminated array constant', start);
      out.push({ t: 'other', s: start, e: j + 1 });
      i = j + 1;
      continue;
    }
    const num = NUMBER.exec(src.slice(i));
    if (num && !/^\d+:/.test(src.slice(i))) {
      out.push({ t: 'num', v: Number(num[0]), s: start, e: i + num[0].length });
      i += num[0].length;
      continue;
    }
    if (/^\d+:\d+/.test(src.slice(i))) {
      // Whole rows (1:3).
      const m = /^\d+:\d+/.exec(src.slice(i))!;
      out.push({ t: 'other', s: start, e: i + m[0].length });
      i += m[0].length;
      continue;
    }
    if (ch === '$' || /[A-Za-z]/.test(ch)) {
      if (refAt(start, undefined)) continue;
    }
    const name = NAME.exec(src.slice(i));
    if (name || ch === '$') {
      const text = name ? name[0] : '$';
      // Sheet1!A1: an unquoted sheet name.
      if (name && src[i + text.length] === '!') {
        i += text.length + 1;
        if (!refAt(start, text)) {
          out.push({ t: 'other', s: start, e: skipOperand(src, i) });
          i = out[out.length - 1].e;
        }
        continue;
      }
      if (!name) throw new FormulaSyntaxError(`unexpected "${ch}"`, start);
      out.push({ t: 'name', v: text, s: start, e: i + text.length });
      i += text.length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      out.push({ t: 'op', v: two, s: start, e: i + 2 });
      i += 2;
      continue;
    }
    if ('+-*/^&=<>%(),:@;'.includes(ch)) {
      out.push({ t: 'op', v: ch, s: start, e: i + 1 });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected "${ch}"`, start);
  }
  return out;
}

/** The end of an operand we do not model (a 3-D or whole-column reference after "Sheet!"). */
function skipOperand(src: string, from: number): number {
  const m = /^[^\s,()+\-*/^&=<>;]*/.exec(src.slice(from));
  return from + (m ? m[0].length : 0);
}

const BINARY: Record<string, number> = { '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1, '&': 2, '+': 3, '-': 3, '*': 4, '/': 4, '^': 5 };

class Parser {
  private k = 0;

  constructor(
    private readonly src: string,
    private readonly toks: Tok[],
  ) {}

  parse(): Expr {
    const e = this.expr(0);
    if (this.k < this.toks.length) throw new FormulaSyntaxError(`unexpected "${this.text(this.toks[this.k])}"`, this.toks[this.k].s);
    return e;
  }

  private text(tok: { s: number; e: number }): string {
    return this.src.slice(tok.s, tok.e);
  }

  private slice(s: number, e: number): string {
    return this.src.slice(s, e).trim();
  }

  private peek(): Tok | undefined {
    return this.toks[this.k];
  }

  private isOp(v: string): boolean {
    const p = this.peek();
    return p !== undefined && p.t === 'op' && p.v === v;
  }

  private expr(minPrec: number): Expr {
    const start = this.peek()?.s ?? this.src.length;
    let left = this.unary();
    for (;;) {
      const p = this.peek();
      if (!p || p.t !== 'op' || !(p.v in BINARY)) break;
      const prec = BINARY[p.v];
      if (prec < minPrec) break;
      this.k++;
      // Left-associative, ^ included (as in Excel: 2^3^2 = 64).
      const right = this.expr(prec + 1);
      left = { kind: 'binary', op: p.v, left, right, text: this.slice(start, this.prevEnd()) };
    }
    return left;
  }

  private prevEnd(): number {
    return this.toks[this.k - 1]?.e ?? 0;
  }

  private unary(): Expr {
    const p = this.peek();
    if (p && p.t === 'op' && (p.v === '-' || p.v === '+' || p.v === '@')) {
      this.k++;
      const operand = this.unary();
      // @ (implicit intersection) of a single value is that value.
      if (p.v === '@' && (operand.kind === 'call' || operand.kind === 'ref')) return operand;
      return { kind: 'unary', op: p.v, operand, text: this.slice(p.s, this.prevEnd()) };
    }
    return this.postfix();
  }

  private postfix(): Expr {
    const start = this.peek()?.s ?? this.src.length;
    let e = this.primary();
    for (;;) {
      if (this.isOp('%')) {
        this.k++;
        e = { kind: 'percent', operand: e, text: this.slice(start, this.prevEnd()) };
      } else if (this.isOp('#')) {
        this.k++;
        e = { kind: 'other', text: this.slice(start, this.prevEnd()) };
      } else if (this.isOp(':')) {
        // A range built with ":" between references or functions (A1:INDEX(...)): not modelled.
        this.k++;
        this.primary();
        e = { kind: 'other', text: this.slice(start, this.prevEnd()) };
      } else break;
    }
    return e;
  }

  private primary(): Expr {
    const p = this.peek();
    if (!p) throw new FormulaSyntaxError('formula ends too early', this.src.length);
    this.k++;
    switch (p.t) {
      case 'num':
        return { kind: 'number', value: p.v, text: this.text(p) };
      case 'str':
        return { kind: 'string', value: p.v, text: this.text(p) };
      case 'err':
        return { kind: 'error', code: p.v, text: this.text(p) };
      case 'other':
        return { kind: 'other', text: this.text(p) };
      case 'ref':
        return p.to === undefined
          ? { kind: 'ref', sheet: p.sheet, address: p.from, text: this.text(p) }
          : { kind: 'range', sheet: p.sheet, from: p.from, to: p.to, text: this.text(p) };
      case 'name': {
        if (this.isOp('(')) {
          this.k++;
          const args = this.args();
          return { kind: 'call', name: p.v.toUpperCase(), args, text: this.slice(p.s, this.prevEnd()) };
        }
        const upper = p.v.toUpperCase();
        if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'bool', value: upper === 'TRUE', text: p.v };
        return { kind: 'other', text: p.v };
      }
      case 'op':
        if (p.v === '(') {
          const inner = this.expr(0);
          if (!this.isOp(')')) throw new FormulaSyntaxError('missing ")"', this.peek()?.s ?? this.src.length);
          this.k++;
          // A parenthesised expression is kept as is: (5) is still 5.
          return inner.kind === 'number' || inner.kind === 'string' || inner.kind === 'bool' ? inner : { ...inner, text: this.slice(p.s, this.prevEnd()) } as Expr;
        }
        throw new FormulaSyntaxError(`unexpected "${p.v}"`, p.s);
    }
  }

  /** The arguments after "(", through the closing ")". Empty arguments are kept. */
  private args(): Expr[] {
    const args: Expr[] = [];
    if (this.isOp(')')) {
      this.k++;
      return args;
    }
    for (;;) {
      const p = this.peek();
      if (p && p.t === 'op' && (p.v === ',' || p.v === ')')) {
        args.push({ kind: 'empty', text: '' });
      } else {
        args.push(this.expr(0));
      }
      if (this.isOp(',')) {
        this.k++;
        const q = this.peek();
        if (q && q.t === 'op' && q.v === ')') {
          args.push({ kind: 'empty', text: '' });
          this.k++;
          return args;
        }
        continue;
      }
      if (this.isOp(')')) {
        this.k++;
        return args;
      }
      throw new FormulaSyntaxError('missing ")" or ","', this.peek()?.s ?? this.src.length);
    }
  }
}

/** The tree of a formula ("=…", the "=" optional). Throws FormulaSyntaxError. */
export function parseFormula(formula: string): Expr {
  const src = formula.replace(/^\s*=/, '');
  const toks = tokenize(src);
  if (!toks.length) throw new FormulaSyntaxError('empty formula', 0);
  return new Parser(src, toks).parse();
}

/**
 * A comma-separated list of arguments as typed in a formula (`0.7, 300, "2020-01-15"`):
 * the task pane's EXPLAIN form uses it for the repeating arguments.
 */
export function parseArgumentList(text: string): Expr[] {
  if (!text.trim()) return [];
  const call = parseFormula(`X(${text})`);
  if (call.kind !== 'call') throw new FormulaSyntaxError('not an argument list', 0);
  return call.args;
}

const SUBSIDY_CALL = /^(?:_XLDUDF_)?SUBSIDY[._]([A-Z][A-Z0-9]*)$/;

/** The function name of a SUBSIDY call ("RENTRELIEF"), whether written SUBSIDY.X or as saved _xldudf_SUBSIDY_X. */
export function subsidyName(e: Expr): string | undefined {
  if (e.kind !== 'call') return undefined;
  return SUBSIDY_CALL.exec(e.name)?.[1];
}

/** The outermost SUBSIDY calls of a tree, left to right (calls nested in them are not listed). */
export function subsidyCalls(e: Expr): Extract<Expr, { kind: 'call' }>[] {
  const out: Extract<Expr, { kind: 'call' }>[] = [];
  const walk = (x: Expr): void => {
    if (x.kind === 'call') {
      if (subsidyName(x)) out.push(x);
      else x.args.forEach(walk);
    } else if (x.kind === 'unary' || x.kind === 'percent') walk(x.operand);
    else if (x.kind === 'binary') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return out;
}

/** A value a cell holds, as Office.js reads it. */
export type CellScalar = number | string | boolean;

/** What the caller knows about a referenced cell. */
export type CellLookup = (sheet: string | undefined, address: string) => { value: CellScalar | null } | { error: string } | undefined;

/** What an argument resolves to. */
export type Resolved =
  | { kind: 'value'; value: CellScalar | null }
  /** An Excel error the call would receive: Excel then shows that error without calling the function. */
  | { kind: 'error'; code: string; from: string }
  | { kind: 'unsupported'; text: string };

/** How nested SUBSIDY calls are recomputed (by the engine, supplied by the caller). */
export type NestedEvaluator = (call: Extract<Expr, { kind: 'call' }>) => Resolved;

/** An Excel date serial for DATE(y, m, d), with Excel's rules: years 0–1899 add 1900; months and days roll over. */
export function excelDate(y: number, m: number, d: number): number | undefined {
  if (![y, m, d].every(Number.isFinite)) return undefined;
  let year = Math.trunc(y);
  if (year >= 0 && year <= 1899) year += 1900;
  if (year < 1900 || year > 9999) return undefined;
  // Months and days roll over as in Excel: Date.UTC (under dayFromYmd) rolls months over.
  const serial = serialFromDay(dayFromYmd(year, Math.trunc(m), 1)) + Math.trunc(d) - 1;
  return serial >= 1 && serial <= 2958465 ? serial : undefined;
}

/**
 * One argument as the engine's raw argument, or why it cannot be. References are read
 * through `lookup`; nested SUBSIDY calls through `nested`.
 */
export function resolveArgument(e: Expr, lookup: CellLookup, nested: NestedEvaluator): Resolved {
  const unsupported = (): Resolved => ({ kind: 'unsupported', text: e.text });
  switch (e.kind) {
    case 'number':
    case 'string':
    case 'bool':
      return { kind: 'value', value: e.value };
    case 'empty':
      return { kind: 'value', value: null };
    case 'error':
      return { kind: 'error', code: e.code, from: e.text };
    case 'ref': {
      const found = lookup(e.sheet, e.address);
      if (!found) return unsupported();
      if ('error' in found) return { kind: 'error', code: found.error, from: e.text };
      return { kind: 'value', value: found.value };
    }
    case 'unary': {
      if (e.op !== '-' && e.op !== '+') return unsupported();
      if (e.operand.kind !== 'number' && !(e.operand.kind === 'percent' && e.operand.operand.kind === 'number')) return unsupported();
      const inner = resolveArgument(e.operand, lookup, nested);
      if (inner.kind !== 'value' || typeof inner.value !== 'number') return unsupported();
      return { kind: 'value', value: e.op === '-' ? -inner.value : inner.value };
    }
    case 'percent': {
      if (e.operand.kind !== 'number') return unsupported();
      // 16% is 0.16 exactly as Excel reads it: shift the decimal point in the text, not by dividing.
      return { kind: 'value', value: Number(`${e.operand.text}e-2`) };
    }
    case 'call': {
      if (subsidyName(e)) return nested(e);
      if ((e.name === 'TRUE' || e.name === 'FALSE') && e.args.length === 0) return { kind: 'value', value: e.name === 'TRUE' };
      if (e.name === 'DATE' && e.args.length === 3) {
        const parts: number[] = [];
        for (const a of e.args) {
          const r = resolveArgument(a, lookup, nested);
          if (r.kind !== 'value') return r.kind === 'error' ? r : unsupported();
          if (typeof r.value === 'number') parts.push(r.value);
          else if (r.value === null) parts.push(0);
          else return unsupported();
        }
        const serial = excelDate(parts[0], parts[1], parts[2]);
        return serial === undefined ? { kind: 'error', code: '#NUM!', from: e.text } : { kind: 'value', value: serial };
      }
      return unsupported();
    }
    default:
      return unsupported();
  }
}

/** Every cell reference a tree reads (ranges excluded: they are never resolved). */
export function referencesOf(e: Expr): { sheet?: string; address: string }[] {
  const out: { sheet?: string; address: string }[] = [];
  const walk = (x: Expr): void => {
    if (x.kind === 'ref') out.push({ sheet: x.sheet, address: x.address });
    else if (x.kind === 'call') x.args.forEach(walk);
    else if (x.kind === 'unary' || x.kind === 'percent') walk(x.operand);
    else if (x.kind === 'binary') {
      walk(x.left);
      walk(x.right);
    }
  };
  walk(e);
  return out;
}
