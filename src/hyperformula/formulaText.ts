import Decimal from 'decimal.js';
/**
 * Rewrites formula text as Excel stores it into text HyperFormula parses:
 *   _xldudf_SUBSIDY_NAME(   → SUBSIDY.NAME(   (how Excel saves a JS custom function call)
 *   _xlfn. / _xlws. prefixes → dropped        (future-function markers)
 *   bare TRUE / FALSE        → TRUE() / FALSE()
 *   汇总!A1                  → '汇总'!A1      (Excel leaves a sheet name of Unicode letters
 *                                              unquoted; HyperFormula parses only quoted ones)
 * String literals ("…", with "" as an escaped quote) are copied untouched.
 */
export function toHyperFormula(formula: string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"') {
      // Copy a whole string literal, "" included.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copy to its closing quote ('' escapes a quote).
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const rest = formula.slice(i);
    const sheet = (ch > '\x7f' || /[A-Za-z0-9_]/.test(ch)) && !isIdentChar(formula[i - 1]) ? SHEET_PREFIX.exec(rest) : null;
    if (sheet && /[^\x00-\x7f]/.test(sheet[0])) {
      out += `'${sheet[0]}'`;
      i += sheet[0].length;
      continue;
    }
    const udf = /^_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)(?=\s*\()/.exec(rest);
    if (udf && !isIdentChar(formula[i - 1])) {
      out += `${udf[1]}.${udf[2]}`;
      i += udf[0].length;
      continue;
    }
    const prefix = /^_xl(?:fn|ws)\./i.exec(rest);
    if (prefix && !isIdentChar(formula[i - 1])) {
      i += prefix[0].length;
      continue;
    }
    const bool = /^(TRUE|FALSE)\b(?!\s*\()(?![.!:])/i.exec(rest);
    if (bool && !isIdentChar(formula[i - 1])) {
      out += `${bool[1].toUpperCase()}()`;
      i += bool[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** An unquoted sheet name before '!' (letters of any script, digits, _ and .). */
const SHEET_PREFIX = /^[\p{L}\p{N}_.]+(?=!)/u;

function isIdentChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_.$]/.test(ch);
}

/**
 * Literals HyperFormula's lexer cannot read, rewritten to expressions of the same value
 * (apply after toHyperFormula):
 *   "say ""hi"""  → ("say "&CHAR(34)&"hi"&CHAR(34))   (its strings cannot hold a doubled quote)
 *   1.5E+20       → 150000000000000000000            (it reads no exponent notation; the
 *                   digits are the literal's exact decimal value, because 7*10^(-1) in
 *                   floating point is 0.7000000000000001, not the 0.7 Excel reads)
 * Quoted sheet names are copied untouched. toHyperFormula leaves string literals exactly as
 * written; this is a separate pass so that callers choose it (`subsidy audit` does).
 */
export function hfLiterals(formula: string): string {
  if (!formula.includes('""') && !/\d[eE]/.test(formula)) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      const literal = formula.slice(i, j + 1);
      if (ch === '"' && literal.length > 2 && literal.slice(1, -1).includes('""')) {
        const parts: string[] = [];
        literal
          .slice(1, -1)
          .split('""')
          .forEach((piece, k) => {
            if (k > 0) parts.push('CHAR(34)');
            if (piece !== '') parts.push(`"${piece}"`);
          });
        out += `(${parts.join('&')})`;
      } else out += literal;
      i = j + 1;
      continue;
    }
    if (/[0-9.]/.test(ch) && !isIdentChar(formula[i - 1])) {
      const num = /^(\d+\.?\d*|\.\d+)[eE]([+-]?\d+)(?![A-Za-z0-9_.(])/.exec(formula.slice(i));
      if (num) {
        out += new Decimal(num[0]).toFixed();
        i += num[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
