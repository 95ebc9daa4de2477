/**
 * Formula text as it sits in an .xlsx (no leading '='), read with just enough of Excel's
 * grammar for the audit: string literals ("…", "" escapes a quote), quoted sheet names
 * ('…', '' escapes a quote), structured references ([…]) and array literals ({…}) are
 * skipped over; everything else is scanned for cell references and function calls.
 */
import { NAMESPACE } from '../registry/registry';
import { colLetter, colNumber } from '../templates/a1';
import { quotedEnd, rewriteOutsideQuotes, unquote } from '../templates/quoted';

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

const isIdent = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z0-9_.$\\]/.test(ch);

function bracketEnd(text: string, i: number): number {
  // Structured references nest one level ([@[Col]], Table[[#Headers],[Col]]); ' escapes inside.
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const ch = text[j];
    if (ch === "'") j += 2;
    else {
      if (ch === '[') depth++;
      else if (ch === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
  }
  return text.length;
}

/** The end of the quoted run or structured reference starting at i, whose text names no cell; i when none starts there. */
function opaqueEnd(text: string, i: number): number {
  const ch = text[i];
  if (ch === '"' || ch === "'") return quotedEnd(text, i);
  if (ch === '[') return bracketEnd(text, i);
  return i;
}

/** "B12" → { row: 12, col: 2 } (1-based); undefined when not a plain A1 address. */
export function parseA1(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address);
  if (!m) return undefined;
  const col = colNumber(m[1].toUpperCase());
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return undefined;
  return { row, col };
}

/** "A20:E26" (or "A20") → its corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const [from, to = from] = ref.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** A formula split into literal text and relative-reference parts, so each clone of a shared formula renders quickly. */
type Part =
  | string
  | { kind: 'cell'; colAbs: boolean; col: number; rowAbs: boolean; row: number }
  | { kind: 'cols'; aAbs: boolean; a: number; bAbs: boolean; b: number }
  | { kind: 'rows'; aAbs: boolean; a: number; bAbs: boolean; b: number };

const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

/** Splits a formula into the parts a shared formula shifts: cell references, whole-column and whole-row ranges. */
export function referenceParts(formula: string): Part[] {
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    const end = opaqueEnd(formula, i);
    if (end > i) {
      lit += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = formula[i - 1];
    if (/[A-Za-z0-9_$\\]/.test(ch) && !isIdent(prev)) {
      let j = i;
      while (j < n && isIdent(formula[j])) j++;
      const run = formula.slice(i, j);
      const next = formula[j];
      if (next === '(' || next === '!') {
        lit += run;
        i = j;
        continue;
      }
      // Whole columns (A:C) and whole rows (2:5).
      if (next === ':') {
        let k = j + 1;
        while (k < n && isIdent(formula[k])) k++;
        const run2 = formula.slice(j + 1, k);
        const cols = /^(\$?)([A-Za-z]{1,3})$/;
        const rows = /^(\$?)(\d{1,7})$/;
        const c1 = cols.exec(run);
        const c2 = cols.exec(run2);
        if (c1 && c2 && formula[k] !== '(' && formula[k] !== '!') {
          const a = colNumber(c1[2].toUpperCase());
          const b = colNumber(c2[2].toUpperCase());
          if (a <= MAX_COL && b <= MAX_COL) {
            if (lit) parts.push(lit), (lit = '');
            parts.push({ kind: 'cols', aAbs: c1[1] === '$', a, bAbs: c2[1] === '$', b });
            i = k;
            continue;
          }
        }
        const r1 = rows.exec(run);
        const r2 = rows.exec(run2);
        if (r1 && r2 && formula[k] !== '(' && formula[k] !== '!') {
          if (lit) parts.push(lit), (lit = '');
          parts.push({ kind: 'rows', aAbs: r1[1] === '$', a: Number(r1[2]), bAbs: r2[1] === '$', b: Number(r2[2]) });
          i = k;
          continue;
        }
      }
      const m = CELL_RE.exec(run);
      if (m) {
        const col = colNumber(m[2].toUpperCase());
        const row = Number(m[4]);
        if (col <= MAX_COL && row >= 1 && row <= MAX_ROW) {
          if (lit) parts.push(lit), (lit = '');
          parts.push({ kind: 'cell', colAbs: m[1] === '$', col, rowAbs: m[3] === '$', row });
          i = j;
          continue;
        }
      }
      lit += run;
      i = j;
      continue;
    }
    lit += ch;
    i++;
  }
  if (lit) parts.push(lit);
  return parts;
}

/** Renders parts moved by (dRow, dCol): relative parts shift, $-anchored ones stay; off the sheet → #REF!. */
export function renderShifted(parts: readonly Part[], dRow: number, dCol: number): string {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    if (p.kind === 'cell') {
      const col = p.colAbs ? p.col : p.col + dCol;
      const row = p.rowAbs ? p.row : p.row + dRow;
      if (col < 1 || col > MAX_COL || row < 1 || row > MAX_ROW) out += '#REF!';
      else out += `${p.colAbs ? '$' : ''}${colLetter(col)}${p.rowAbs ? '$' : ''}${row}`;
    } else if (p.kind === 'cols') {
      const a = p.aAbs ? p.a : p.a + dCol;
      const b = p.bAbs ? p.b : p.b + dCol;
      if (a < 1 || b < 1 || a > MAX_COL || b > MAX_COL) out += '#REF!';
      else out += `${p.aAbs ? '$' : ''}${colLetter(a)}:${p.bAbs ? '$' : ''}${colLetter(b)}`;
    } else {
      const a = p.aAbs ? p.a : p.a + dRow;
      const b = p.bAbs ? p.b : p.b + dRow;
      if (a < 1 || b < 1 || a > MAX_ROW || b > MAX_ROW) out += '#REF!';
      else out += `${p.aAbs ? '$' : ''}${a}:${p.bAbs ? '$' : ''}${b}`;
    }
  }
  return out;
}

/** The formula of a shared-formula clone: the master's text moved from the master's cell to the clone's. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return renderShifted(referenceParts(formula), dRow, dCol);
}

export interface Call {
  /** The name as written before '(' ("_xldudf_SUBSIDY_RENTRELIEF", "SUBSIDY.RENTRELIEF", "SUM"). */
  raw: string;
  /** Where the name starts and where its '(' is. */
  start: number;
  open: number;
  /** Parenthesis depth of the call (0 at the top level). */
  depth: number;
}

/** Every function call in a formula, with its depth. */
export function calls(formula: string): Call[] {
  const out: Call[] = [];
  let depth = 0;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    const skip = opaqueEnd(formula, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (/[A-Za-z_\\]/.test(ch) && !isIdent(formula[i - 1])) {
      let j = i;
      while (j < n && isIdent(formula[j])) j++;
      if (formula[j] === '(') out.push({ raw: formula.slice(i, j), start: i, open: j, depth });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/**
 * The add-in function a call names, as "NS.NAME", or undefined for a native function:
 * `_xldudf_NS_NAME` (how Excel saves any JS custom function) or `SUBSIDY.NAME` written plainly.
 * Other user-defined functions Excel saves with a marker — `_xldudf_NAME` without a namespace,
 * `_xludf.NAME` (a function Excel did not know), `_xll.NAME` (an XLL add-in) — are named "NAME".
 */
export function customName(raw: string): string | undefined {
  const udf = /^_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)$/i.exec(raw);
  if (udf) return `${udf[1].toUpperCase()}.${udf[2].toUpperCase()}`;
  const other = /^(?:_xldudf_|_xludf\.|_xll\.)([A-Za-z0-9_.]+)$/i.exec(raw);
  if (other) return other[1].toUpperCase();
  const dotted = new RegExp(`^${NAMESPACE}\\.([A-Za-z0-9_.]+)$`, 'i').exec(raw);
  if (dotted) return `${NAMESPACE}.${dotted[1].toUpperCase()}`;
  return undefined;
}

/** The argument texts of the call whose '(' is at `open`, split at its own commas; the index after its ')'. */
export function callArguments(formula: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let i = open + 1;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    const skip = opaqueEnd(formula, i);
    if (skip > i) {
      i = skip;
      continue;
    }
    if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') {
      if (depth === 0) {
        const last = formula.slice(start, i);
        if (args.length > 0 || last.trim() !== '') args.push(last);
        return { args: args.map((a) => a.trim()), end: i + 1 };
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      args.push(formula.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  return { args: args.map((a) => a.trim()), end: n };
}

/**
 * A formula as Excel shows it in the formula bar: '=' in front, `_xldudf_NS_NAME(` as
 * `NS.NAME(`, `_xlfn.`/`_xlws.` markers dropped; string literals untouched.
 */
export function displayFormula(formula: string): string {
  const shown = rewriteOutsideQuotes(formula, (i) => {
    if (formula[i] !== '_' || isIdent(formula[i - 1])) return undefined;
    const rest = formula.slice(i);
    const udf = /^_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)(?=\()/.exec(rest);
    if (udf) return [`${udf[1]}.${udf[2]}`, udf[0].length];
    const prefix = /^(?:_xl(?:fn|ws)\.)+/i.exec(rest);
    return prefix ? ['', prefix[0].length] : undefined;
  });
  return `=${shown}`;
}

/** "Sheet!A1" with the sheet name quoted the way Excel writes it when it must be. */
export function qualified(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^(TRUE|FALSE)$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** A rectangle of cells a formula reads; sheet undefined means the formula's own sheet. */
export interface Area {
  sheet?: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Written as whole columns (A:C) or whole rows (2:5), not as corners. */
  whole?: 'columns' | 'rows';
}

/**
 * Every area a formula reads, for formula text HyperFormula is given (after toHyperFormula:
 * sheet names of other scripts are quoted). Returns undefined when the cells a formula reads
 * cannot be known from its text — INDIRECT or OFFSET, a name, a 3-D reference, a
 * structured reference — so that the caller gives HyperFormula every cell.
 */
export function referencedAreas(formula: string): Area[] | undefined {
  const areas: Area[] = [];
  let sheet: string | undefined;
  let i = 0;
  const n = formula.length;
  const pushCell = (row: number, col: number) => areas.push({ ...(sheet !== undefined ? { sheet } : {}), top: row, left: col, bottom: row, right: col });
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      i = quotedEnd(formula, i);
      continue;
    }
    if (ch === "'") {
      const end = quotedEnd(formula, i);
      if (formula[end] !== '!') return undefined;
      sheet = unquote(formula.slice(i, end));
      i = end + 1;
      continue;
    }
    if (ch === '[') return undefined;
    if (ch === '#') {
      const literal = /^#(?:REF!|N\/A|NAME\?|NUM!|VALUE!|DIV\/0!|NULL!|SPILL!|CALC!|GETTING_DATA)/i.exec(formula.slice(i));
      if (!literal) return undefined; // A1# (a spill reference)
      i += literal[0].length;
      continue;
    }
    if (/[A-Za-z0-9_$\\]/.test(ch) && !isIdent(formula[i - 1])) {
      let j = i;
      while (j < n && isIdent(formula[j])) j++;
      const run = formula.slice(i, j);
      const next = formula[j];
      if (next === '(') {
        if (/^(?:_xlfn\.)?(INDIRECT|OFFSET)$/i.test(run)) return undefined;
        sheet = undefined;
        i = j;
        continue;
      }
      if (next === '!') {
        sheet = run;
        i = j + 1;
        continue;
      }
      let area: Area | undefined;
      let k = j;
      if (next === ':') {
        k = j + 1;
        while (k < n && isIdent(formula[k])) k++;
        const run2 = formula.slice(j + 1, k);
        const c1 = /^\$?([A-Za-z]{1,3})$/.exec(run);
        const c2 = /^\$?([A-Za-z]{1,3})$/.exec(run2);
        const r1 = /^\$?(\d{1,7})$/.exec(run);
        const r2 = /^\$?(\d{1,7})$/.exec(run2);
        const p1 = parseA1(run);
        const p2 = parseA1(run2);
        if (formula[k] === '!') return undefined; // Sheet1:Sheet3!A1
        if (c1 && c2) {
          const a = colNumber(c1[1].toUpperCase());
          const b = colNumber(c2[1].toUpperCase());
          area = { top: 1, left: Math.min(a, b), bottom: MAX_ROW, right: Math.max(a, b), whole: 'columns' };
        } else if (r1 && r2) {
          const a = Number(r1[1]);
          const b = Number(r2[1]);
          area = { top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: MAX_COL, whole: 'rows' };
        } else if (p1 && p2) {
          area = { top: Math.min(p1.row, p2.row), left: Math.min(p1.col, p2.col), bottom: Math.max(p1.row, p2.row), right: Math.max(p1.col, p2.col) };
        } else k = j;
      }
      if (area) {
        areas.push({ ...(sheet !== undefined ? { sheet } : {}), ...area });
        sheet = undefined;
        i = k;
        continue;
      }
      const p = parseA1(run);
      if (p) pushCell(p.row, p.col);
      else if (/^[A-Za-z_\\]/.test(run) && !/^(TRUE|FALSE)$/i.test(run)) return undefined; // a defined name
      sheet = undefined;
      i = j;
      continue;
    }
    i++;
  }
  return areas;
}

/**
 * The external workbooks a formula reads, by number: Excel saves a reference to another
 * workbook as `[1]Sheet1!A1`, `'[1]Other sheet'!A1` or `[1]!Name`, the number pointing into
 * the workbook's externalReferences.
 */
export function externalBooks(formula: string): number[] {
  const books: number[] = [];
  const add = (n: number) => {
    if (!books.includes(n)) books.push(n);
  };
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      i = quotedEnd(formula, i);
      continue;
    }
    if (ch === "'") {
      const end = quotedEnd(formula, i);
      const book = /^'\[(\d+)\]/.exec(formula.slice(i, end));
      if (book && formula[end] === '!') add(Number(book[1]));
      i = end;
      continue;
    }
    if (ch === '[') {
      const book = /^\[(\d+)\][^\s"'()[\],;!]*!/.exec(formula.slice(i, i + 300));
      if (book && !isIdent(formula[i - 1]) && formula[i - 1] !== ']') {
        add(Number(book[1]));
        i += book[0].length;
        continue;
      }
      i = bracketEnd(formula, i);
      continue;
    }
    i++;
  }
  return books;
}

/** The deepest nesting of parentheses in a formula (a function call is one level), string literals and quoted names skipped. */
export function nestingDepth(formula: string): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      i = quotedEnd(formula, i);
      continue;
    }
    if (ch === '(') max = Math.max(max, ++depth);
    else if (ch === ')') depth--;
    i++;
  }
  return max;
}
