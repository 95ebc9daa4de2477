import Decimal from 'decimal.js';
import { rewriteOutsideQuotes } from '../templates/quoted';
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
  return rewriteOutsideQuotes(formula, (i) => {
    const ch = formula[i];
    const rest = formula.slice(i);
    const sheet = (ch > '\x7f' || /[A-Za-z0-9_]/.test(ch)) && !isIdentChar(formula[i - 1]) ? SHEET_PREFIX.exec(rest) : null;
    if (sheet && /[^\x00-\x7f]/.test(sheet[0])) return [`'${sheet[0]}'`, sheet[0].length];
    const udf = /^_xldudf_([A-Za-z][A-Za-z0-9]*)_([A-Za-z0-9_.]+)(?=\s*\()/.exec(rest);
    if (udf && !isIdentChar(formula[i - 1])) return [`${udf[1]}.${udf[2]}`, udf[0].length];
    const prefix = /^_xl(?:fn|ws)\./i.exec(rest);
    if (prefix && !isIdentChar(formula[i - 1])) return ['', prefix[0].length];
    const bool = /^(TRUE|FALSE)\b(?!\s*\()(?![.!:])/i.exec(rest);
    if (bool && !isIdentChar(formula[i - 1])) return [`${bool[1].toUpperCase()}()`, bool[0].length];
    return undefined;
  });
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
  return rewriteOutsideQuotes(
    formula,
    (i) => {
      if (!/[0-9.]/.test(formula[i]) || isIdentChar(formula[i - 1])) return undefined;
      const num = /^(\d+\.?\d*|\.\d+)[eE]([+-]?\d+)(?![A-Za-z0-9_.(])/.exec(formula.slice(i));
      return num ? [new Decimal(num[0]).toFixed(), num[0].length] : undefined;
    },
    (literal) => {
      if (literal[0] !== '"' || literal.length <= 2 || !literal.slice(1, -1).includes('""')) return literal;
      const parts: string[] = [];
      literal
        .slice(1, -1)
        .split('""')
        .forEach((piece, k) => {
          if (k > 0) parts.push('CHAR(34)');
          if (piece !== '') parts.push(`"${piece}"`);
        });
      return `(${parts.join('&')})`;
    },
  );
}
